import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ApifyConnectionError,
  ApifyTimeoutError,
  ApifyUserAbortError,
  InternalServerError,
  RateLimitError,
} from '../src/errors.js';
import { createNodeFetch } from '../src/node.js';
import type { ApifyClientOptions } from '../src/options.js';
import type { FetchLike } from '../src/transport/types.js';
import { callRun, coreAt } from './support/call.js';
import { useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';

// Backoff, Retry-After, deadlines and the emulator's delays run on one fake clock: the waits asserted are exact.
const time = useFakeTime();
const env = useEmulator({}, time);
let actors = 0;

afterEach(() => {
  env.emulator().faults.clear();
});

/** A fresh finished run with one stored item. */
async function runWithOneItem() {
  const admin = env.emulator().admin;
  const actor = admin.createActor({ name: `faults-${++actors}` });
  const { run, datasetId } = admin.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
  await admin.pushItems(datasetId, [{ n: 0 }]);
  return { runId: run.id };
}

/** The transports every test here runs on: the WHATWG fetch, and undici's dispatcher API (`@apify-runs/client/node`). */
/**
 * A server that does not answer within any deadline here. A `delay` (not a `hang`): the request then waits on an
 * emulator timer, which tells the fake clock that the request is held, not still on its way.
 */
const HANG = { kind: 'delay', ms: 600_000 } as const;

const TRANSPORTS: [string, () => FetchLike | undefined][] = [
  ['fetch', () => undefined],
  ['createNodeFetch (undici)', () => time.track(createNodeFetch())],
];
let transport: FetchLike | undefined;
const sendWith = (): FetchLike => transport ?? ((url, init) => fetch(url, init));

const coreFor = (overrides: ApifyClientOptions = {}) => coreAt(env.emulator().url, { fetch: transport, ...overrides });

const getRun = async (runId: string, overrides: ApifyClientOptions = {}, signal?: AbortSignal) => {
  const received = await time.run(callRun(coreFor(overrides), runId, 'get', '', {}, { signal }));
  return { ...received, data: received.data as { data: { id: string } } };
};

const listItems = async (runId: string) => (await time.run(callRun(coreFor(), runId, 'get', '/dataset/items'))).data;

const closedPort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** What `work` came to, and how much (fake) time it took. */
const elapsed = async <T>(work: () => Promise<T>) => {
  const started = Date.now();
  const result = await time.run(work()).catch((error: unknown) => error);
  return { result, ms: Date.now() - started };
};

describe.each(TRANSPORTS)('over %s', (_, make) => {
  beforeAll(() => {
    transport = make();
  });

  describe('retries through the emulator', () => {
    it('waits for Retry-After on a 429, then succeeds', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({
        match: { operationId: 'actorRun_get' },
        times: 1,
        fault: { kind: 'status', status: 429, retryAfter: 1 },
      });
      const { result, ms } = await elapsed(() => getRun(runId));
      const { data, attempt } = result as Awaited<ReturnType<typeof getRun>>;
      expect(data.data.id).toBe(runId);
      expect(attempt).toBe(2);
      expect(ms).toBe(1_000);
    });

    it('retries a 5xx, then succeeds; with retries used up the error carries the attempt', async () => {
      const { runId } = await runWithOneItem();
      env
        .emulator()
        .faults.add({ match: { operationId: 'actorRun_get' }, times: 1, fault: { kind: 'status', status: 503 } });
      const { data, attempt } = await getRun(runId);
      expect(data.data.id).toBe(runId);
      expect(attempt).toBe(2);

      env
        .emulator()
        .faults.add({ match: { operationId: 'actorRun_get' }, times: 2, fault: { kind: 'status', status: 500 } });
      const error = await getRun(runId, { maxRetries: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).attempt).toBe(2);
      expect((error as InternalServerError).type).toBe('internal-server-error');
    });

    it('a 429 on a dataset push is retried (the server did nothing), and the item is stored once', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({
        match: { operationId: 'actorRun_dataset_items_post' },
        times: 1,
        fault: { kind: 'status', status: 429, retryAfter: 0 },
      });
      const pushed = callRun(coreFor(), runId, 'post', '/dataset/items', { body: [{ n: 1 }] });
      const { response, attempt } = await time.run(pushed);
      expect(response.status).toBe(201);
      expect(attempt).toBe(2);
      expect(await listItems(runId)).toEqual([{ n: 0 }, { n: 1 }]);
    });

    it('a 429 that outlasts the retries becomes RateLimitError', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({
        match: { operationId: 'actorRun_get' },
        fault: { kind: 'status', status: 429, retryAfter: 0 },
      });
      const error = await getRun(runId, { maxRetries: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).headers.get('retry-after')).toBe('0');
    });

    it('retries a reset connection on GET', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({ match: { operationId: 'actorRun_get' }, times: 1, fault: { kind: 'reset' } });
      const { data, attempt } = await getRun(runId);
      expect(data.data.id).toBe(runId);
      expect(attempt).toBe(2);
    });

    it('never retries a reset dataset push: the caller sees it, and nothing is stored twice', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({
        match: { operationId: 'actorRun_dataset_items_post' },
        times: 1,
        fault: { kind: 'reset' },
      });
      const core = coreFor({ maxRetries: 4 });
      const error = await time
        .run(callRun(core, runId, 'post', '/dataset/items', { body: [{ n: 1 }] }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApifyConnectionError);
      expect((error as ApifyConnectionError).mayHaveReachedServer).toBe(true);
      expect((error as Error).cause).toBeDefined();
      // Had the push been retried, the retired fault would have let the second attempt store { n: 1 }.
      expect(await listItems(runId)).toEqual([{ n: 0 }]);

      // Same through createRawClient: a POST defaults to unsent-only.
      env
        .emulator()
        .faults.add({ match: { operationId: 'actorRun_dataset_items_post' }, times: 1, fault: { kind: 'reset' } });
      const raw = env.raw({ maxRetries: 4, fetch: transport });
      await expect(
        time.run(raw.POST('/v2/actor-runs/{runId}/dataset/items', { params: { path: { runId } }, body: [{ n: 2 }] })),
      ).rejects.toBeInstanceOf(ApifyConnectionError);
      expect(await listItems(runId)).toHaveLength(1);
    });

    it('retries a GET whose body was cut short; without retries it is a connection error', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({
        match: { operationId: 'actorRun_dataset_items_get' },
        times: 1,
        fault: { kind: 'truncate', bytes: 3 },
      });
      const { data, attempt } = await time.run(callRun(coreFor(), runId, 'get', '/dataset/items'));
      expect(data).toEqual([{ n: 0 }]);
      expect(attempt).toBe(2);

      env
        .emulator()
        .faults.add({ match: { operationId: 'actorRun_get' }, times: 1, fault: { kind: 'truncate', bytes: 5 } });
      const error = await getRun(runId, { maxRetries: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApifyConnectionError);
      expect(error).not.toBeInstanceOf(ApifyTimeoutError);
      expect((error as ApifyConnectionError).mayHaveReachedServer).toBe(true);
    });

    it('fails a connection refused with mayHaveReachedServer false, after retrying even a push', async () => {
      let calls = 0;
      const send = sendWith();
      const counting: FetchLike = (url, init) => {
        calls++;
        return send(url, init);
      };
      // A port that was just free and is closed again: connect() is refused before a byte is sent.
      const port = await closedPort();
      const core = coreAt(`http://127.0.0.1:${port}`, { maxRetries: 1, fetch: counting });
      const error = await time
        .run(callRun(core, 'r1', 'post', '/dataset/items', { body: [{ n: 1 }] }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApifyConnectionError);
      expect((error as ApifyConnectionError).mayHaveReachedServer).toBe(false);
      expect((error as Error).message).toContain('ECONNREFUSED');
      expect(calls).toBe(2);
    });
  });

  describe('timeouts and aborts through the emulator', () => {
    it('times out a hanging attempt and retries it', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({ match: { operationId: 'actorRun_get' }, times: 1, fault: HANG });
      const { result, ms } = await elapsed(() => getRun(runId, { timeoutMs: 200, maxRetries: 1 }));
      const { data, attempt } = result as Awaited<ReturnType<typeof getRun>>;
      expect(data.data.id).toBe(runId);
      expect(attempt).toBe(2);
      // The 200 ms deadline, then a backoff of under 500 ms, then an attempt answered at once.
      expect(ms).toBeGreaterThanOrEqual(200);
      expect(ms).toBeLessThan(700);

      env.emulator().faults.add({ match: { operationId: 'actorRun_get' }, fault: HANG });
      const failed = await elapsed(() => getRun(runId, { timeoutMs: 150, maxRetries: 1 }));
      expect(failed.result).toBeInstanceOf(ApifyTimeoutError);
      // Two deadlines of 150 ms, with a backoff of under 500 ms between them.
      expect(failed.ms).toBeGreaterThanOrEqual(300);
      expect(failed.ms).toBeLessThan(800);
    });

    it('a per-call timeoutMs overrides the client default, and covers a slow body', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({ match: { operationId: 'actorRun_get' }, fault: { kind: 'delay', ms: 1000 } });
      const { result: error, ms } = await elapsed(() =>
        callRun(coreFor({ maxRetries: 0 }), runId, 'get', '', {}, { timeoutMs: 100 }),
      );
      expect(error).toBeInstanceOf(ApifyTimeoutError);
      expect(ms).toBe(100);
      expect((error as Error).message).toContain('GET /v2/actor-runs/');
    });

    it('rejects fast when the caller aborts during a request', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({ match: { operationId: 'actorRun_get' }, fault: HANG });
      const controller = new AbortController();
      const reason = new Error('stop');
      // On the fake clock (useFakeTime): fires when the test's clock reaches 100 ms, never on the real one.
      setTimeout(() => controller.abort(reason), 100);
      const { result, ms } = await elapsed(() =>
        getRun(runId, { timeoutMs: 10_000, maxRetries: 3 }, controller.signal),
      );
      expect(result).toBeInstanceOf(ApifyUserAbortError);
      expect((result as Error).cause).toBe(reason);
      // The abort at 100 ms ends the call then, not the 10 s deadline.
      expect(ms).toBe(100);
    });

    it('rejects fast when the caller aborts during a backoff wait, leaving no timer behind', async () => {
      const { runId } = await runWithOneItem();
      env.emulator().faults.add({
        match: { operationId: 'actorRun_get' },
        fault: { kind: 'status', status: 503, retryAfter: 5 },
      });
      // Our timers are recognisable by their delays: the 7,777 ms attempt deadline and the 5 s Retry-After backoff.
      // Recorded by wrapping the (fake) timer functions by hand and putting the very same ones back, so the fake
      // clock can restore the real ones after the test.
      const { setTimeout: set, clearTimeout: clear } = globalThis;
      const timers: { ms: number | undefined; handle: unknown }[] = [];
      const cleared = new Set<unknown>();
      globalThis.setTimeout = ((callback: () => void, ms?: number) => {
        const handle = set(callback, ms);
        timers.push({ ms, handle });
        return handle;
      }) as typeof setTimeout;
      globalThis.clearTimeout = ((handle: Parameters<typeof clearTimeout>[0]) => {
        cleared.add(handle);
        clear(handle);
      }) as typeof clearTimeout;
      const controller = new AbortController();
      // On the fake clock, like every timer here: the abort comes at 200 ms of the test's time.
      const abortTimer = setTimeout(() => controller.abort(), 200);
      try {
        const { result, ms } = await elapsed(() =>
          getRun(runId, { maxRetries: 3, timeoutMs: 7_777 }, controller.signal),
        );
        expect(result).toBeInstanceOf(ApifyUserAbortError);
        // The abort at 200 ms ends the 5 s backoff then.
        expect(ms).toBe(200);
        const ours = timers.filter((timer) => timer.ms === 7_777 || timer.ms === 5_000);
        expect(ours.map((timer) => timer.ms)).toEqual([7_777, 5_000]);
        for (const timer of ours) expect(cleared.has(timer.handle)).toBe(true);
      } finally {
        clearTimeout(abortTimer);
        globalThis.setTimeout = set;
        globalThis.clearTimeout = clear;
      }
    });
  });
});
