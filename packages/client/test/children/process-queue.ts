// Child process of the two-process worker test: runs processQueue on a run's request queue once the parent writes
// `go`. One JSON line per handler start and end, with a wall-clock time comparable across processes, then the
// result. The queue is a run's (`run <id>`) or a last run's (`lastRun <actor>`). With `hang`, a request whose URL ends
// in `/hang` never finishes (the parent kills this process while it runs). The last argument is the concurrency.
import { createInterface } from 'node:readline';
import { createApifyClient } from '../../src/index.js';
import { processQueue } from '../../src/worker.js';

const [baseUrl, token, kind, id = '', clientKey, lockSecs = '5', hang, concurrency = '3'] = process.argv.slice(2);
const client = createApifyClient({ token, baseUrl, maxRetries: 3 });
const queue = (kind === 'run' ? client.run(id) : client.lastRun(id, { status: 'SUCCEEDED' })).requestQueue;
const now = () => performance.timeOrigin + performance.now();
const say = (record: object) => new Promise((resolve) => process.stdout.write(`${JSON.stringify(record)}\n`, resolve));
const digits = (url: string) => Number(/(\d+)$/.exec(url)?.[1] ?? 1);

await say({ event: 'ready' });
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line === 'go') break;
lines.close();
const result = await processQueue(
  queue,
  async (request) => {
    await say({ event: 'start', id: request.id, at: now() });
    if (hang && request.url.endsWith('/hang')) await new Promise(() => {});
    await new Promise((resolve) => setTimeout(resolve, 5 + (digits(request.url) % 7) * 3));
    const fails = digits(request.url) % 5 === 0 && !request.retryCount;
    await say({ event: 'end', id: request.id, at: now() });
    if (fails) throw new Error(`first attempt of ${request.url} fails`);
  },
  { concurrency: Number(concurrency), clientKey, lockSecs: Number(lockSecs), pollIntervalMs: 50 },
);
await say({ event: 'result', ...result });
