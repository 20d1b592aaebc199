import type { KeyValueStore, KeyValueStoreKey, ListOfKeys, operations } from '@apify-runs/types';
import { encodeSegment } from '../encode.js';
import { ApifyInputError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pages } from '../pagination/pages.js';
import {
  bodyStream,
  decodeRecord,
  defaultAs,
  encodeRecord,
  isMissingRecord,
  type KeyValueRecord,
  type RecordAs,
  type RecordValue,
} from './key-value-store-record.js';
import { StorageResource } from './storage.js';

export type { KeyValueRecord, RecordAs, RecordValue } from './key-value-store-record.js';

type KeysQuery = NonNullable<operations['actorRun_keyValueStore_keys_get']['parameters']['query']>;
type RecordsQuery = NonNullable<operations['actorRun_keyValueStore_records_get']['parameters']['query']>;
type RecordQuery = NonNullable<operations['actorRun_keyValueStore_record_get']['parameters']['query']>;

/** Options of `listKeys`: `exclusiveStartKey`, `limit` (1–1000), `prefix`, `collection`, `signature`. */
export type ListKeysOptions = KeysQuery & CallOptions;

/** Options of `iterateKeys`: `limit` caps the keys yielded overall; `pageSize` (1–1000, default 1000) per request. */
export type IterateKeysOptions = Omit<KeysQuery, 'limit'> &
  CallOptions & {
    limit?: number;
    pageSize?: number;
    /** Fetch the next page while the current one is consumed; default `true`. */
    prefetch?: boolean;
  };

/** Options of `getRecord`. */
export type GetRecordOptions = RecordQuery & CallOptions & { as?: RecordAs };

/** Options of `setRecord`. */
export interface SetRecordOptions extends CallOptions {
  /** Stored Content-Type; default by value: JSON, `text/plain`, the `Blob`'s type, or `application/octet-stream`. */
  contentType?: string;
}

/** Options of `downloadRecords`. */
export type DownloadRecordsOptions = RecordsQuery & CallOptions & { as?: 'stream' | 'bytes' };

const MAX_KEYS_PAGE = 1000;

/** The run's default key-value store, for a run by ID or the last run of an Actor alike. */
export class KeyValueStoreClient extends StorageResource<KeyValueStore> {
  protected readonly base = '/key-value-store';

  /** One page of keys in UTF-8 order; continue with `exclusiveStartKey: page.nextExclusiveStartKey`. */
  async listKeys(options: ListKeysOptions = {}): Promise<ListOfKeys> {
    const { signal, timeoutMs, ...query } = options;
    const { data } = await this.call<{ data: ListOfKeys }>('GET', '/key-value-store/keys', {
      signal,
      timeoutMs,
      query,
    });
    return data.data;
  }

  /**
   * Every key (optionally from `exclusiveStartKey`, with `prefix`/`collection`), page by page until the server says
   * the listing is not truncated.
   *
   * @example
   * ```ts
   * for await (const { key, size } of run.keyValueStore.iterateKeys({ prefix: 'screenshot-' })) console.log(key, size);
   * ```
   */
  async *iterateKeys(options: IterateKeysOptions = {}): AsyncGenerator<KeyValueStoreKey, void> {
    const { signal, timeoutMs, limit, pageSize = MAX_KEYS_PAGE, prefetch, exclusiveStartKey, ...query } = options;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_KEYS_PAGE) {
      throw new ApifyInputError(`pageSize must be an integer from 1 to ${MAX_KEYS_PAGE}.`);
    }
    const cap = limit ?? Number.POSITIVE_INFINITY;
    type Cursor = { start: string | undefined; seen: number };
    const fetchPage = async ({ start, seen }: Cursor, pageSignal: AbortSignal) => {
      const page = await this.listKeys({
        ...query,
        ...(start !== undefined ? { exclusiveStartKey: start } : {}),
        limit: Math.min(pageSize, cap - seen),
        signal: pageSignal,
        timeoutMs,
      });
      const after = page.nextExclusiveStartKey ?? page.items.at(-1)?.key;
      const total = seen + page.items.length;
      // `after !== start` guards against a server that repeats a page forever.
      const more = page.isTruncated && after !== undefined && after !== start && total < cap;
      return { page: page.items, next: more ? { start: after, seen: total } : undefined };
    };
    if (cap <= 0) return;
    for await (const items of pages<Cursor, KeyValueStoreKey[]>({ start: exclusiveStartKey, seen: 0 }, fetchPage, {
      prefetch: prefetch ?? true,
      signal,
    })) {
      yield* items;
    }
  }

  /**
   * A record, or `undefined` when the store has no record under `key`. Missing store or run: throws `NotFoundError`
   * (only a 404 whose message is about the record counts as "no record"). Without `as`, the value is read by its
   * Content-Type: JSON → parsed, `text/*` → string, anything else → `Uint8Array`.
   *
   * @example
   * ```ts
   * const output = await run.keyValueStore.getRecord<{ total: number }>('OUTPUT');
   * const png = await run.keyValueStore.getRecord('screenshot.png', { as: 'bytes' });
   * ```
   */
  getRecord(
    key: string,
    options: GetRecordOptions & { as: 'stream' },
  ): Promise<KeyValueRecord<ReadableStream<Uint8Array>> | undefined>;
  getRecord(key: string, options: GetRecordOptions & { as: 'bytes' }): Promise<KeyValueRecord<Uint8Array> | undefined>;
  getRecord(key: string, options: GetRecordOptions & { as: 'text' }): Promise<KeyValueRecord<string> | undefined>;
  getRecord<T = unknown>(
    key: string,
    options?: GetRecordOptions & { as?: 'json' | undefined },
  ): Promise<KeyValueRecord<T> | undefined>;
  async getRecord(key: string, options: GetRecordOptions = {}): Promise<KeyValueRecord<unknown> | undefined> {
    encodeSegment(key, 'recordKey');
    const { signal, timeoutMs, as, ...query } = options;
    try {
      // Read whole unless streaming, so a slow or cut body fails (and retries) within the attempt.
      const { data, response } = await this.call<ArrayBuffer | undefined>(
        'GET',
        '/key-value-store/records/{recordKey}',
        { signal, timeoutMs, query, path: { recordKey: key }, parseAs: as === 'stream' ? 'stream' : 'arrayBuffer' },
      );
      const contentType = response.headers.get('content-type') || 'application/octet-stream';
      const value = as === 'stream' ? bodyStream(response) : decodeRecord(data, as ?? defaultAs(contentType));
      return { key, value, contentType };
    } catch (error) {
      if (isMissingRecord(error)) return undefined;
      throw error;
    }
  }

  /**
   * Stores a record. Objects, arrays, numbers, booleans and `null` are sent as JSON; strings as `text/plain`;
   * `Uint8Array`/`ArrayBuffer`/`Blob`/`ReadableStream` as they are (`application/octet-stream` unless `contentType`
   * says otherwise). A `ReadableStream` is sent once and cannot be retried.
   *
   * @example
   * ```ts
   * await run.keyValueStore.setRecord('OUTPUT', { total: 42 });
   * await run.keyValueStore.setRecord('page.html', html, { contentType: 'text/html; charset=utf-8' });
   * ```
   */
  async setRecord(key: string, value: RecordValue, options: SetRecordOptions = {}): Promise<void> {
    encodeSegment(key, 'recordKey');
    const { contentType, ...callOptions } = options;
    await this.call('PUT', '/key-value-store/records/{recordKey}', {
      ...callOptions,
      path: { recordKey: key },
      rawBody: encodeRecord(value, contentType),
    });
  }

  /**
   * Deletes a record. A record that does not exist counts as deleted (so a retried delete cannot fail); a missing
   * store or run throws `NotFoundError`.
   */
  async deleteRecord(key: string, options: CallOptions = {}): Promise<void> {
    encodeSegment(key, 'recordKey');
    try {
      await this.call('DELETE', '/key-value-store/records/{recordKey}', { ...options, path: { recordKey: key } });
    } catch (error) {
      if (!isMissingRecord(error)) throw error;
    }
  }

  /**
   * The records (optionally only those with `prefix` or in `collection`) as one ZIP file, one entry per key: a web
   * `ReadableStream` (default) or bytes.
   */
  downloadRecords(options?: DownloadRecordsOptions & { as?: 'stream' }): Promise<ReadableStream<Uint8Array>>;
  downloadRecords(options: DownloadRecordsOptions & { as: 'bytes' }): Promise<Uint8Array>;
  async downloadRecords(options: DownloadRecordsOptions = {}): Promise<ReadableStream<Uint8Array> | Uint8Array> {
    const { signal, timeoutMs, as = 'stream', ...query } = options;
    const init = { signal, timeoutMs, query } as const;
    if (as === 'bytes') {
      const { data } = await this.call<ArrayBuffer | undefined>('GET', '/key-value-store/records', {
        ...init,
        parseAs: 'arrayBuffer',
      });
      return new Uint8Array(data ?? new ArrayBuffer(0));
    }
    const { response } = await this.call('GET', '/key-value-store/records', { ...init, parseAs: 'stream' });
    return bodyStream(response);
  }
}
