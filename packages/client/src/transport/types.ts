import type { ParseAs } from '../call/operations.js';

/**
 * How a request may be retried:
 * - `idempotent`: repeating it cannot change the outcome (GET, PUT, DELETE, and POSTs deduplicated by the server,
 *   e.g. charge with an idempotency key, request-queue adds by uniqueKey): retried on network errors, unusable
 *   success bodies, 408, 429, 5xx.
 * - `unsent-only`: a POST that could duplicate data (dataset push): retried only when the server certainly did not
 *   process it (429, and connection failures before any byte was sent).
 */
export type RetryMode = 'idempotent' | 'unsent-only';

/** One request, ready to send: everything the transport needs and nothing it has to work out per attempt. */
export interface Outgoing {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  /** Absolute URL. Never holds the token (it travels in the `Authorization` header). */
  url: string;
  /** The URL's path, for errors and logs. */
  path: string;
  headers: Record<string, string>;
  body?: NonNullable<RequestInit['body']> | undefined;
  parseAs: ParseAs;
  retry: RetryMode;
  /** Added to each attempt's deadline: a long-poll holds the request this long on purpose. */
  extraTimeoutMs: number;
}

/** The part of a `Response` the client reads; a `fetch` Response is one, and so is the Node transport's. */
export type ResponseLike = Pick<Response, 'status' | 'ok' | 'headers' | 'text' | 'arrayBuffer' | 'body'>;

/**
 * What the client calls to send a request: `fetch` itself, or any function of the same shape for the calls the
 * client makes (a URL string and a plain init), such as `createNodeFetch()` of `@apify-runs/client/node`.
 */
export type FetchLike = (url: string, init: RequestInit & { duplex?: 'half' }) => Promise<ResponseLike>;

/** What the transport hands back for a success status. */
export interface Received {
  /** The body as `parseAs` asked (JSON parsed, text, bytes, a stream, or `undefined`). */
  data: unknown;
  response: ResponseLike;
  /** Which attempt produced it (1 = first). */
  attempt: number;
  /** The request's method and path, for errors about the answer. */
  method: string;
  path: string;
}

/** How one call is made: the caller's signal, and overrides of the client's deadline and retry count. */
export interface RequestOptions {
  /** Aborts the call, including retries, backoff and wait loops. */
  signal?: AbortSignal | undefined;
  /** Deadline of each attempt of this call, in ms (`0`: none). Default: the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt for retryable failures. Default: the client's `maxRetries`. */
  maxRetries?: number | undefined;
}

/**
 * Sends a request with retries and deadlines; resolves for a success status, throws an `ApifyError` otherwise.
 * `stats` is what it has counted so far (see `ClientStats`).
 */
export type Send = ((request: Outgoing, options?: RequestOptions) => Promise<Received>) & { stats: ClientStats };

/**
 * What a client has done so far, as both official clients count it, for tuning concurrency. Arrays are indexed by
 * attempt: index 0 counts first attempts, index 1 first retries, and so on.
 */
export interface ClientStats {
  /** Calls made (one per operation, however many attempts it took). */
  calls: number;
  /** Requests sent (attempts). */
  requests: number;
  /** Attempts that were followed by a retry. */
  retries: number;
  /** `429` answers, by attempt. */
  rateLimitErrors: number[];
  /** Failed attempts (error statuses, network failures, timeouts, unusable bodies), by attempt. */
  errors: number[];
}
