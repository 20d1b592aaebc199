/**
 * Raw `fetch` as a bench client: the same requests as the clients, with only what the work needs (auth header, JSON,
 * one header read). `deadlineMs` > 0 gives every request what ours gives every attempt by default: a fresh
 * `AbortController` whose signal `fetch` carries, aborted by a timer that is cleared once the body is read.
 */
import type { Adapter, Item, RunnerConfig } from './harness.js';

export function rawAdapter({ url, token, runId }: RunnerConfig, deadlineMs = 0): Adapter {
  const headers = { authorization: `Bearer ${token}` };
  const runUrl = `${url}/v2/actor-runs/${runId}`;
  const ok = (response: Response) => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    return response;
  };
  const send =
    deadlineMs > 0
      ? async <T>(target: string, read: (response: Response) => Promise<T>): Promise<T> => {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), deadlineMs);
          try {
            return await read(ok(await fetch(target, { headers, signal: controller.signal })));
          } finally {
            clearTimeout(timer);
          }
        }
      : async <T>(target: string, read: (response: Response) => Promise<T>): Promise<T> =>
          read(ok(await fetch(target, { headers })));
  return {
    getRun: () => send(runUrl, async (response) => ((await response.json()) as { data: { id: string } }).data),
    listPage: (offset, limit) =>
      send(`${runUrl}/dataset/items?format=json&offset=${offset}&limit=${limit}`, async (response) => ({
        items: (await response.json()) as Item[],
        total: Number(response.headers.get('x-apify-pagination-total')),
      })),
    downloadJson: () => send(`${runUrl}/dataset/items?format=json`, (response) => response.arrayBuffer()),
  };
}
