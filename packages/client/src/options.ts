import { ApifyInputError } from './errors.js';
import type { Logger, LogLevel } from './transport/logger.js';

export type { RequestOptions } from './transport/types.js';

export interface ApifyClientOptions {
  /** API token; defaults to the `APIFY_TOKEN` environment variable where one exists. Sent only as a Bearer header. */
  token?: string | undefined;
  /** Default `https://api.apify.com` (no `/v2`). */
  baseUrl?: string | undefined;
  /** A `fetch` implementation (proxies, tests, other runtimes); default `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
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
  fetch: typeof fetch;
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

/** Control characters (tab included), DEL, and anything beyond Latin-1 cannot travel in a header value. */
function headerSafe(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f || code > 0xff) return false;
  }
  return true;
}

function headerValue(value: unknown, what: string, secret: boolean): string {
  const shown = secret ? '' : ` ${JSON.stringify(value)}`;
  if (typeof value !== 'string') throw new ApifyInputError(`${what} must be a string.`);
  if (!headerSafe(value) || value.trim() !== value) {
    throw new ApifyInputError(
      `${what}${shown} cannot be sent as an HTTP header value: it holds a control character (CR, LF, NUL, tab), ` +
        'a character beyond Latin-1, or leading or trailing spaces. Check how it was read (a trailing newline?).',
    );
  }
  return value;
}

function nonNegative(value: number | undefined, fallback: number, what: string, integer: boolean): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0) || (integer && !Number.isInteger(value))) {
    throw new ApifyInputError(`${what} must be a ${integer ? 'whole ' : ''}number ≥ 0.`);
  }
  return value;
}

function resolveBaseUrl(value: string | undefined): string {
  const text = (value ?? 'https://api.apify.com').replace(/\/+$/, '').replace(/\/v2$/, '');
  let url: URL;
  try {
    url = new URL(text);
  } catch (cause) {
    throw new ApifyInputError(`baseUrl ${JSON.stringify(value)} is not a URL.`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApifyInputError(`baseUrl must be an http: or https: URL, got ${url.protocol}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ApifyInputError('baseUrl must not hold a query, a fragment or credentials.');
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
  const fetchFn = options.fetch ?? globalThis.fetch;
  if (typeof fetchFn !== 'function') {
    throw new ApifyInputError('This runtime has no global fetch: pass one as the `fetch` option.');
  }
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
