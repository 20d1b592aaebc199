import type { DatasetBackend } from '../storage/backends.js';
import type { StorageMeta } from './storage-meta.js';

/** A dataset: metadata plus its items backend. Item semantics live in the dataset handlers' helpers. */
export class DatasetState {
  constructor(
    readonly meta: StorageMeta,
    readonly backend: DatasetBackend,
  ) {}
}
