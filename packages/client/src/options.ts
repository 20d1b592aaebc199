import { ApifyInputError } from './errors.js';
import type { Logger, LogLevel } from './transport/logger.js';

import type { FetchLike } from './transport/types.js';

export type { RequestOptions } from './transport/types.js';

export interface ApifyClientOptions {
  /** API token; defaults to the `APIFY_TOKEN` environment variable where one exists. Sent only as a Bearer header. */
  token?: string | undefined;
  /** Default `https://api.apify.com` (no `/v2`). */
  baseUrl?: string | undefined;
  /**
   * What sends the requests: `globalThis.fetch` by default; any `fetch` (proxies, tests, other runtimes), or
   * `createNodeFetch()` of `@apify-runs/client/node` (undici's dispatcher API, faster on Node).
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

const bad = (message: string, cause?: unknown) => new ApifyInputError(message, { cause });

/**
 * A header value as given, or `ApifyInputError` when it cannot be sent: control characters (CR, LF, NUL, tab), DEL,
 * characters beyond Latin-1, or spaces at either end (a token read from a file with its newline, typically). A
 * secret is never quoted in the message.
 */
function headerValue(value: unknown, what: string, secret: boolean): string {
  if (typeof value === 'string' && value.trim() === value && !/[^ -~\x80-\xff]/.test(value)) return value;
  throw bad(`${what}${secret ? '' : ` ${JSON.stringify(value)}`} is not a valid HTTP header value (a newline?).`);
}

function nonNegative(value: number | undefined, fallback: number, what: string, integer: boolean): number {
  if (value === undefined) return fallback;
  if (!(value >= 0) || (integer && !Number.isInteger(value))) throw bad(`${what} must be a number ≥ 0.`);
  return value;
}

function resolveBaseUrl(value = 'https://api.apify.com'): string {
  const text = value.replace(/\/+$/, '').replace(/\/v2$/, '');
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {}
  if (!/^https?:$/.test(url?.protocol ?? '') || url?.search || url?.hash || url?.username || url?.password) {
    throw bad(`baseUrl ${JSON.stringify(value)} must be an http(s) URL without query, fragment or credentials.`);
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
  if (typeof (options.fetch ?? globalThis.fetch) !== 'function') throw bad('No fetch here: pass the `fetch` option.');
  return {
    token,
    baseUrl: resolveBaseUrl(options.baseUrl),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    maxRetries: nonNegative(options.maxRetries, 4, 'maxRetries', true),
    timeoutMs: nonNegative(options.timeoutMs, 60_000, 'timeoutMs', false),
    logger: options.logger,
    logLevel: options.logLevel ?? 'warn',
    headers,
  };
}
