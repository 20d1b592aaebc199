import type { QueueBackend } from '../storage/backends.js';
import type { StorageMeta } from './storage-meta.js';

/** A request queue: metadata plus its requests backend. */
export class RequestQueueState {
  constructor(
    readonly meta: StorageMeta,
    readonly backend: QueueBackend,
  ) {}
}
