import { notImplemented } from './not-implemented.js';
import type { HandlerTable } from './types.js';

export const requestQueueHandlers: Pick<
  HandlerTable,
  | 'requestQueue_get'
  | 'requestQueue_put'
  | 'requestQueue_delete'
  | 'requestQueue_requests_get'
  | 'requestQueue_requests_post'
  | 'requestQueue_requests_batch_post'
  | 'requestQueue_requests_batch_delete'
  | 'requestQueue_requests_unlock_post'
  | 'requestQueue_request_get'
  | 'requestQueue_request_put'
  | 'requestQueue_request_delete'
  | 'requestQueue_request_lock_put'
  | 'requestQueue_request_lock_delete'
  | 'requestQueue_head_get'
  | 'requestQueue_head_lock_post'
> = {
  requestQueue_get: notImplemented,
  requestQueue_put: notImplemented,
  requestQueue_delete: notImplemented,
  requestQueue_requests_get: notImplemented,
  requestQueue_requests_post: notImplemented,
  requestQueue_requests_batch_post: notImplemented,
  requestQueue_requests_batch_delete: notImplemented,
  requestQueue_requests_unlock_post: notImplemented,
  requestQueue_request_get: notImplemented,
  requestQueue_request_put: notImplemented,
  requestQueue_request_delete: notImplemented,
  requestQueue_request_lock_put: notImplemented,
  requestQueue_request_lock_delete: notImplemented,
  requestQueue_head_get: notImplemented,
  requestQueue_head_lock_post: notImplemented,
};
