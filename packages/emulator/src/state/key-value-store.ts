import type { KeyValueStore } from '@apify-runs/types';
import { publicStorageUrl } from '../access/public-urls.js';
import { badRequest } from '../http/api-error.js';
import type { RecordBackend, StoredRecord } from '../storage/backends.js';
import type { StorageMeta } from './storage-meta.js';

export type { StoredRecord } from '../storage/backends.js';

/**
 * One collection of a key-value store schema. A key belongs to it when it equals `key`, is listed in `keys`, or
 * starts with `keyPrefix` (Apify's `.actor/key_value_store_schema.json` uses `key` or `keyPrefix`; `keys` is our
 * shorthand for a fixed set).
 */
export interface KeyValueStoreCollection {
  key?: string;
  keys?: string[];
  keyPrefix?: string;
  [other: string]: unknown;
}

/** An Actor's key-value store schema: only `collections` matters to the API (`?collection=` filters). */
export interface KeyValueStoreSchema {
  actorKeyValueStoreSchemaVersion?: number;
  collections?: Record<string, KeyValueStoreCollection>;
  [other: string]: unknown;
}

/** Which keys a listing or an archive covers. */
export interface KeyFilter {
  prefix?: string | undefined;
  collection?: string | undefined;
}

export interface ListKeysOptions extends KeyFilter {
  exclusiveStartKey?: string | undefined;
  /** 1–1000; the spec's parameter validation enforces the bounds before a request gets here. */
  limit?: number | undefined;
}

export interface KeyPage {
  items: Array<{ key: string; size: number }>;
  isTruncated: boolean;
  nextExclusiveStartKey: string | null;
}

export const MAX_KEYS_PER_PAGE = 1000;

/** Keys sort by their UTF-8 bytes (Apify's order), which differs from JS string order outside the BMP. */
const utf8Compare = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** A key-value store: metadata, its records backend, usage counters and an optional schema. */
export class KeyValueStoreState {
  readCount = 0;
  writeCount = 0;
  deleteCount = 0;
  listCount = 0;
  private schemaValue: KeyValueStoreSchema | null = null;

  constructor(
    readonly meta: StorageMeta,
    readonly backend: RecordBackend,
    schema: KeyValueStoreSchema | null = null,
  ) {
    if (schema) this.setSchema(schema);
  }

  get schema(): KeyValueStoreSchema | null {
    return this.schemaValue;
  }

  /** Sets (or clears) the schema; throws if `collections` is not an object of collection objects. */
  setSchema(schema: KeyValueStoreSchema | null): void {
    const collections = schema?.collections;
    if (collections !== undefined) {
      if (!collections || typeof collections !== 'object' || Array.isArray(collections)) {
        throw new TypeError('key-value store schema: "collections" must be an object');
      }
      for (const [name, collection] of Object.entries(collections)) {
        if (!collection || typeof collection !== 'object' || Array.isArray(collection)) {
          throw new TypeError(`key-value store schema: collection "${name}" must be an object`);
        }
      }
    }
    this.schemaValue = schema ? structuredClone(schema) : null;
  }

  /** Stores a record, replacing any previous value under the key (the key is assumed valid). */
  async setRecord(key: string, record: StoredRecord): Promise<void> {
    await this.backend.set(key, {
      value: record.value,
      contentType: record.contentType,
      ...(record.contentEncoding ? { contentEncoding: record.contentEncoding } : {}),
    });
    this.writeCount += 1;
    this.meta.touch(true);
  }

  /** The stored record, or undefined; counts as a read. */
  async getRecord(key: string): Promise<StoredRecord | undefined> {
    const record = await this.backend.get(key);
    this.readCount += 1;
    this.meta.touch(false);
    return record;
  }

  /** Removes a record; false if there was none. */
  async deleteRecord(key: string): Promise<boolean> {
    const deleted = await this.backend.delete(key);
    if (deleted) {
      this.deleteCount += 1;
      this.meta.touch(true);
    }
    return deleted;
  }

  /** One page of keys after `exclusiveStartKey`, in UTF-8 binary order; 400 `invalid-collection` as the API does. */
  listKeys(options: ListKeysOptions = {}): KeyPage {
    const limit = Math.max(1, Math.min(options.limit ?? MAX_KEYS_PER_PAGE, MAX_KEYS_PER_PAGE));
    const start = options.exclusiveStartKey;
    const matching = this.matchingKeys(options).filter(({ key }) => start === undefined || utf8Compare(key, start) > 0);
    const items = matching.slice(0, limit);
    const isTruncated = matching.length > limit;
    this.listCount += 1;
    this.meta.touch(false);
    return { items, isTruncated, nextExclusiveStartKey: isTruncated ? (items.at(-1)?.key ?? null) : null };
  }

  /** Every key (with its stored size) that passes the prefix and collection filters, in UTF-8 binary order. */
  matchingKeys(filter: KeyFilter = {}): Array<{ key: string; size: number }> {
    const inCollection = filter.collection === undefined ? () => true : this.collectionTest(filter.collection);
    const { prefix } = filter;
    return this.backend
      .keys()
      .filter(({ key }) => (prefix === undefined || key.startsWith(prefix)) && inCollection(key));
  }

  /** Total bytes of the stored values (as stored, so compressed records count compressed). */
  storageBytes(): number {
    let total = 0;
    for (const { size } of this.backend.keys()) total += size;
    return total;
  }

  /** The API's `KeyValueStore` object. */
  describe(baseUrl: string): KeyValueStore {
    const base = `${baseUrl}/v2/key-value-stores/${this.meta.id}`;
    return {
      ...this.meta.common(baseUrl, 'storage/key-value-stores'),
      keysPublicUrl: publicStorageUrl(`${base}/keys`, this.meta),
      recordsPublicUrl: publicStorageUrl(`${base}/records`, this.meta),
      schema: this.schemaValue ? structuredClone(this.schemaValue) : null,
      stats: {
        readCount: this.readCount,
        writeCount: this.writeCount,
        deleteCount: this.deleteCount,
        listCount: this.listCount,
        // Nothing is offloaded to a separate blob store here, so every byte counts as plain storage.
        s3StorageBytes: 0,
        storageBytes: this.storageBytes(),
      },
    };
  }

  /** The public URL of one record (keys only hold URL-safe characters, encoding is belt and braces). */
  recordUrl(baseUrl: string, key: string): string {
    return `${baseUrl}/v2/key-value-stores/${this.meta.id}/records/${encodeURIComponent(key)}`;
  }

  private collectionTest(name: string): (key: string) => boolean {
    const collections = this.schemaValue?.collections;
    if (!this.schemaValue) {
      throw badRequest(`The key-value store has no schema, so it has no collection "${name}".`, 'invalid-collection');
    }
    const collection = collections && Object.hasOwn(collections, name) ? collections[name] : undefined;
    if (!collection) {
      throw badRequest(`Collection "${name}" is not defined in the key-value store schema.`, 'invalid-collection');
    }
    const keys = new Set<string>(Array.isArray(collection.keys) ? collection.keys : []);
    if (typeof collection.key === 'string') keys.add(collection.key);
    const keyPrefix = typeof collection.keyPrefix === 'string' ? collection.keyPrefix : undefined;
    return (key) => keys.has(key) || (keyPrefix !== undefined && key.startsWith(keyPrefix));
  }
}
