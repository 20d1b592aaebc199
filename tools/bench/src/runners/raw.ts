/**
 * Raw `fetch`: the floor, and run a second time as if it were another client, the A/A row that shows a run's noise.
 * The same requests as the clients, with only what the work needs (auth header, JSON, one header read).
 */
import { type Item, runFromArgv } from '../harness.js';

runFromArgv(({ url, token, runId }) => {
  const headers = { authorization: `Bearer ${token}` };
  const runUrl = `${url}/v2/actor-runs/${runId}`;
  const ok = (response: Response) => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    return response;
  };
  return {
    async getRun() {
      const response = ok(await fetch(runUrl, { headers }));
      return ((await response.json()) as { data: { id: string } }).data;
    },
    async listPage(offset, limit) {
      const response = ok(
        await fetch(`${runUrl}/dataset/items?format=json&offset=${offset}&limit=${limit}`, { headers }),
      );
      const items = (await response.json()) as Item[];
      return { items, total: Number(response.headers.get('x-apify-pagination-total')) };
    },
    async downloadJson() {
      return (await ok(await fetch(`${runUrl}/dataset/items?format=json`, { headers }))).arrayBuffer();
    },
  };
});
