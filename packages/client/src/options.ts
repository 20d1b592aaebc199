import type { Logger, LogLevel } from './transport/logger.js';

export interface ApifyClientOptions {
  /** API token; defaults to the `APIFY_TOKEN` environment variable where one exists. Sent only as a Bearer header. */
  token?: string;
  /** Default `https://api.apify.com` (no `/v2`). */
  baseUrl?: string;
  /** A `fetch` implementation (proxies, tests, other runtimes); default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Retries after the first attempt for retryable failures; default 4. */
  maxRetries?: number;
  /** Deadline of each attempt in ms; default 60 000 (long-polls add their wait on top). */
  timeoutMs?: number;
  /** Added as `User-Agent` where the runtime allows it. */
  userAgent?: string;
  /** Where to log; default none. Secrets are redacted. */
  logger?: Logger;
  /** Minimum level logged; default `warn`. */
  logLevel?: LogLevel;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** Options every method accepts. */
export interface CallOptions {
  /** Aborts the call, including retries, backoff and wait loops. */
  signal?: AbortSignal;
  /** Deadline of each attempt of this call, in ms. */
  timeoutMs?: number;
}

export interface ResolvedOptions {
  token: string | undefined;
  baseUrl: string;
  fetch: typeof fetch;
  maxRetries: number;
  timeoutMs: number;
  userAgent: string | undefined;
  logger: Logger | undefined;
  logLevel: LogLevel;
  headers: Record<string, string>;
}

const envToken = (): string | undefined => {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.APIFY_TOKEN || undefined;
};

export function resolveOptions(options: ApifyClientOptions): ResolvedOptions {
  return {
    token: options.token ?? envToken(),
    baseUrl: (options.baseUrl ?? 'https://api.apify.com').replace(/\/+$/, '').replace(/\/v2$/, ''),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    maxRetries: options.maxRetries ?? 4,
    timeoutMs: options.timeoutMs ?? 60_000,
    userAgent: options.userAgent,
    logger: options.logger,
    logLevel: options.logLevel ?? 'warn',
    headers: { ...options.headers },
  };
}
