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
import type { Outgoing, Received, RequestOptions, Send } from './types.js';

/** Test hooks; not part of the public options. */
export interface TransportInternals {
  /** Source of backoff jitter, default `Math.random`. */
  random?: () => number;
  /** How backoff waits (default: a timer, ended early by the caller's signal), so tests need not sleep. */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

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

  return async function send(out: Outgoing, call: RequestOptions = {}): Promise<Received> {
    const { signal } = call;
    const total = Math.max(0, Math.floor(call.maxRetries ?? options.maxRetries)) + 1;
    const timeoutMs = call.timeoutMs ?? options.timeoutMs;
    const deadlineMs = timeoutMs > 0 ? timeoutMs + out.extraTimeoutMs : 0;
    const label = () => redactor.text(`${out.method} ${out.path}`);
    const aborted = (cause?: unknown) =>
      new ApifyUserAbortError(`${label()} was aborted by the caller.`, { cause: signal?.reason ?? cause });
    const wait = async (delayMs: number) => {
      try {
        await pause(delayMs, signal);
      } catch {
        log('debug', `${label()} aborted by the caller during backoff`);
        throw aborted();
      }
    };
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
          : new ApifyConnectionError(
              `${label()}: reading the response body failed: ${redactor.text(describe(error))}`,
              {
                cause: error,
              },
            ),
    };

    for (;;) {
      attempt += 1;
      if (signal?.aborted) throw aborted();
      const of = `attempt ${attempt} of ${total}`;
      const started = log.debug ? Date.now() : 0;
      if (log.debug) {
        const url = redactor.text(out.url);
        log('debug', `${out.method} ${url} (${of})`, { method: out.method, url, attempt, headers: out.headers });
      }
      const outcome = await attemptOnce(out, init);

      if (outcome.type === 'ok' || outcome.type === 'status') {
        const { response } = outcome;
        if (log.debug) {
          const elapsed = Date.now() - started;
          log('debug', `${label()} → ${response.status} in ${elapsed} ms (${of})`, {
            status: response.status,
            attempt,
          });
        }
        if (outcome.type === 'ok') {
          if (attempt > 1) {
            log('info', `${label()} → ${response.status} after ${attempt} attempts`, {
              status: response.status,
              attempt,
            });
          }
          return { data: outcome.data, response, attempt };
        }
        if (retryableStatus(response.status, out.retry)) {
          log('error', `${label()} failed with ${response.status} after ${attempt} attempt(s)`, {
            status: response.status,
            attempt,
            retryAfter: response.headers.get('retry-after'),
          });
        }
        throw apiErrorFrom(
          {
            status: response.status,
            body: outcome.body,
            method: out.method,
            path: out.path,
            attempt,
            headers: response.headers,
          },
          redactor.text,
        );
      }
      if (outcome.type === 'aborted') {
        log('debug', `${label()} aborted by the caller (${of})`);
        throw aborted(outcome.cause);
      }
      if (outcome.type === 'retry') {
        log('warn', `${label()} got ${outcome.status}; retrying in ${outcome.delayMs} ms (${of})`, {
          status: outcome.status,
          attempt,
          delayMs: outcome.delayMs,
        });
        await wait(outcome.delayMs);
        continue;
      }

      const { failure } = outcome;
      const reason =
        failure.kind === 'timeout'
          ? `timed out after ${deadlineMs} ms`
          : failure.kind === 'invalid'
            ? `answered ${failure.status} with a body that is not valid JSON`
            : describe(failure.error);
      if (attempt < total && retryableFailure(failure, out.retry)) {
        const delayMs = retryDelay(attempt, undefined, internals.random) ?? 0;
        log('warn', `${label()} ${reason}; retrying in ${delayMs} ms (${of})`, {
          attempt,
          delayMs,
          error: failure.error,
        });
        await wait(delayMs);
        continue;
      }
      log('error', `${label()} ${reason} (${of}, giving up)`, { attempt, error: failure.error });
      if (failure.kind === 'timeout') {
        throw new ApifyTimeoutError(`${label()} timed out after ${deadlineMs} ms (${of}).`, {
          cause: failure.error,
          mayHaveReachedServer: true,
        });
      }
      if (failure.kind === 'invalid') {
        throw new ApifyResponseError(
          `The response body is not valid JSON (${of})`,
          {
            status: failure.status ?? 0,
            method: out.method,
            path: redactor.text(out.path),
            attempt,
            headers: failure.headers ?? new Headers(),
          },
          { cause: failure.error },
        );
      }
      throw new ApifyConnectionError(`${label()} failed: ${redactor.text(reason)} (${of}).`, {
        cause: failure.error,
        mayHaveReachedServer: failure.status !== undefined || !neverSent(failure.error),
      });
    }
  };
}
