import type { ApifyErrorBody } from '@apify-runs/types';

/** Base class of every error this client throws; `cause` is always set when there is one. */
export class ApifyError extends Error {
  override name = 'ApifyError';
}

/** The caller passed something the API would reject or that would change the request's meaning (e.g. key `..`). */
export class ApifyInputError extends ApifyError {
  override name = 'ApifyInputError';
}

export interface ApiErrorDetails {
  status: number;
  /** Apify's error `type`, e.g. `record-not-found`; `unknown` when the body had none. */
  type: string;
  message: string;
  method: string;
  /** Request path without query string, so it never holds a token. */
  path: string;
  /** Which attempt failed (1 = first). */
  attempt: number;
  /** The parsed error body, if it was JSON. */
  body: ApifyErrorBody | unknown;
  headers: Headers;
}

/**
 * `value` when it is a number ≥ `min` (an integer if `integer`, at most `max`), else an `ApifyInputError` naming it:
 * the one check of every numeric parameter the client reads itself.
 */
export function checkNumber(value: unknown, what: string, min = 0, integer = false, max = 1e15): number {
  if (typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value))) return value;
  throw new ApifyInputError(
    `${what} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}${max < 1e15 ? ` and ≤ ${max}` : ''}.`,
  );
}

/** The API answered with an error status. */
export class ApifyApiError extends ApifyError {
  override name = 'ApifyApiError';
  declare readonly status: number;
  declare readonly type: string;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly attempt: number;
  declare readonly body: unknown;
  declare readonly headers: Headers;

  constructor({ message, ...details }: ApiErrorDetails, options?: { cause?: unknown }) {
    super(`${message} (${details.status} ${details.type}, ${details.method} ${details.path})`, options);
    Object.assign(this, details);
  }

  /** `status`, under the name `apify-client` uses. */
  get statusCode(): number {
    return this.status;
  }
}

export class BadRequestError extends ApifyApiError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends ApifyApiError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends ApifyApiError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends ApifyApiError {
  override name = 'NotFoundError';
}
export class ConflictError extends ApifyApiError {
  override name = 'ConflictError';
}
export class PayloadTooLargeError extends ApifyApiError {
  override name = 'PayloadTooLargeError';
}
export class RateLimitError extends ApifyApiError {
  override name = 'RateLimitError';
}
export class InternalServerError extends ApifyApiError {
  override name = 'InternalServerError';
}

/** The request never got a complete answer: DNS, refused or reset connection, truncated body. */
export class ApifyConnectionError extends ApifyError {
  override name = 'ApifyConnectionError';
  /** True when the request may have reached the server (so a non-idempotent call may have taken effect). */
  readonly mayHaveReachedServer: boolean;
  constructor(message: string, options: { cause?: unknown; mayHaveReachedServer?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.mayHaveReachedServer = options.mayHaveReachedServer ?? true;
  }
}

/** An attempt took longer than `timeoutMs` (per attempt), or a wait loop ran out of time. */
export class ApifyTimeoutError extends ApifyConnectionError {
  override name = 'ApifyTimeoutError';
}

/**
 * The server answered with a success status, but the body is not what the operation declares: not valid JSON, or
 * JSON without the `{ data: ... }` envelope. Idempotent calls retry an unparsable body like a network error.
 */
export class ApifyResponseError extends ApifyError {
  override name = 'ApifyResponseError';
  declare readonly status: number;
  declare readonly method: string;
  declare readonly path: string;
  /** Which attempt failed (1 = first). */
  declare readonly attempt: number;
  declare readonly headers: Headers;
  constructor(
    message: string,
    details: { status: number; method: string; path: string; attempt: number; headers: Headers },
    options: { cause?: unknown } = {},
  ) {
    super(`${message} (${details.status}, ${details.method} ${details.path})`, options);
    Object.assign(this, details);
  }
}

/** The `ApifyResponseError` for a success answer the transport handed back, when it is not what was declared. */
export const unusableAnswer = (
  message: string,
  {
    response,
    method,
    path,
    attempt,
  }: { response: { status: number; headers: Headers }; method: string; path: string; attempt: number },
): ApifyResponseError =>
  new ApifyResponseError(message, { status: response.status, headers: response.headers, method, path, attempt });

/** The caller's `AbortSignal` fired. */
export class ApifyUserAbortError extends ApifyError {
  override name = 'ApifyUserAbortError';
}

const BY_STATUS: Record<number, typeof ApifyApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  429: RateLimitError,
};

/**
 * Builds the error class that matches an error response. `redact` cleans the server's message: a server that
 * echoes the token back must not put it into `error.message` (the transport redacts the body's text before parsing).
 */
export function apiErrorFrom(
  details: Omit<ApiErrorDetails, 'type' | 'message'>,
  redact: (text: string) => string = (text) => text,
): ApifyApiError {
  const error = (details.body as { error?: { type?: unknown; message?: unknown } } | undefined)?.error;
  const type = typeof error?.type === 'string' ? error.type : 'unknown';
  const message = redact(typeof error?.message === 'string' ? error.message : `HTTP ${details.status}`);
  const Class = BY_STATUS[details.status] ?? (details.status >= 500 ? InternalServerError : ApifyApiError);
  return new Class({ ...details, type, message });
}

/**
 * What `call` resolves to, or `undefined` when it fails with an error `missing` accepts (by default a 404 meaning
 * "this does not exist"); any other failure is thrown.
 */
export async function unlessMissing<T>(
  call: Promise<T>,
  missing: (error: unknown) => boolean = isNotFound,
): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (!missing(error)) throw error;
  }
}

/** A 404 that means "this resource does not exist" (not "wrong path"), per Apify's error types. */
export const isNotFound = (error: unknown): error is NotFoundError =>
  error instanceof NotFoundError && /^record-(or-token-)?not-found$/.test(error.type);
