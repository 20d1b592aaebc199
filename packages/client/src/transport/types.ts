/**
 * How a request may be retried:
 * - `idempotent`: repeating it cannot change the outcome (GET, PUT, DELETE, and POSTs deduplicated by the server,
 *   e.g. charge with an idempotency key, request-queue adds by uniqueKey): retried on network errors, 408, 429, 5xx.
 * - `unsent-only`: a POST that could duplicate data (dataset push): retried only when the server certainly did not
 *   process it (429, and connection failures before any byte was sent).
 */
export type RetryMode = 'idempotent' | 'unsent-only';

export interface AttemptPolicy {
  retry: RetryMode;
  /** Deadline of each attempt, in ms. */
  timeoutMs: number;
  maxRetries: number;
  /** The caller's signal: aborts the attempt in flight and any backoff sleep. */
  signal?: AbortSignal | undefined;
  /**
   * The caller reads the body as a stream: the attempt deadline ends when the headers arrive and the body is handed
   * over as it comes (bounded only by `signal`). Default false: the body is read inside the attempt, under its
   * deadline.
   */
  stream?: boolean | undefined;
}

/** Sends a request with retries and timeouts; resolves with the final response (which may be an error status). */
export type Transport = (request: Request, policy: AttemptPolicy) => Promise<Response>;
