import type { RetryMode } from './types.js';

// The policy itself is documented once, on `createTransport` (transport.ts); the README quotes it.

/** Error codes of failures that happen while connecting, before any request byte is written. */
const BEFORE_SENDING = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when an error's cause chain (including `AggregateError.errors`) proves the request was never sent. */
export function neverSent(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return false;
    seen.add(value);
    const code = (value as { code?: unknown }).code;
    if (typeof code === 'string' && BEFORE_SENDING.has(code)) return true;
    const nested = (value as { errors?: unknown }).errors;
    if (Array.isArray(nested) && nested.length > 0 && nested.every((item) => visit(item, depth + 1))) return true;
    return visit((value as { cause?: unknown }).cause, depth + 1);
  };
  return visit(error, 0);
}

/** Whether a response with this status may be retried in this mode. */
export function retryableStatus(status: number, mode: RetryMode): boolean {
  if (status === 429) return true;
  return mode === 'idempotent' && (status === 408 || status >= 500);
}

/**
 * A failed attempt: no usable response. `status` is set when the headers arrived but the body failed (`network`,
 * `timeout`) or could not be parsed (`invalid`).
 */
export interface Failure {
  kind: 'timeout' | 'network' | 'invalid';
  error: unknown;
  status?: number | undefined;
  headers?: Headers | undefined;
}

/** Whether a failed attempt may be retried in this mode. */
export function retryableFailure(failure: Failure, mode: RetryMode): boolean {
  if (mode === 'idempotent') return true;
  if (failure.status === 429) return true;
  return failure.kind === 'network' && failure.status === undefined && neverSent(failure.error);
}
