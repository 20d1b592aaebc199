import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ProcessQueueResult } from '../src/worker.js';
import { useChildren } from './support/children.js';
import { TOKEN, useEmulator } from './support/emulator.js';
import { collect, until } from './support/items.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const CHILD = fileURLToPath(new URL('./children/process-queue.ts', import.meta.url));
const start = useChildren();

type Event = { event: 'start' | 'end'; id: string; at: number; worker: string };

/** Starts a worker process on the queue of `address` (`['run', id]`, `['lastRun', actor]`); events are collected. */
function worker(address: string[], clientKey: string, lockSecs = 5, hang = false) {
  const args = [env.emulator().url, TOKEN, ...address, clientKey, String(lockSecs), hang ? 'hang' : ''];
  const child = start(CHILD, args);
  const events: Event[] = [];
  let ready = false;
  let result: ProcessQueueResult | undefined;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => {
    const record = JSON.parse(line) as { event: string } & Record<string, unknown>;
    if (record.event === 'ready') ready = true;
    else if (record.event === 'result') result = record as unknown as ProcessQueueResult;
    else events.push({ ...(record as unknown as Event), worker: clientKey });
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return {
    child,
    events,
    ready: () => until(() => ready || child.exitCode !== null),
    go: () => child.stdin?.write('go\n'),
    done: async () => ({ code: await exited, result, stderr }),
  };
}

/**
 * Every pair of handler runs on one request, from any worker, must not overlap in time. A run that never ended was
 * a killed worker's: it lasted until that worker's death (`deaths`).
 */
function expectNoOverlap(events: Event[], deaths: Record<string, number> = {}) {
  const runs = new Map<string, { worker: string; start: number; end: number }[]>();
  const open = new Map<string, Event>();
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const key = `${event.worker} ${event.id}`;
    if (event.event === 'start') open.set(key, event);
    else {
      const start = open.get(key);
      open.delete(key);
      if (start)
        runs.set(event.id, [...(runs.get(event.id) ?? []), { worker: event.worker, start: start.at, end: event.at }]);
    }
  }
  for (const [, start] of open) {
    const end = deaths[start.worker] ?? Number.POSITIVE_INFINITY;
    runs.set(start.id, [...(runs.get(start.id) ?? []), { worker: start.worker, start: start.at, end }]);
  }
  for (const [id, list] of runs) {
    const sorted = list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]?.start, `two handlers at once on ${id}: ${JSON.stringify(sorted)}`).toBeGreaterThan(
        sorted[i - 1]?.end ?? 0,
      );
    }
  }
}

describe.each(LOCATORS)('processQueue() in two processes on one queue, via %s', (name, locate) => {
  it('handles every request at least once, never two handlers on one request at the same time', async () => {
    const scene = storageScene(env, locate, 'two-workers');
    const address = name === 'run(id)' ? ['run', scene.runId] : ['lastRun', `demo/${scene.actorName}`];
    const queue = scene.run.requestQueue;
    const count = 90;
    await queue.batchAddRequests(Array.from({ length: count }, (_, i) => ({ url: `https://example.com/item/${i}` })));
    const workers = [worker(address, 'worker-one'), worker(address, 'worker-two')];
    await Promise.all(workers.map((w) => w.ready()));
    for (const w of workers) w.go();
    const [one, two] = await Promise.all(workers.map((w) => w.done()));
    expect(one?.code, one?.stderr).toBe(0);
    expect(two?.code, two?.stderr).toBe(0);

    const events = workers.flatMap((w) => w.events);
    expectNoOverlap(events);
    // Both took part, and together they handled each request once (the failing first attempts come back once).
    const handled = (one?.result?.handledCount ?? 0) + (two?.result?.handledCount ?? 0);
    expect(handled).toBe(count);
    expect(one?.result?.handledCount).toBeGreaterThan(0);
    expect(two?.result?.handledCount).toBeGreaterThan(0);
    expect((one?.result?.retriedCount ?? 0) + (two?.result?.retriedCount ?? 0)).toBe(count / 5);
    const requests = await collect(queue.iterateRequests());
    expect(requests.every((request) => request.handledAt)).toBe(true);
    for (const request of requests) {
      const fails = Number(request.url.split('/').at(-1)) % 5 === 0;
      expect(request.retryCount ?? 0).toBe(fails ? 1 : 0);
      expect(events.filter((event) => event.id === request.id && event.event === 'start')).toHaveLength(fails ? 2 : 1);
    }
    expect((await queue.get()).pendingRequestCount).toBe(0);
  }, 120_000);

  it('a worker killed mid-request leaves it locked until the lock expires; the other then handles it', async () => {
    const scene = storageScene(env, locate, 'killed-worker');
    const address = name === 'run(id)' ? ['run', scene.runId] : ['lastRun', `demo/${scene.actorName}`];
    const queue = scene.run.requestQueue;
    await queue.batchAddRequests([
      { url: 'https://example.com/hang' },
      ...Array.from({ length: 20 }, (_, i) => ({ url: `https://example.com/item/${i + 1}` })),
    ]);
    // The first worker takes the head, starts on the request that hangs, and dies there.
    const first = worker(address, 'worker-dies', 1, true);
    await first.ready();
    first.go();
    await until(() => first.events.some((event) => event.event === 'start'));
    first.child.kill('SIGKILL');
    await first.done();
    const died = performance.timeOrigin + performance.now();
    const second = worker(address, 'worker-lives', 1);
    await second.ready();
    second.go();
    const { code, result, stderr } = await second.done();
    expect(code, stderr).toBe(0);
    expectNoOverlap([...first.events, ...second.events], { 'worker-dies': died });
    const hang = (await collect(queue.iterateRequests())).find((request) => request.url.endsWith('/hang'));
    // The dead worker's request was handled by the other once its lock ran out: at least once.
    expect(first.events.filter((event) => event.id === hang?.id).map((event) => event.event)).toEqual(['start']);
    expect(second.events.filter((event) => event.id === hang?.id).map((event) => event.event)).toEqual([
      'start',
      'end',
    ]);
    expect(hang?.handledAt).toBeTypeOf('string');
    expect((await queue.get()).pendingRequestCount).toBe(0);
    expect(result?.handledCount).toBeGreaterThan(0);
  }, 120_000);
});
