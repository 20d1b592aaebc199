import type { UpdateStorageRequest } from '@apify-runs/types';
import type { CallOptions } from '../options.js';
import { LocatedResource } from './located.js';

/**
 * The operations every default storage has on itself (read, update, delete), written once for the dataset,
 * key-value store and request queue. A 404 throws `NotFoundError`: on a run's storage it may mean the run or the
 * storage is missing, so it is never turned into `undefined`.
 */
export abstract class StorageResource<Metadata> extends LocatedResource {
  /** URL suffix of the storage under the run, e.g. `/dataset`. */
  protected abstract readonly base: string;

  /** The storage's metadata. */
  async get(options: CallOptions = {}): Promise<Metadata> {
    const { data } = await this.call<{ data: Metadata }>('GET', this.base, options);
    return data.data;
  }

  /** Renames the storage or changes who may read it; returns the updated metadata. */
  async update(changes: UpdateStorageRequest, options: CallOptions = {}): Promise<Metadata> {
    const { data } = await this.call<{ data: Metadata }>('PUT', this.base, { ...options, body: changes });
    return data.data;
  }

  /** Deletes the storage and everything in it. */
  async delete(options: CallOptions = {}): Promise<void> {
    await this.call('DELETE', this.base, options);
  }
}
