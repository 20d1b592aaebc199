import type { RecordBackend } from '../storage/backends.js';
import type { StorageMeta } from './storage-meta.js';

/** A key-value store: metadata plus its records backend. */
export class KeyValueStoreState {
  constructor(
    readonly meta: StorageMeta,
    readonly backend: RecordBackend,
  ) {}
}
