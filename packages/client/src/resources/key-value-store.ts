import type { KeyValueStore, KeyValueStoreKey, ListOfKeys, UpdateStorageRequest } from '@apify-runs/types';
import type { SharedQuery } from '../call/operations.js';
import { checkNumber, NotFoundError, unlessMissing } from '../errors.js';
import { ItemIterator, type ResumableIterator } from '../pagination/items.js';
import { type Fetched, pages } from '../pagination/pages.js';
import { checkPosition } from '../pagination/position.js';
import type { RequestOptions } from '../transport/types.js';
import {
  decodeRecord,
  defaultAs,
  encodeRecord,
  isMissingRecord,
  type KeyValueRecord,
  type RecordAs,
  type RecordValue,
} from './key-value-store-record.js';
import { LocatedResource } from './located.js';

export type { KeyValueRecord, RecordAs, RecordValue } from './key-value-store-record.js';

type KeysQuery = SharedQuery<'/key-value-store/keys', 'get'>;
type RecordsQuery = SharedQuery<'/key-value-store/records', 'get'>;
type RecordQuery = SharedQuery<'/key-value-store/records/{recordKey}', 'get'>;

/** Parameters of `listKeys`: `exclusiveStartKey`, `limit` (1–1000), `prefix`, `collection`, `signature`. */
export type ListKeysParams = KeysQuery;

/** Parameters of `iterateKeys`: `limit` caps the keys yielded overall; `pageSize` (1–1000, default 1000) per request. */
export type IterateKeysParams = Omit<KeysQuery, 'limit'> & {
  limit?: number | undefined;
  pageSize?: number | undefined;
  /** Fetch the next page while the current one is consumed; default `true`. */
  prefetch?: boolean | undefined;
  /** A `position` of an earlier `iterateKeys` with the same filters: continue right after it. */
  resumeFrom?: KeysPosition | undefined;
};

/** Where a key iteration stands: plain JSON, for `resumeFrom`. */
export interface KeysPosition {
  kind: 'keys';
  /** The last key handed out (absent: none yet, from the start). */
  after?: string | undefined;
  /** Keys handed out so far, counted against `limit`. */
  seen: number;
}

/** Parameters of `getRecord`. */
export type GetRecordParams = RecordQuery & {
  as?: RecordAs | undefined;
  /** apify-client's `buffer: true` is `as: 'bytes'` here. */
  buffer?: never;
  /** apify-client's `stream: true` is `as: 'stream'` here. */
  stream?: never;
};

/** Parameters of `setRecord`. */
export interface SetRecordParams {
  /** Stored Content-Type; default by value: JSON, `text/plain`, the `Blob`'s type, or `application/octet-stream`. */
  contentType?: string | undefined;
  /** Not a parameter: the deadline is `timeoutMs` in the request options (`setRecord(key, value, params, options)`). */
  timeoutSecs?: never;
  /** Not a parameter: timeouts are retried like any network failure, up to `maxRetries` in the request options. */
  doNotRetryTimeouts?: never;
}

/** Parameters of `downloadRecords`. */
export type DownloadRecordsParams = RecordsQuery & { as?: 'stream' | 'bytes' | undefined };

const MAX_KEYS_PAGE = 1000;

/**
 * The run's default key-value store, for a run by ID or the last run of an Actor alike. A 404 of the store throws
 * `NotFoundError`: on a run's storage it may mean the run or the store is missing.
 */
export class KeyValueStoreClient extends LocatedResource {
  /** The store's metadata. */
  get(options?: RequestOptions): Promise<KeyValueStore> {
    return this.data('get', '/key-value-store', {}, options);
  }

  /** Renames the store or changes who may read it; resolves with the updated metadata. */
  update(changes: UpdateStorageRequest, options?: RequestOptions): Promise<KeyValueStore> {
    return this.data('put', '/key-value-store', { body: changes }, options);
  }

  /** Deletes the store and its records. */
  async delete(options?: RequestOptions): Promise<void> {
    await this.call('delete', '/key-value-store', { parseAs: 'none' }, options);
  }

  /** One page of keys in UTF-8 order; continue with `exclusiveStartKey: page.nextExclusiveStartKey`. */
  listKeys(params: ListKeysParams = {}, options?: RequestOptions): Promise<ListOfKeys> {
    return this.data('get', '/key-value-store/keys', { query: params }, options);
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
  iterateKeys(
    params: IterateKeysParams = {},
    options: RequestOptions = {},
  ): ResumableIterator<KeyValueStoreKey, KeysPosition | undefined> {
    return new ItemIterator(
      () => this.#keyPages(params, options),
      (items) => items,
      params.resumeFrom,
    );
  }

  #keyPages(params: IterateKeysParams, options: RequestOptions) {
    const { limit, pageSize = MAX_KEYS_PAGE, prefetch = true, exclusiveStartKey, resumeFrom, ...query } = params;
    checkNumber(pageSize, 'pageSize', 1, true, MAX_KEYS_PAGE);
    const resume = resumeFrom && checkPosition(resumeFrom, 'keys', ['seen'], ['after']);
    const cap = limit ?? Number.POSITIVE_INFINITY;
    type Cursor = { start: string | undefined; seen: number };
    const fetchPage = async ({ start, seen }: Cursor, signal: AbortSignal) => {
      const page = await this.listKeys(
        { ...query, exclusiveStartKey: start, limit: Math.min(pageSize, cap - seen) },
        { ...options, signal },
      );
      const after = page.nextExclusiveStartKey ?? page.items.at(-1)?.key;
      const total = seen + page.items.length;
      // `after !== start` guards against a server that repeats a page forever.
      const more = page.isTruncated && after !== undefined && after !== start && total < cap;
      return { page: page.items, next: more ? { start: after, seen: total } : undefined };
    };
    const start: Cursor = resume
      ? { start: resume.after, seen: resume.seen ?? 0 }
      : { start: exclusiveStartKey, seen: 0 };
    // Keys are ordered, so the last key handed out is where to continue.
    const position = ({ cursor, page }: Fetched<Cursor, KeyValueStoreKey[]>, handedOut: number): KeysPosition => ({
      kind: 'keys',
      after: handedOut ? page[handedOut - 1]?.key : cursor.start,
      seen: cursor.seen + handedOut,
    });
    return {
      pages: pages(start.seen < cap ? start : undefined, fetchPage, { prefetch, signal: options.signal }),
      position,
    };
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
    params: GetRecordParams & { as: 'stream' },
    options?: RequestOptions,
  ): Promise<KeyValueRecord<ReadableStream<Uint8Array>> | undefined>;
  getRecord(
    key: string,
    params: GetRecordParams & { as: 'bytes' },
    options?: RequestOptions,
  ): Promise<KeyValueRecord<Uint8Array> | undefined>;
  getRecord(
    key: string,
    params: GetRecordParams & { as: 'text' },
    options?: RequestOptions,
  ): Promise<KeyValueRecord<string> | undefined>;
  getRecord<T = unknown>(
    key: string,
    params?: GetRecordParams & { as?: 'json' | undefined },
    options?: RequestOptions,
  ): Promise<KeyValueRecord<T> | undefined>;
  async getRecord(
    key: string,
    params: GetRecordParams = {},
    options?: RequestOptions,
  ): Promise<KeyValueRecord<unknown> | undefined> {
    const { as, ...query } = params;
    // Read whole unless streamed, so a slow or cut body fails (and retries) within the attempt.
    const parseAs = as === 'stream' ? 'stream' : 'bytes';
    const init = { path: { recordKey: key }, query, parseAs } as const;
    const received = await unlessMissing(
      this.call('get', '/key-value-store/records/{recordKey}', init, options),
      isMissingRecord,
    );
    if (!received) return undefined;
    const { data, response } = received;
    const contentType = response.headers.get('content-type') || 'application/octet-stream';
    const value =
      data instanceof Uint8Array && as !== 'stream' ? decodeRecord(data, as ?? defaultAs(contentType)) : data;
    return { key, value, contentType };
  }

  /**
   * Whether the store has a record under `key`, from a HEAD request (nothing is downloaded). A missing store or run
   * throws `NotFoundError`: a HEAD 404 has no body to tell them apart, so a 404 is confirmed with one read of the
   * store before it counts as "no such record".
   *
   * @example
   * ```ts
   * if (await run.keyValueStore.recordExists('OUTPUT')) console.log('the run wrote its output');
   * ```
   */
  async recordExists(key: string, options?: RequestOptions): Promise<boolean> {
    const init = { path: { recordKey: key }, parseAs: 'none' } as const;
    const head = this.call('head', '/key-value-store/records/{recordKey}', init, options);
    if (await unlessMissing(head, (error) => error instanceof NotFoundError)) return true;
    await this.get(options);
    return false;
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
  async setRecord(
    key: string,
    value: RecordValue,
    params: SetRecordParams = {},
    options?: RequestOptions,
  ): Promise<void> {
    const init = {
      path: { recordKey: key },
      rawBody: encodeRecord(value, params.contentType),
      parseAs: 'none',
    } as const;
    await this.call('put', '/key-value-store/records/{recordKey}', init, options);
  }

  /**
   * Deletes a record. A record that does not exist counts as deleted (so a retried delete cannot fail); a missing
   * store or run throws `NotFoundError`.
   */
  async deleteRecord(key: string, options?: RequestOptions): Promise<void> {
    const init = { path: { recordKey: key }, parseAs: 'none' } as const;
    await unlessMissing(this.call('delete', '/key-value-store/records/{recordKey}', init, options), isMissingRecord);
  }

  /**
   * The records (optionally only those with `prefix` or in `collection`) as one ZIP file, one entry per key: a web
   * `ReadableStream` (default) or bytes.
   */
  downloadRecords(
    params?: DownloadRecordsParams & { as?: 'stream' | undefined },
    options?: RequestOptions,
  ): Promise<ReadableStream<Uint8Array>>;
  downloadRecords(params: DownloadRecordsParams & { as: 'bytes' }, options?: RequestOptions): Promise<Uint8Array>;
  async downloadRecords(
    params: DownloadRecordsParams = {},
    options?: RequestOptions,
  ): Promise<ReadableStream<Uint8Array> | Uint8Array> {
    const { as, ...query } = params;
    const init = { query, parseAs: as === 'bytes' ? 'bytes' : 'stream' } as const;
    return (await this.call('get', '/key-value-store/records', init, options)).data;
  }
}
