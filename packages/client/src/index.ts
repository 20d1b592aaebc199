export type * from '@apify-runs/types';
export { ApifyClient, createApifyClient } from './client.js';
export {
  ApifyApiError,
  ApifyConnectionError,
  ApifyError,
  ApifyInputError,
  ApifyTimeoutError,
  ApifyUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
} from './errors.js';
export type { LastRunFilter, RunLocator } from './locator.js';
export type { ApifyClientOptions, CallOptions } from './options.js';
export type { RunClient } from './resources/run.js';
export type { Logger, LogLevel } from './transport/logger.js';
