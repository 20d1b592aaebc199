import { ApifyConnectionError, ApifyTimeoutError, ApifyUserAbortError } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { retryDelay } from './backoff.js';
import { bufferBody, guardBody } from './body.js';
import { createLog } from './logger.js';
import { createRedactor } from './redact.js';
import { type Failure, neverSent, retryableFailure, retryableStatus } from './retry-policy.js';
import { sleep } from './sleep.js';
import type { AttemptPolicy, Transport } from './types.js';

const attempts = new WeakMap<Response, number>();

/** Which attempt produced a response the transport returned (1 = first); 1 for any other response. */
export const attemptOf = (response: Response): number => attempts.get(response) ?? 1;

/** setTimeout fires at once for delays over 2^31-1 ms, so longer deadlines mean "no deadline". */
const MAX_TIMER_MS = 2_147_483_647;

type Outcome =
  | { type: 'response'; response: Response }
  | { type: 'retry'; status: number; delayMs: number }
  | { type: 'failure'; failure: Failure }
  | { type: 'aborted' };

/** Test hooks; not part of the public options. */
export interface TransportInternals {
  /** Source of backoff jitter, default `Math.random`. */
  random?: () => number;
}

const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split(/[?#]/)[0] ?? '';
  }
};

/** `fetch failed (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1)`: the error and its innermost cause. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let inner: unknown = error;
  for (let depth = 0; depth < 8 && inner instanceof Error && inner.cause !== undefined; depth++) inner = inner.cause;
  if (inner === error || !(inner instanceof Error)) return message;
  const code = (inner as { code?: unknown }).code;
  return `${message} (${typeof code === 'string' ? `${code}: ` : ''}${inner.message})`;
}

/**
 * Builds the client's one transport: the `fetch` under openapi-fetch that every call goes through.
 *
 * ## Timeouts and abort
 *
 * Each attempt gets its own `AbortController`, aborted by the attempt's deadline (`timeoutMs`, plus
 * `extraTimeoutMs` for long-polls; `0` means none) or by the caller's `signal`; the timer and the listener are
 * removed when the attempt ends. The `Request` is cloned for every attempt, so the original body is never consumed
 * and each retry resends the same bytes (the clone tees the body; a body given as a stream is therefore held in
 * memory until the call ends).
 *
 * The deadline covers the response body too. openapi-fetch parses the body after `fetch` resolves, so for every
 * parse mode except `stream` the transport reads the whole body inside the attempt and hands over a copy holding
 * the bytes: a slow or truncated body fails that attempt (and is retried like any network error when the mode
 * allows). With `stream: true` (downloads, log streams) the deadline ends when the headers arrive, because a big
 * download or a live log may rightly take longer than any deadline; the body is then bounded by the caller's
 * `signal`, which stays linked until the stream ends, fails or is cancelled. Body errors surface as
 * `ApifyConnectionError` (or `ApifyUserAbortError`) from the stream. `client.raw` cannot tell the transport its
 * parse mode, so its bodies are always read under the deadline (a raw `parseAs: 'stream'` gets a buffered body).
 *
 * ## Retries
 *
 * Every request goes through one transport. Each call has a retry mode:
 *
 * - **`idempotent`** (GET, PUT, DELETE, and POSTs the server deduplicates: `charge` with its idempotency key,
 *   request-queue adds by `uniqueKey`): retried after network errors (refused or reset connections, DNS failures,
 *   truncated bodies), per-attempt timeouts, `408`, `429` and any `5xx`.
 * - **`unsent-only`** (dataset `pushItems` and any other POST that could store something twice): retried only when
 *   the server certainly did not process the request: a `429` (the API rejects before doing anything), or a failure
 *   that provably happened before a byte was sent (`ECONNREFUSED`, `ENOTFOUND`, `EAI_AGAIN`, `ENETUNREACH`,
 *   `EHOSTUNREACH` or a connect timeout in the error's cause chain). Never after a `5xx`, a reset mid-request or a
 *   timeout: the push may have been stored, so the call fails with `ApifyConnectionError` (`mayHaveReachedServer:
 *   true`) or the `5xx` error, and the caller decides (e.g. check the dataset's `itemCount` before pushing again).
 *   In browsers a network error has no cause chain, so it is never proven unsent there and is not retried.
 *   `client.raw` uses `unsent-only` for every POST and `idempotent` for the other methods.
 *
 * At most `maxRetries` retries (default 4) follow the first attempt. The wait before retry *n* is the server's
 * `Retry-After` (seconds or an HTTP date, on a `429` or a `5xx`) when it sends one, otherwise a uniform draw
 * from `[0, min(30 s, 500 ms × 2^(n-1)))` (exponential backoff with full jitter). A `Retry-After` over 60 s is
 * not waited for: the error is returned at once. The caller's `AbortSignal` ends a backoff wait immediately.
 *
 * Errors once retries are used up or not allowed: an error status becomes its `ApifyApiError` subclass (with
 * `attempt`), a timeout `ApifyTimeoutError`, a network failure `ApifyConnectionError` (`cause` set; its
 * `mayHaveReachedServer` is false only when the failure provably happened before sending), the caller's abort
 * `ApifyUserAbortError` (`cause` is the signal's reason).
 *
 * ## Logging
 *
 * `debug`: each attempt and its status; `info`: a success after retries; `warn`: each retry and its delay;
 * `error`: the final failure. Messages and data are redacted first (`Authorization`, cookies, `x-apify-*token*`
 * headers, `token=` in URLs, and the configured token wherever it appears).
 */
export function createTransport(options: ResolvedOptions, internals: TransportInternals = {}): Transport {
  const redactor = createRedactor(options.token);
  const log = createLog(options.logger, options.logLevel, redactor);

  return async function transport(request: Request, policy: AttemptPolicy): Promise<Response> {
    const { signal } = policy;
    const total = Math.max(0, Math.floor(policy.maxRetries)) + 1;
    const label = redactor.text(`${request.method} ${pathOf(request.url)}`);
    const url = redactor.text(request.url);
    const aborted = () => new ApifyUserAbortError(`${label} was aborted by the caller.`, { cause: signal?.reason });
    const wait = async (delayMs: number) => {
      try {
        await sleep(delayMs, signal);
      } catch {
        log('debug', `${label} aborted by the caller during backoff`);
        throw aborted();
      }
    };

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw aborted();
      const of = `attempt ${attempt} of ${total}`;
      log('debug', `${request.method} ${url} (${of})`, {
        method: request.method,
        url,
        attempt,
        headers: request.headers,
      });
      const started = Date.now();
      const decide = (response: Response): number | undefined =>
        attempt < total && retryableStatus(response.status, policy.retry)
          ? retryDelay(attempt, response.headers, internals.random)
          : undefined;
      const outcome = await attemptOnce(options.fetch, request, policy, decide, (error) =>
        signal?.aborted
          ? aborted()
          : new ApifyConnectionError(`${label}: reading the response body failed: ${redactor.text(describe(error))}`, {
              cause: error,
              mayHaveReachedServer: true,
            }),
      );
      const elapsed = Date.now() - started;

      if (outcome.type === 'response') {
        const { response } = outcome;
        attempts.set(response, attempt);
        log('debug', `${label} → ${response.status} in ${elapsed} ms (${of})`, { status: response.status, attempt });
        if (!response.ok && retryableStatus(response.status, policy.retry)) {
          log('error', `${label} failed with ${response.status} after ${attempt} attempt(s)`, {
            status: response.status,
            attempt,
            retryAfter: response.headers.get('retry-after'),
          });
        } else if (attempt > 1) {
          log('info', `${label} → ${response.status} after ${attempt} attempts`, { status: response.status, attempt });
        }
        return response;
      }
      if (outcome.type === 'aborted') {
        log('debug', `${label} aborted by the caller (${of})`);
        throw aborted();
      }
      if (outcome.type === 'retry') {
        log('warn', `${label} got ${outcome.status}; retrying in ${outcome.delayMs} ms (${of})`, {
          status: outcome.status,
          attempt,
          delayMs: outcome.delayMs,
        });
        await wait(outcome.delayMs);
        continue;
      }

      const { failure } = outcome;
      const reason = failure.kind === 'timeout' ? `timed out after ${policy.timeoutMs} ms` : describe(failure.error);
      if (attempt < total && retryableFailure(failure, policy.retry)) {
        const delayMs = retryDelay(attempt, undefined, internals.random) ?? 0;
        log('warn', `${label} ${reason}; retrying in ${delayMs} ms (${of})`, {
          attempt,
          delayMs,
          error: failure.error,
        });
        await wait(delayMs);
        continue;
      }
      log('error', `${label} ${reason} (${of}, giving up)`, { attempt, error: failure.error });
      if (failure.kind === 'timeout') {
        throw new ApifyTimeoutError(`${label} timed out after ${policy.timeoutMs} ms (${of}).`, {
          cause: failure.error,
          mayHaveReachedServer: true,
        });
      }
      throw new ApifyConnectionError(`${label} failed: ${redactor.text(reason)} (${of}).`, {
        cause: failure.error,
        mayHaveReachedServer: failure.status !== undefined || !neverSent(failure.error),
      });
    }
  };
}

/** One attempt under its own controller; never throws for network trouble, it reports an outcome instead. */
async function attemptOnce(
  fetchFn: typeof fetch,
  request: Request,
  policy: AttemptPolicy,
  decide: (response: Response) => number | undefined,
  mapBodyError: (error: unknown) => unknown,
): Promise<Outcome> {
  const { signal } = policy;
  const controller = new AbortController();
  // Built before any timer exists: a Request that cannot be cloned is the caller's bug, not a network failure.
  const attemptRequest = new Request(request.clone(), { signal: controller.signal });
  let timedOut = false;
  let status: number | undefined;
  let handedOver = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    policy.timeoutMs > 0 && policy.timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`The attempt timed out after ${policy.timeoutMs} ms.`, 'TimeoutError'));
        }, policy.timeoutMs)
      : undefined;
  try {
    const response = await fetchFn(attemptRequest);
    status = response.status;
    const delayMs = decide(response);
    if (delayMs !== undefined) {
      // The answer is discarded: free the connection without reading the body.
      response.body?.cancel().catch(() => {});
      return { type: 'retry', status: response.status, delayMs };
    }
    if (!policy.stream) return { type: 'response', response: await bufferBody(response, request.url) };
    clearTimeout(timer);
    handedOver = true;
    const unlink = () => signal?.removeEventListener('abort', onAbort);
    return { type: 'response', response: guardBody(response, request.url, unlink, mapBodyError) };
  } catch (error) {
    if (signal?.aborted) return { type: 'aborted' };
    return { type: 'failure', failure: { kind: timedOut ? 'timeout' : 'network', error, status } };
  } finally {
    clearTimeout(timer);
    if (!handedOver) signal?.removeEventListener('abort', onAbort);
  }
}
