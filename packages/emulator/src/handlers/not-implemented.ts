import { ApiError } from '../http/api-error.js';

/** PLACEHOLDER used while a handler file is being written; no handler ships with it. */
export const notImplemented = (): never => {
  throw new ApiError(501, 'not-implemented', 'Not implemented yet.');
};
