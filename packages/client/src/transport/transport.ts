import {
  ApifyConnectionError,
  ApifyResponseError,
  ApifyTimeoutError,
  ApifyUserAbortError,
  apiErrorFrom,
} from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { type AttemptInit, attemptOnce } from './attempt.js';
import { retryDelay } from './backoff.js';
import { createLog } from './logger.js';
import { createRedactor } from './redact.js';
import { neverSent, retryableFailure, retryableStatus } from './retry-policy.js';
import { sleep } from './sleep.js';
import type { ClientStats, Outgoing, Received, RequestOptions, Send } from './types.js';

/** Test hooks; not part of the public options. */
export interface TransportInternals {
  /** Source of backoff jitter, default `Math.random`. */
  random?: () => number;
  /** How backoff waits (default: a timer, ended early by the caller's signal), so tests need not sleep. */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/**
 * `fetch failed (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1)`: the error and its innermost cause. A `TypeError`
 * without a cause is how browsers report every network failure (`Failed to fetch`), a CORS refusal included, without
 * saying which it was: the text names both.
 */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let inner: unknown = error;
  for (let depth = 0; depth < 8 && inner instanceof Error && inner.cause !== undefined; depth++) inner = inner.cause;
  if (inner === error && error instanceof TypeError) return `${message} (in a browser: CORS, or no network?)`;
  if (inner === error || !(inner instanceof Error)) return message;
  const code = (inner as { code?: unknown }).code;
  return `${message} (${typeof code === 'string' ? `${code}: ` : ''}${inner.message})`;
}

/**
 * Builds the client's one transport, which every call goes through.
 *
 * ## The request path
 *
 * One attempt is one `fetch(url, init)` with a plain init object (no `Request` built or cloned) and one read of the
 * body, parsed as the operation asks (JSON, text, bytes, a stream, or not at all). The attempt's signal is the
 * caller's `signal`, the deadline, both combined with `AbortSignal.any`, or none; nothing else is allocated per
 * call. Bodies are built once by the caller (a string or bytes), so every retry resends the same bytes; a body given
 * as a `ReadableStream` can be sent once only.
 *
 * ## Timeouts and abort
 *
 * Each attempt has a deadline of `timeoutMs` (plus the hold of a long-poll; `0` means none), from
 * `AbortSignal.timeout`. It covers the response body too: a slow, cut or unparsable body fails that attempt, which
 * is retried like a network error when the mode allows. For streamed bodies (downloads, log streams) the deadline
 * ends when the headers arrive, because a big download or a live log may rightly take longer than any deadline; the
 * body is then bounded by the caller's `signal`. Body errors surface from the stream as `ApifyConnectionError` (or
 * `ApifyUserAbortError`).
 *
 * ## Retries
 *
 * Each call has a retry mode:
 *
 * - **`idempotent`** (GET, PUT, DELETE, and POSTs the server deduplicates: `charge` with its idempotency key,
 *   request-queue adds by `uniqueKey`): retried after network errors (refused or reset connections, DNS failures,
 *   truncated bodies), per-attempt timeouts, success bodies that are not valid JSON, `408`, `429` and any `5xx`.
 * - **`unsent-only`** (dataset `pushItems` and any other POST that could store something twice): retried only when
 *   the server certainly did not process the request: a `429` (the API rejects before doing anything), or a failure
 *   that provably happened before a byte was sent (`ECONNREFUSED`, `ENOTFOUND`, `EAI_AGAIN`, `ENETUNREACH`,
 *   `EHOSTUNREACH` or a connect timeout in the error's cause chain). Never after a `5xx`, a reset mid-request or a
 *   timeout: the push may have been stored, so the call fails with `ApifyConnectionError` (`mayHaveReachedServer:
 *   true`) or the `5xx` error, and the caller decides (e.g. check the dataset's `itemCount` before pushing again).
 *   In browsers a network error has no cause chain, so it is never proven unsent there and is not retried.
 *
 * At most `maxRetries` retries (default 4) follow the first attempt. The wait before retry *n* is the server's
 * `Retry-After` (seconds or an HTTP date, on a `429` or a `5xx`) when it sends one, otherwise a uniform draw
 * from `[0, min(30 s, 500 ms × 2^(n-1)))` (exponential backoff with full jitter). A `Retry-After` over 60 s is
 * not waited for: the error is returned at once. The caller's `AbortSignal` ends a backoff wait immediately.
 *
 * Errors once retries are used up or not allowed: an error status becomes its `ApifyApiError` subclass (with
 * `attempt`), a timeout `ApifyTimeoutError`, a network failure `ApifyConnectionError` (`cause` set; its
 * `mayHaveReachedServer` is false only when the failure provably happened before sending), an unparsable success
 * body `ApifyResponseError`, the caller's abort `ApifyUserAbortError` (`cause` is the signal's reason).
 *
 * ## Logging
 *
 * `debug`: each attempt and its status; `info`: a success after retries; `warn`: each retry and its delay;
 * `error`: the final failure. Messages and data are redacted first (`Authorization`, cookies, `x-apify-*token*`
 * headers, `token=` in URLs, and the configured token wherever it appears), and so are the server's error messages
 * and bodies before they reach an error.
 */
export function createTransport(options: ResolvedOptions, internals: TransportInternals = {}): Send {
  const redactor = createRedactor(options.token);
  const log = createLog(options.logger, options.logLevel, redactor);
  const pause = internals.sleep ?? sleep;
  const stats: ClientStats = { calls: 0, requests: 0, retries: 0, rateLimitErrors: [], errors: [] };
  const count = (list: number[], attempt: number) => {
    for (let index = list.length; index < attempt; index++) list[index] = 0;
    (list[attempt - 1] as number)++;
  };

  const send = async (out: Outgoing, call: RequestOptions = {}): Promise<Received> => {
    stats.calls++;
    const { signal } = call;
    const total = Math.max(0, Math.floor(call.maxRetries ?? options.maxRetries)) + 1;
    const timeoutMs = call.timeoutMs ?? options.timeoutMs;
    const deadlineMs = timeoutMs > 0 ? timeoutMs + out.extraTimeoutMs : 0;
    const label = () => redactor.text(`${out.method} ${out.path}`);
    const aborted = (cause?: unknown) =>
      new ApifyUserAbortError(`${label()} was aborted.`, { cause: signal?.reason ?? cause });
    const wait = (delayMs: number) => pause(delayMs, signal).catch(() => Promise.reject(aborted()));
    let attempt = 0;
    const init: AttemptInit = {
      fetch: options.fetch,
      signal,
      deadlineMs,
      retryDelay: (response) =>
        attempt < total && retryableStatus(response.status, out.retry)
          ? retryDelay(attempt, response.headers, internals.random)
          : undefined,
      redact: redactor.text,
      streamError: (error) =>
        signal?.aborted
          ? aborted(error)
          : new ApifyConnectionError(`${label()}: body broke off: ${redactor.text(describe(error))}`, {
              cause: error,
            }),
    };

    for (;;) {
      attempt += 1;
      if (signal?.aborted) throw aborted();
      const of = `attempt ${attempt} of ${total}`;
      const note = (level: 'debug' | 'info' | 'warn' | 'error', text: string, meta: Record<string, unknown> = {}) =>
        log(level, `${label()} ${text} (${of})`, { attempt, ...meta });
      const started = Date.now();
      stats.requests++;
      if (log.debug) note('debug', `→ ${redactor.text(out.url)}`, { headers: redactor.headers(out.headers) });
      const outcome = await attemptOnce(out, init);
      if (outcome.type === 'retry' || outcome.type === 'status' || outcome.type === 'failure') {
        count(stats.errors, attempt);
        const status =
          outcome.type === 'retry' ? outcome.status : outcome.type === 'status' ? outcome.response.status : undefined;
        if (status === 429) count(stats.rateLimitErrors, attempt);
      }
      let delayMs: number;
      let reason: string;
      if (outcome.type === 'ok' || outcome.type === 'status') {
        const { status } = outcome.response;
        if (log.debug) note('debug', `← ${status} in ${Date.now() - started} ms`, { status });
        if (outcome.type === 'ok') {
          if (attempt > 1) note('info', `← ${status} after retries`, { status });
          return { data: outcome.data, response: outcome.response, attempt, method: out.method, path: out.path };
        }
        if (retryableStatus(status, out.retry)) note('error', `got ${status}, giving up`, { status });
        const { headers } = outcome.response;
        const details = { status, body: outcome.body, method: out.method, path: out.path, attempt, headers };
        throw apiErrorFrom(details, redactor.text);
      }
      if (outcome.type === 'aborted') throw aborted(outcome.cause);
      if (outcome.type === 'retry') {
        ({ delayMs } = outcome);
        reason = `got ${outcome.status}`;
      } else {
        const { failure } = outcome;
        reason =
          failure.kind === 'timeout'
            ? `timed out after ${deadlineMs} ms`
            : failure.kind === 'invalid'
              ? `got ${failure.status}, not JSON`
              : redactor.text(describe(failure.error));
        if (attempt >= total || !retryableFailure(failure, out.retry)) {
          note('error', `${reason}, giving up`);
          const options = { cause: failure.error };
          if (failure.kind === 'timeout') {
            // mayHaveReachedServer: true, the default.
            throw new ApifyTimeoutError(`${label()} ${reason} (${of}).`, options);
          }
          if (failure.kind === 'invalid') {
            const { status = 0, headers = new Headers() } = failure;
            const details = { status, method: out.method, path: redactor.text(out.path), attempt, headers };
            throw new ApifyResponseError(`The body is not JSON (${of})`, details, options);
          }
          const mayHaveReachedServer = failure.status !== undefined || !neverSent(failure.error);
          throw new ApifyConnectionError(`${label()} failed: ${reason} (${of}).`, { ...options, mayHaveReachedServer });
        }
        delayMs = retryDelay(attempt, undefined, internals.random) ?? 0;
      }
      note('warn', `${reason}; retrying in ${delayMs} ms`, { delayMs });
      stats.retries++;
      await wait(delayMs);
    }
  };
  return Object.assign(send, { stats });
}
