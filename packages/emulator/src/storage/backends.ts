/**
 * Where storage contents live. The domain classes in `state/` own the semantics (pagination, dedup, locks, ...);
 * a backend only keeps bytes: in memory (default) or in the on-disk layout of Apify's CLI and Crawlee
 * (`--storage <dir>`). Backends must keep every write made through them: the on-disk one serialises writes per store.
 */

/** Items of one dataset, in insertion order. */
export interface DatasetBackend {
  /** Number of stored items. */
  count(): number;
  /** Appends items (already validated objects) as one change: all are stored or, after a crash, none. */
  append(items: readonly Record<string, unknown>[]): Promise<void>;
  /** Items `start` (inclusive) to `end` (exclusive), read lazily so large ranges stream with flat memory. */
  read(start: number, end: number): AsyncIterable<Record<string, unknown>>;
  /** Removes every item and the store itself. */
  drop(): Promise<void>;
}

export interface StoredRecord {
  /** The bytes exactly as uploaded (possibly compressed, see `contentEncoding`). */
  value: Uint8Array;
  contentType: string;
  contentEncoding?: string;
}

/** Records of one key-value store. */
export interface RecordBackend {
  /** Every key with its stored size in bytes, in UTF-8 binary order. */
  keys(): Array<{ key: string; size: number }>;
  get(key: string): Promise<StoredRecord | undefined>;
  /** Stores a record (its bytes and its metadata together, or, after a crash, the previous record). */
  set(key: string, record: StoredRecord): Promise<void>;
  delete(key: string): Promise<boolean>;
  drop(): Promise<void>;
}

/** A request as a queue stores it: the API's Request plus the queue's ordering and lock bookkeeping. */
export interface StoredQueueRequest {
  request: Record<string, unknown> & { id: string; uniqueKey: string; url: string };
  /** Position in the queue: lower comes first; forefront requests get negative numbers. Null once handled. */
  orderNo: number | null;
  lockExpiresAt?: number;
  lockedBy?: string;
}

/** One change to a queue's stored requests: written all together or not at all. */
export interface QueueChange {
  save?: readonly StoredQueueRequest[];
  /** IDs of requests to remove. */
  delete?: readonly string[];
}

/** Requests of one request queue. */
export interface QueueBackend {
  /** Every stored request (the queue keeps its own indexes in memory). */
  load(): StoredQueueRequest[];
  /** Saves and deletes requests as one change: after a crash, all of it is stored or none. */
  commit(change: QueueChange): Promise<void>;
  drop(): Promise<void>;
}

/** Creates the backends of new storages: one factory per storage mode. */
export interface BackendFactory {
  dataset(id: string, name: string | null): DatasetBackend;
  records(id: string, name: string | null): RecordBackend;
  queue(id: string, name: string | null): QueueBackend;
}
