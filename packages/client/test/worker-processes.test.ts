import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '@apify-runs/emulator';
import { describe, expect, it } from 'vitest';
import type { ProcessQueueResult } from '../src/worker.js';
import { useChildren } from './support/children.js';
import { TOKEN, useEmulator } from './support/emulator.js';
import { collect, until } from './support/items.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

// Locks expire on the emulator's clock, which stands still until the test moves it: a busy machine cannot make a
// lock run out early, and the killed worker's lock runs out exactly when the test says.
const clock = new ManualClock();
const env = useEmulator({ clock });
const CHILD = fileURLToPath(new URL('./children/process-queue.ts', import.meta.url));
const start = useChildren();

/** Two worker processes and some 200 requests: a wider safety net than the usual 60 s, for a busy machine. */
const PROCESSES_TIMEOUT_MS = 120_000;

type Event = { event: 'start' | 'end'; id: string; at: number; worker: string };

/**
 * Starts a worker process on the queue of `address` (`['run', id]`, `['lastRun', actor]`) and resolves once it is
 * ready (or gone); its events are collected.
 */
async function worker(address: string[], clientKey: string, lockSecs = 5, hang = false, concurrency = 3) {
  const args = [
    env.emulator().url,
    TOKEN,
    ...address,
    clientKey,
    String(lockSecs),
    hang ? 'hang' : '',
    `${concurrency}`,
  ];
  const child = await start(CHILD, args);
  const events: Event[] = [];
  let result: ProcessQueueResult | undefined;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const ready = Promise.race([once(lines, 'line'), exited]);
  lines.on('line', (line) => {
    const record = JSON.parse(line) as { event: string } & Record<string, unknown>;
    if (record.event === 'result') result = record as unknown as ProcessQueueResult;
    else if (record.event !== 'ready') events.push({ ...(record as unknown as Event), worker: clientKey });
  });
  await ready;
  return {
    child,
    events,
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
  it(
    'handles every request at least once, never two handlers on one request at the same time',
    async () => {
      const scene = storageScene(env, locate, 'two-workers');
      const address = name === 'run(id)' ? ['run', scene.runId] : ['lastRun', `demo/${scene.actorName}`];
      const queue = scene.run.requestQueue;
      const count = 90;
      await queue.batchAddRequests(Array.from({ length: count }, (_, i) => ({ url: `https://example.com/item/${i}` })));
      const workers = await Promise.all([worker(address, 'worker-one'), worker(address, 'worker-two')]);
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
        expect(events.filter((event) => event.id === request.id && event.event === 'start')).toHaveLength(
          fails ? 2 : 1,
        );
      }
      expect((await queue.get()).pendingRequestCount).toBe(0);
    },
    PROCESSES_TIMEOUT_MS,
  );

  it(
    'a worker killed mid-request leaves it locked until the lock expires; the other then handles it',
    async () => {
      const scene = storageScene(env, locate, 'killed-worker');
      const address = name === 'run(id)' ? ['run', scene.runId] : ['lastRun', `demo/${scene.actorName}`];
      const queue = scene.run.requestQueue;
      await queue.batchAddRequests([
        { url: 'https://example.com/hang' },
        ...Array.from({ length: 20 }, (_, i) => ({ url: `https://example.com/item/${i + 1}` })),
      ]);
      // The first worker locks the head (one request at a time), starts on the request that hangs, and dies there.
      const first = await worker(address, 'worker-dies', 1, true, 1);
      first.go();
      await until(() => first.events.some((event) => event.event === 'start'));
      first.child.kill('SIGKILL');
      await first.done();
      const died = performance.timeOrigin + performance.now();
      const second = await worker(address, 'worker-lives', 1);
      second.go();
      // The other worker handles the 20 free requests; the dead one's stays locked, however long that takes.
      const hangId = (await collect(queue.iterateRequests())).find((request) => request.url.endsWith('/hang'))?.id;
      await until(() => env.emulator().state.requestQueues.get(scene.requestQueueId)?.handledRequestCount === 20);
      const stillLocked = (await queue.listRequests({ filter: ['locked'] })).items.map((request) => request.id);
      expect(stillLocked).toEqual([hangId]);
      expect(second.events.some((event) => event.id === hangId)).toBe(false);
      // Once its lock (1 s) runs out, the living worker takes it.
      await clock.advance(1_001);
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
    },
    PROCESSES_TIMEOUT_MS,
  );
});
