import { notImplemented } from './not-implemented.js';
import type { HandlerTable } from './types.js';

export const keyValueStoreHandlers: Pick<
  HandlerTable,
  | 'keyValueStore_get'
  | 'keyValueStore_put'
  | 'keyValueStore_delete'
  | 'keyValueStore_keys_get'
  | 'keyValueStore_records_get'
  | 'keyValueStore_record_get'
  | 'keyValueStore_record_put'
  | 'keyValueStore_record_post'
  | 'keyValueStore_record_delete'
> = {
  keyValueStore_get: notImplemented,
  keyValueStore_put: notImplemented,
  keyValueStore_delete: notImplemented,
  keyValueStore_keys_get: notImplemented,
  keyValueStore_records_get: notImplemented,
  keyValueStore_record_get: notImplemented,
  keyValueStore_record_put: notImplemented,
  keyValueStore_record_post: notImplemented,
  keyValueStore_record_delete: notImplemented,
};
