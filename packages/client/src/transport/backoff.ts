/** First retry waits up to this long (full jitter: a uniform draw from 0 to the bound). */
export const BACKOFF_BASE_MS = 500;
/** The bound stops doubling here. */
export const BACKOFF_CAP_MS = 30_000;
/** A `Retry-After` longer than this is not waited for: the response is returned so the caller decides. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Delay before retry number `retry` (1 = the first retry): exponential backoff with full jitter, a uniform draw in
 * `[0, min(cap, base × 2^(retry-1)))`, so clients that failed together do not retry together.
 */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const bound = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * bound);
}

/**
 * Parses a `Retry-After` header (delta seconds or an HTTP date) into milliseconds from `now`; `undefined` when it is
 * missing or unparsable, 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retry` after a response with these headers: the server's `Retry-After` when
 * it sent one (up to {@link MAX_RETRY_AFTER_MS}; longer means `undefined`, do not retry), otherwise the jittered
 * backoff.
 */
export function retryDelay(retry: number, headers?: Headers, random?: () => number): number | undefined {
  const retryAfter = parseRetryAfter(headers?.get('retry-after') ?? null);
  if (retryAfter === undefined) return backoffDelay(retry, random);
  return retryAfter <= MAX_RETRY_AFTER_MS ? retryAfter : undefined;
}
