import { notImplemented } from './not-implemented.js';
import type { HandlerTable } from './types.js';

export const logHandlers: Pick<HandlerTable, 'log_get'> = {
  log_get: notImplemented,
};
