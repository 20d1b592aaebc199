import { describe, expect, it } from 'vitest';
import { ApifyInputError, InternalServerError, type RequestQueueClient } from '../src/index.js';
import { processQueue, type RequestHandler } from '../src/worker.js';
import { useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';
import { collect } from './support/items.js';
import { LOCATORS, recordingFetch, storageScene } from './support/storage-scene.js';

// Lock expiry, prolonging, polling and backoff run on one fake clock for the worker and the emulator.
const time = useFakeTime();
const env = useEmulator({}, time);
const urls = (count: number, prefix = 'https://example.com/page/') =>
  Array.from({ length: count }, (_, i) => ({ url: `${prefix}${i}` }));
const every = (queue: RequestQueueClient) => collect(queue.iterateRequests());
const locked = async (queue: RequestQueueClient) => (await queue.listRequests({ filter: ['locked'] })).items;
const isLockPut = (call: { method: string; path: string }) => call.method === 'PUT' && call.path.endsWith('/lock');
const isHeadLock = (call: { method: string; path: string }) =>
  call.method === 'POST' && call.path.endsWith('/head/lock');

describe.each(LOCATORS)('processQueue() via %s', (_, locate) => {
  const setup = async (count: number, options = {}) => {
    const recorder = recordingFetch();
    const scene = storageScene(env, locate, 'worker', { fetch: recorder.fetch, ...options });
    const queue = scene.run.requestQueue;
    await queue.batchAddRequests(urls(count));
    return { queue, recorder, scene };
  };

  it('handles every request once, at most `concurrency` at a time, and resolves when the queue is done', async () => {
    const { queue } = await setup(60);
    const active = new Set<string>();
    let most = 0;
    const seen: string[] = [];
    const working = processQueue(
      queue,
      async (request) => {
        // Never two handlers on one request, never more than `concurrency` at once.
        expect(active.has(request.id)).toBe(false);
        active.add(request.id);
        most = Math.max(most, active.size);
        seen.push(request.url);
        // The first batch of four is locked at once: its handlers all run together.
        if (seen.length <= 4) await time.when(() => most === 4);
        await new Promise((resolve) => setTimeout(resolve, 1));
        active.delete(request.id);
      },
      { concurrency: 4, clientKey: 'worker-a' },
    );
    const result = await time.run(working);
    expect(result).toEqual({ handledCount: 60, failedCount: 0, retriedCount: 0, aborted: false });
    expect(seen.sort()).toEqual(
      urls(60)
        .map((r) => r.url)
        .sort(),
    );
    expect(most).toBe(4);
    const requests = await every(queue);
    expect(requests.every((request) => typeof request.handledAt === 'string')).toBe(true);
    expect(await queue.get()).toMatchObject({ handledRequestCount: 60, pendingRequestCount: 0 });
    expect(await locked(queue)).toEqual([]);
  });

  it('puts a failed request back with retryCount + 1 and its error, and gives up after maxRetries', async () => {
    const { queue } = await setup(10);
    const attempts = new Map<string, number>();
    const handler: RequestHandler = (request) => {
      const attempt = (attempts.get(request.url) ?? 0) + 1;
      attempts.set(request.url, attempt);
      expect(request.retryCount ?? 0).toBe(attempt - 1);
      if (request.url.endsWith('/3')) throw new Error(`always fails (${attempt})`);
      if (request.url.endsWith('/5') && attempt === 1) return Promise.reject(new Error('fails once'));
    };
    const result = await time.run(processQueue(queue, handler, { maxRetries: 2, concurrency: 3 }));
    expect(result).toEqual({ handledCount: 9, failedCount: 1, retriedCount: 3, aborted: false });
    const byUrl = new Map((await every(queue)).map((request) => [request.url.split('/').at(-1), request]));
    expect(byUrl.get('3')).toMatchObject({
      retryCount: 3,
      errorMessages: ['always fails (1)', 'always fails (2)', 'always fails (3)'],
    });
    expect(byUrl.get('3')?.handledAt).toBeTypeOf('string');
    expect(byUrl.get('5')).toMatchObject({ retryCount: 1, errorMessages: ['fails once'] });
    expect(byUrl.get('1')?.retryCount ?? 0).toBe(0);
    expect(attempts.get('https://example.com/page/3')).toBe(3);
  });

  it('gives up at once on a request with noRetry', async () => {
    const { queue } = await setup(0);
    await queue.addRequest({ url: 'https://example.com/once', noRetry: true });
    const result = await time.run(
      processQueue(queue, () => {
        throw new Error('no');
      }),
    );
    expect(result).toMatchObject({ handledCount: 0, failedCount: 1, retriedCount: 0 });
    expect((await every(queue))[0]).toMatchObject({ retryCount: 1, errorMessages: ['no'] });
  });

  it('prolongs the lock while a handler runs past lockSecs, so no other client can take the request', async () => {
    const { queue, recorder } = await setup(1);
    const started = Date.now();
    const working = processQueue(
      queue,
      async (_request, { signal }) => {
        // Past the first lock's expiry (1 s): four prolongs, each checked by another client trying to lock.
        for (let prolongs = 1; prolongs <= 4; prolongs++) {
          await time.when(() => recorder.calls.filter(isLockPut).length >= prolongs);
          expect((await queue.lockHead({ lockSecs: 60, clientKey: 'intruder' })).items).toEqual([]);
        }
        expect(signal.aborted).toBe(false);
      },
      { lockSecs: 1, clientKey: 'slow-worker' },
    );
    const result = await time.run(working);
    expect(result.handledCount).toBe(1);
    // One prolong every third of lockSecs: the handler ran from 0 to the fourth, past the first lock's expiry.
    expect(Date.now() - started).toBe(1_332);
    const prolongs = recorder.calls.filter(isLockPut);
    expect(prolongs.every((call) => call.query.get('clientKey') === 'slow-worker')).toBe(true);
    expect(prolongs.every((call) => call.query.get('lockSecs') === '1')).toBe(true);
  });

  it('waits while another client holds a lock, and takes that request once it is put back', async () => {
    const { queue, recorder } = await setup(5);
    const other = await queue.lockHead({ lockSecs: 60, limit: 1, clientKey: 'other' });
    const held = other.items[0]?.id ?? '';
    const seen: string[] = [];
    const run = processQueue(queue, (request) => void seen.push(request.id), { pollIntervalMs: 10 });
    // Once the four free ones are done, the worker finds nothing free but a lock: it keeps looking, every 10 ms.
    await time.until(() => seen.length === 4);
    const looks = recorder.calls.filter(isHeadLock).length;
    const looking = Date.now();
    await time.until(() => recorder.calls.filter(isHeadLock).length > looks + 1);
    expect(Date.now() - looking).toBe(20);
    await queue.deleteLock(held, { clientKey: 'other' });
    const result = await time.run(run);
    expect(result.handledCount).toBe(5);
    expect(seen.at(-1)).toBe(held);
  });

  it('stops on abort: running handlers see their signal, locks are released, nothing is counted as a retry', async () => {
    const { queue } = await setup(8);
    const controller = new AbortController();
    const started: string[] = [];
    const working = processQueue(
      queue,
      async (request, { signal }) => {
        started.push(request.id);
        if (started.length <= 2) return;
        if (started.length === 4) controller.abort();
        if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve));
        throw signal.reason;
      },
      { concurrency: 2, signal: controller.signal },
    );
    const result = await time.run(working);
    expect(result).toMatchObject({ handledCount: 2, failedCount: 0, retriedCount: 0, aborted: true });
    expect(await locked(queue)).toEqual([]);
    const requests = await every(queue);
    expect(requests.filter((request) => request.handledAt)).toHaveLength(2);
    expect(requests.every((request) => !request.retryCount && !request.errorMessages?.length)).toBe(true);
    // What was not handled is pending again, for the next worker.
    expect((await queue.head({ limit: 10 })).items).toHaveLength(6);
  });

  it('a lost lock aborts the handler; the request comes back once the lock expires', async () => {
    const { queue } = await setup(1);
    const { faults } = env.emulator();
    faults.add({
      match: { operationId: 'requestQueue_request_lock_put' },
      times: 1,
      fault: { kind: 'status', status: 403 },
    });
    const reasons: unknown[] = [];
    const starts: number[] = [];
    const working = processQueue(
      queue,
      async (_request, { signal }) => {
        starts.push(Date.now());
        if (reasons.length > 0) return;
        await new Promise((resolve) => signal.addEventListener('abort', resolve));
        reasons.push(signal.reason);
        throw signal.reason;
      },
      { lockSecs: 1, maxRetries: 0, pollIntervalMs: 20 },
    );
    const result = await time.run(working);
    // The lost attempt is neither a failure nor a retry: the second attempt handles it.
    expect(result).toEqual({ handledCount: 1, failedCount: 0, retriedCount: 0, aborted: false });
    // The prolong at a third of the 1 s lock failed; the lock ran out at 1 s, and the next look after it took it.
    expect(starts).toHaveLength(2);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThan(1_000);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeLessThanOrEqual(1_020);
    expect(reasons).toHaveLength(1);
    expect((await every(queue))[0]?.retryCount ?? 0).toBe(0);
  });

  it('rejects when its own calls fail, after its handlers settled and its locks were released', async () => {
    const { queue } = await setup(3);
    const { faults } = env.emulator();
    faults.add({
      match: { operationId: 'requestQueue_request_put' },
      times: 10,
      fault: { kind: 'status', status: 500 },
    });
    const run = processQueue(queue, () => {}, { concurrency: 3, clientKey: 'failing' });
    await expect(time.run(run)).rejects.toBeInstanceOf(InternalServerError);
    faults.clear();
    expect(await locked(queue)).toEqual([]);
  });

  it('refuses bad options with ApifyInputError', async () => {
    const { queue } = await setup(0);
    for (const options of [{ concurrency: 0 }, { lockSecs: 0 }, { maxRetries: -1 }, { concurrency: 1.5 }]) {
      await expect(processQueue(queue, () => {}, options)).rejects.toBeInstanceOf(ApifyInputError);
    }
    // An empty queue is done at once.
    expect(await processQueue(queue, () => {})).toMatchObject({ handledCount: 0, aborted: false });
  });
});
