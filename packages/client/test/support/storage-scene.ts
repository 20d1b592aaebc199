import type { ApifyClient, ApifyClientOptions, RunClient } from '../../src/index.js';
import type { useEmulator } from './emulator.js';

type Env = ReturnType<typeof useEmulator>;
let counter = 0;

/** Both ways of addressing a run: every storage helper is tested through each. */
export const LOCATORS: [string, (client: ApifyClient, s: { runId: string; actorName: string }) => RunClient][] = [
  ['run(id)', (client, s) => client.run(s.runId)],
  ['lastRun(actor)', (client, s) => client.lastRun(`demo/${s.actorName}`, { status: 'SUCCEEDED' })],
];

/** A fresh Actor with one SUCCEEDED run (so the last-run locator addresses exactly it), addressed via `locate`. */
export function storageScene(
  env: Env,
  locate: (typeof LOCATORS)[number][1],
  prefix: string,
  clientOptions: ApifyClientOptions = {},
) {
  const { admin } = env.emulator();
  counter += 1;
  const actorName = `${prefix}-${counter}`;
  const actor = admin.createActor({ name: actorName });
  const created = admin.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
  const client = env.client(clientOptions);
  return {
    admin,
    client,
    actorName,
    runId: created.run.id,
    datasetId: created.datasetId,
    keyValueStoreId: created.keyValueStoreId,
    requestQueueId: created.requestQueueId,
    run: locate(client, { runId: created.run.id, actorName }),
  };
}

/**
 * A `fetch` that records every request (method, path, query, body size, signal) before passing it on, and counts the
 * requests waiting for their answer (`inFlight`, `maxInFlight`, `answered`: settled, answered or not).
 */
export function recordingFetch(
  intercept?: (request: Request, index: number) => Response | Promise<Response> | undefined,
) {
  const calls: {
    method: string;
    path: string;
    query: URLSearchParams;
    bytes: number;
    signal: AbortSignal | undefined;
  }[] = [];
  const stats = { inFlight: 0, maxInFlight: 0, answered: 0 };
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const bytes = request.body ? (await request.clone().arrayBuffer()).byteLength : 0;
    calls.push({
      method: request.method,
      path: new URL(request.url).pathname,
      query: new URL(request.url).searchParams,
      bytes,
      signal: init?.signal ?? request.signal,
    });
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      const replaced = await intercept?.(request, calls.length - 1);
      return await (replaced ?? globalThis.fetch(input, init));
    } finally {
      stats.inFlight -= 1;
      stats.answered += 1;
    }
  };
  return { calls, stats, fetch: fetchImpl as typeof fetch };
}
