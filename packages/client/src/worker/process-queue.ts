import type { LockedQueueHead, QueueRequest } from '@apify-runs/types';
import { ApifyInputError } from '../errors.js';
import { isCount } from '../pagination/position.js';
import type { RequestQueueClient } from '../resources/request-queue.js';
import { sleep } from '../transport/sleep.js';

/** Options of {@link processQueue}. */
export interface ProcessQueueOptions {
  /** Handlers running at once; default 1. */
  concurrency?: number | undefined;
  /** How long each lock lasts, in seconds; it is prolonged every third of that while its handler runs. Default 60. */
  lockSecs?: number | undefined;
  /** The key the locks are held under; default a random one per call. Every worker needs its own. */
  clientKey?: string | undefined;
  /**
   * Stops the worker: no request is locked any more, running handlers see their `signal` abort, and the call
   * resolves (`aborted: true`) once they have settled, with every lock of this worker released.
   */
  signal?: AbortSignal | undefined;
  /** Times a failed request is put back before the worker gives up on it; default 3 (so 4 attempts). */
  maxRetries?: number | undefined;
  /** While other clients hold locks and nothing is free: the pause before looking again, in ms; default 1000. */
  pollIntervalMs?: number | undefined;
}

/** What a handler gets besides its request. */
export interface RequestContext {
  /** Aborts when the worker stops, or when the lock on this request was lost (another client may take it). */
  signal: AbortSignal;
  /** The key the worker holds its locks under. */
  clientKey: string;
}

/** Works on one request; resolving marks it handled, throwing (or rejecting) puts it back or gives up on it. */
export type RequestHandler = (request: QueueRequest, context: RequestContext) => unknown;

/** What {@link processQueue} did. */
export interface ProcessQueueResult {
  /** Requests whose handler succeeded, marked handled. */
  handledCount: number;
  /** Requests given up on after `maxRetries` (or at once with `noRetry`): marked handled, the errors recorded. */
  failedCount: number;
  /** Failed attempts put back in the queue with `retryCount + 1`. */
  retriedCount: number;
  /** The signal stopped the worker before the queue was done. */
  aborted: boolean;
}

/** The API locks at most this many head requests at once. */
const MAX_LOCK_BATCH = 25;

const randomKey = () =>
  `worker-${Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/**
 * Works through a request queue from outside Crawlee: locks batches of head requests, runs `handler` on each (at
 * most `concurrency` at once) while prolonging its lock, marks a request handled when its handler succeeds, puts
 * it back with `retryCount + 1` and the error in `errorMessages` when it fails, and gives up after `maxRetries`
 * (marking it handled with the errors recorded). Resolves when the queue has no pending request and no client holds
 * a lock, or when `signal` aborts (after releasing this worker's locks). Each request is handled at least once, and
 * a lock is held while its handler runs, so two handlers never work on one request at the same time, in this
 * process or another one.
 *
 * A failure of the worker's own calls (after the client's retries) stops it: the handlers see their signal abort,
 * the locks are released as far as the API allows, and the call rejects with that error.
 *
 * @example
 * ```ts
 * import { processQueue } from '@apify-runs/client/worker';
 *
 * const result = await processQueue(client.run(runId).requestQueue, async (request, { signal }) => {
 *   const response = await fetch(request.url, { signal });
 *   await client.run(runId).dataset.pushItems({ url: request.url, status: response.status });
 * }, { concurrency: 5 });
 * ```
 */
export async function processQueue(
  queue: RequestQueueClient,
  handler: RequestHandler,
  options: ProcessQueueOptions = {},
): Promise<ProcessQueueResult> {
  const { concurrency = 1, lockSecs = 60, maxRetries = 3, pollIntervalMs = 1000, signal } = options;
  if (!(isCount(concurrency) && concurrency > 0 && lockSecs > 0 && isCount(maxRetries) && pollIntervalMs >= 0)) {
    throw new ApifyInputError('processQueue needs concurrency ≥ 1, lockSecs > 0, maxRetries ≥ 0, pollIntervalMs ≥ 0.');
  }
  const clientKey = options.clientKey ?? randomKey();
  const result: ProcessQueueResult = { handledCount: 0, failedCount: 0, retriedCount: 0, aborted: false };
  // Stops the loop and every handler: the caller's signal, or a failure of the worker's own calls.
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    if (!signal?.aborted) failure ??= { error };
    stop.abort(error);
  };
  const running = new Set<Promise<void>>();

  /** One locked request, from reading it to recording how its handler did. */
  const work = async (id: string) => {
    const handling = new AbortController();
    let lost = false;
    const onStop = () => handling.abort(stop.signal.reason);
    stop.signal.addEventListener('abort', onStop, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const prolong = () => {
      timer = setTimeout(
        () => {
          queue.prolongLock(id, { lockSecs, clientKey }).then(prolong, (error) => {
            // The lock may be gone: another client can take the request now, so this handler must stop.
            lost = true;
            handling.abort(error);
          });
        },
        (lockSecs * 1000) / 3,
      );
    };
    try {
      const request = await queue.getRequest(id);
      if (!request || stop.signal.aborted) return;
      prolong();
      let error: unknown;
      let ok = false;
      try {
        await handler(request, { signal: handling.signal, clientKey });
        ok = true;
      } catch (thrown) {
        error = thrown;
      }
      clearTimeout(timer);
      timer = undefined;
      if (lost) return;
      const now = new Date().toISOString();
      if (ok) {
        await queue.updateRequest({ ...request, handledAt: now }, { clientKey });
        result.handledCount += 1;
      } else if (!handling.signal.aborted) {
        const retryCount = (request.retryCount ?? 0) + 1;
        const errorMessages = [
          ...(request.errorMessages ?? []),
          error instanceof Error ? error.message : String(error),
        ];
        const giveUp = retryCount > maxRetries || request.noRetry === true;
        await queue.updateRequest(
          { ...request, retryCount, errorMessages, ...(giveUp ? { handledAt: now } : {}) },
          { clientKey },
        );
        if (giveUp) result.failedCount += 1;
        else {
          result.retriedCount += 1;
          await queue.deleteLock(id, { clientKey }).catch(() => {});
        }
      }
    } finally {
      clearTimeout(timer);
      stop.signal.removeEventListener('abort', onStop);
    }
  };

  try {
    while (!stop.signal.aborted) {
      const free = concurrency - running.size;
      if (free === 0) {
        await Promise.race(running);
        continue;
      }
      const head: LockedQueueHead = await queue.lockHead(
        { lockSecs, limit: Math.min(MAX_LOCK_BATCH, free), clientKey },
        { signal: stop.signal },
      );
      for (const { id } of head.items) {
        const task: Promise<void> = work(id)
          .catch(fail)
          .finally(() => running.delete(task));
        running.add(task);
      }
      if (head.items.length > 0) continue;
      // Nothing free: done when nothing is locked either, else a handler may put a request back.
      const locked =
        head.queueHasLockedRequests ??
        (await queue.listRequests({ filter: ['locked'], limit: 1 }, { signal: stop.signal })).items.length > 0;
      if (running.size === 0 && !locked) break;
      await Promise.race([...running, sleep(pollIntervalMs, stop.signal).catch(() => {})]);
    }
  } catch (error) {
    fail(error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await Promise.allSettled(running);
    // Stopped: give back what this worker still holds (a handler stopped midway, a lost answer of lockHead).
    if (stop.signal.aborted) await queue.unlockRequests({ clientKey }).catch(() => {});
  }
  if (failure) throw failure.error;
  result.aborted = Boolean(signal?.aborted);
  return result;
}
