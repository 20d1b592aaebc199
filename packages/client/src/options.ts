import { ApifyInputError, checkNumber } from './errors.js';
import type { Logger, LogLevel } from './transport/logger.js';

import type { FetchLike } from './transport/types.js';

export type { RequestOptions } from './transport/types.js';

export interface ApifyClientOptions {
  /** API token; defaults to the `APIFY_TOKEN` environment variable where one exists. Sent only as a Bearer header. */
  token?: string | undefined;
  /** Default `https://api.apify.com` (no `/v2`). */
  baseUrl?: string | undefined;
  /**
   * What sends the requests: `globalThis.fetch` by default; any `fetch` (proxies, tests, other runtimes), or any
   * function answering with the part of a `Response` the client reads (`FetchLike`).
   */
  fetch?: FetchLike | undefined;
  /** Retries after the first attempt for retryable failures; default 4. */
  maxRetries?: number | undefined;
  /** Deadline of each attempt in ms; default 60 000 (long-polls add their wait on top); `0`: none. */
  timeoutMs?: number | undefined;
  /** Added as `User-Agent` where the runtime allows it. */
  userAgent?: string | undefined;
  /** Where to log; default none. Secrets are redacted. */
  logger?: Logger | undefined;
  /** Minimum level logged; default `warn`. */
  logLevel?: LogLevel | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  // apify-client's names for what is spelled differently here: a type error, not an option silently ignored.
  /** Not an option here: `timeoutMs` (milliseconds, the deadline of each attempt) is apify-client's `timeoutSecs`. */
  timeoutSecs?: never;
  /** Not an option here: retries back off from 500 ms with full jitter, or wait for the server's `Retry-After`. */
  minDelayBetweenRetriesMillis?: never;
  /** Not an option here: pass a `fetch` that does what the interceptor did (headers, proxies, logging). */
  requestInterceptors?: never;
  /** Not an option here: `userAgent` sets the whole `User-Agent`. */
  userAgentSuffix?: never;
  /** Not an option here: public URLs (`@apify-runs/client/urls`) are built on `baseUrl`. */
  publicBaseUrl?: never;
}

export interface ResolvedOptions {
  token: string | undefined;
  /** Origin and optional path prefix, without a trailing slash or `/v2`. */
  baseUrl: string;
  fetch: FetchLike;
  maxRetries: number;
  timeoutMs: number;
  logger: Logger | undefined;
  logLevel: LogLevel;
  /** Every request's headers (authorization, user agent, the extra ones), built once per client; never mutated. */
  headers: Record<string, string>;
}

const envToken = (): string | undefined => {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.APIFY_TOKEN || undefined;
};

/**
 * A header value as given, or `ApifyInputError` when it cannot be sent: control characters (CR, LF, NUL, tab), DEL,
 * characters beyond Latin-1, or spaces at either end (a token read from a file with its newline, typically). A
 * secret is never quoted in the message.
 */
function headerValue(value: unknown, what: string, secret: boolean): string {
  if (typeof value === 'string' && value.trim() === value && !/[^ -~\x80-\xff]/.test(value)) return value;
  throw new ApifyInputError(
    `${what}${secret ? '' : ` ${JSON.stringify(value)}`} is no valid header value (a newline?).`,
  );
}

function resolveBaseUrl(value = 'https://api.apify.com'): string {
  const text = value.replace(/\/+$/, '').replace(/\/v2$/, '');
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {}
  if (!/^https?:$/.test(url?.protocol ?? '') || url?.search || url?.hash || url?.username || url?.password) {
    throw new ApifyInputError(
      `baseUrl ${JSON.stringify(value)} must be an http(s) URL, no query, hash or credentials.`,
    );
  }
  return text;
}

/** Validates the options once, when the client is created; nothing about them is checked again per call. */
export function resolveOptions(options: ApifyClientOptions): ResolvedOptions {
  // An empty token means none, as an unset variable would.
  const token = (options.token === undefined ? envToken() : options.token) || undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    headers[name.toLowerCase()] = headerValue(value, `Header ${name}`, /auth|token|cookie|secret/i.test(name));
  }
  if (token !== undefined) headers.authorization = `Bearer ${headerValue(token, 'The API token', true)}`;
  if (options.userAgent !== undefined) headers['user-agent'] = headerValue(options.userAgent, 'userAgent', false);
  if (typeof (options.fetch ?? globalThis.fetch) !== 'function')
    throw new ApifyInputError('No fetch: pass the `fetch` option.');
  return {
    token,
    baseUrl: resolveBaseUrl(options.baseUrl),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    maxRetries: checkNumber(options.maxRetries ?? 4, 'maxRetries', 0, true),
    timeoutMs: checkNumber(options.timeoutMs ?? 60_000, 'timeoutMs'),
    logger: options.logger,
    logLevel: options.logLevel ?? 'warn',
    headers,
  };
}
