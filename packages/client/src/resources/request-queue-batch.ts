import type { QueueRequestInput } from '@apify-runs/types';
import { sleep as abortableSleep } from '../transport/sleep.js';
import { fitsAlone, jsonBytes, jsonRanges, tooLarge } from './json-batches.js';
import type { UnprocessedRequest } from './request-queue-types.js';
import { userAbortError } from './wait.js';

/** The API takes at most this many requests per batch add or batch delete. */
export const BATCH_SIZE = 25;
/** First pause before re-sending unprocessed requests; doubles each round (with jitter). */
export const UNPROCESSED_BASE_DELAY_MS = 500;

/** Splits `items` into batches of at most 25 whose JSON body stays within the API's body limit, in order. */
export const batches = <T>(items: readonly T[], sizes = items.map(jsonBytes)): T[][] =>
  Array.from(jsonRanges(sizes, BATCH_SIZE), ({ start, end }) => items.slice(start, end));

/**
 * The batches of a batch add, and the requests too large for any batch (over the body limit on their own), each
 * with the reason it was not sent.
 */
export function addBatches(requests: readonly QueueRequestInput[]): {
  batches: QueueRequestInput[][];
  tooLarge: UnprocessedRequest[];
} {
  const fit: QueueRequestInput[] = [];
  const sizes: number[] = [];
  const unsent: UnprocessedRequest[] = [];
  for (const request of requests) {
    const size = jsonBytes(request);
    if (fitsAlone(size)) {
      fit.push(request);
      sizes.push(size);
    } else {
      const { uniqueKey, url, method } = request;
      unsent.push({ uniqueKey, url, method, reason: tooLarge(size) });
    }
  }
  return { batches: batches(fit, sizes), tooLarge: unsent };
}

/**
 * Runs `work` over `inputs` with at most `concurrency` in flight; resolves with the results in input order. After
 * the first failure no new work starts, and the call rejects with that failure once the work in flight settles.
 */
export async function mapBounded<I, O>(
  inputs: readonly I[],
  concurrency: number,
  work: (input: I) => Promise<O>,
): Promise<O[]> {
  const results: O[] = [];
  let next = 0;
  let failure: { error: unknown } | undefined;
  // Workers never reject, so `Promise.all` settles once the work in flight has settled.
  const worker = async () => {
    while (!failure && next < inputs.length) {
      const index = next++;
      try {
        results[index] = await work(inputs[index] as I);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, inputs.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

/** The results of several batches as one, in batch order. */
export const merged = <P, U>(results: readonly { processedRequests: P[]; unprocessedRequests: U[] }[]) => ({
  processedRequests: results.flatMap((result) => result.processedRequests),
  unprocessedRequests: results.flatMap((result) => result.unprocessedRequests),
});

/** Backoff before unprocessed round `round` (0-based): base × 2^round × random [1, 2). */
export const unprocessedDelay = (round: number, random: () => number = Math.random): number =>
  UNPROCESSED_BASE_DELAY_MS * 2 ** round * (1 + random());

/** Waits `ms`, or rejects with `ApifyUserAbortError` as soon as `signal` fires; the timer is always cleared. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  abortableSleep(ms, signal).catch((reason) => Promise.reject(userAbortError(signal, reason)));
