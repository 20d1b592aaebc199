import type { Dataset, DatasetFormat, DatasetStatistics } from '@apify-runs/types';
import { ApifyApiError, ApifyConnectionError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pages } from '../pagination/pages.js';
import {
  type ItemsPage,
  type ItemsQuery,
  type IterateItemsOptions,
  itemsPager,
  type ListItemsOptions,
  paginationOf,
} from './dataset-items.js';
import { DatasetPushError, measureItems, pushChunks } from './dataset-push.js';
import { StorageResource } from './storage.js';

export type { ItemsPage, ItemsQuery, IterateItemsOptions, ListItemsOptions } from './dataset-items.js';

/** Options of `download`: every items parameter but `format`, plus how to return the body. */
export type DownloadItemsOptions = Omit<ItemsQuery, 'format'> &
  CallOptions & {
    /** `stream` (default): a web `ReadableStream`, nothing buffered; `bytes`: the whole body. */
    as?: 'stream' | 'bytes';
  };

/** What `pushItems` did. */
export interface PushItemsResult {
  /** Items stored. */
  pushedCount: number;
  /** Requests sent (each body at most 9,437,184 bytes). */
  requestCount: number;
}

const emptyStream = () => new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });

/** The run's default dataset, for a run by ID or the last run of an Actor alike. */
export class DatasetClient extends StorageResource<Dataset> {
  protected readonly base = '/dataset';

  /** Per-field statistics (for fields declared in the dataset's schema). */
  async statistics(options: CallOptions = {}): Promise<DatasetStatistics> {
    const { data } = await this.call<{ data: DatasetStatistics }>('GET', '/dataset/statistics', options);
    return data.data;
  }

  /**
   * One page of items as JSON, with the pagination the server applied. `count` is the number of STORED items the
   * page covered; `items.length` is what came back after filters (`clean`, `skipEmpty`, `unwind`, ...).
   *
   * @example
   * ```ts
   * const { items, total } = await run.dataset.listItems<Product>({ offset: 0, limit: 100, clean: true });
   * ```
   */
  async listItems<T = Record<string, unknown>>(options: ListItemsOptions = {}): Promise<ItemsPage<T>> {
    const { signal, timeoutMs, ...query } = options;
    return this.itemsPage<T>(query, { signal, timeoutMs });
  }

  /**
   * Every item (from `offset`, up to `limit` stored items, oldest or newest first), fetched page by page with
   * bounded memory. Exact under `clean`/`skipEmpty`/`skipHidden`/`unwind`: pages advance by the stored items the
   * server scanned, not by the items returned. Leaving the loop early cancels a prefetched page.
   *
   * @example
   * ```ts
   * for await (const item of run.dataset.iterateItems<Product>({ clean: true })) console.log(item.title);
   * ```
   */
  async *iterateItems<T = Record<string, unknown>>(options: IterateItemsOptions = {}): AsyncGenerator<T, void> {
    for await (const page of this.iterateItemPages<T>(options)) yield* page.items;
  }

  /** The pages behind `iterateItems`, with their pagination, for work done a page at a time. */
  async *iterateItemPages<T = Record<string, unknown>>(
    options: IterateItemsOptions = {},
  ): AsyncGenerator<ItemsPage<T>, void> {
    const { timeoutMs } = options;
    const pager = itemsPager<T>(options, (query, signal) => this.itemsPage<T>(query, { signal, timeoutMs }));
    yield* pages({ scanned: 0 }, pager, { prefetch: options.prefetch ?? true, signal: options.signal });
  }

  /**
   * Items in any format (`json`, `jsonl`, `csv`, `html`, `xlsx`, `xml`, `rss`) with any items parameter, as a web
   * `ReadableStream` (default; never buffered) or as bytes.
   *
   * @example
   * ```ts
   * const csv = await run.dataset.download('csv', { clean: true, fields: 'url,title' });
   * await csv.pipeTo(Writable.toWeb(createWriteStream('items.csv')));
   * ```
   */
  download(
    format: DatasetFormat,
    options?: DownloadItemsOptions & { as?: 'stream' },
  ): Promise<ReadableStream<Uint8Array>>;
  download(format: DatasetFormat, options: DownloadItemsOptions & { as: 'bytes' }): Promise<Uint8Array>;
  async download(
    format: DatasetFormat,
    options: DownloadItemsOptions = {},
  ): Promise<ReadableStream<Uint8Array> | Uint8Array> {
    const { signal, timeoutMs, as = 'stream', ...query } = options;
    if (as === 'bytes') {
      const { data } = await this.call<ArrayBuffer | undefined>('GET', '/dataset/items', {
        signal,
        timeoutMs,
        query: { ...query, format },
        parseAs: 'arrayBuffer',
      });
      return new Uint8Array(data ?? new ArrayBuffer(0));
    }
    const { response } = await this.call('GET', '/dataset/items', {
      signal,
      timeoutMs,
      query: { ...query, format },
      parseAs: 'stream',
    });
    return (response.body as ReadableStream<Uint8Array> | null) ?? emptyStream();
  }

  /**
   * Appends items, split into requests whose JSON body stays within 9,437,184 bytes, sent one after another. An item
   * too large for any request, or one that is not an object, throws `ApifyInputError` before anything is sent.
   * Requests are only retried when the server certainly did not store them (no silent duplicates). If a request
   * fails, `DatasetPushError` says how many items were stored (`pushedCount`, a prefix of `items`) and whether the
   * failed request may have been stored (`failedMayBeStored`); its `cause` is the underlying error.
   *
   * @example
   * ```ts
   * await run.dataset.pushItems(products);
   * ```
   */
  async pushItems(items: object | readonly object[], options: CallOptions = {}): Promise<PushItemsResult> {
    const list: readonly unknown[] = Array.isArray(items) ? items : [items];
    const sizes = measureItems(list);
    let pushedCount = 0;
    let requestCount = 0;
    for (const chunk of pushChunks(list, sizes)) {
      try {
        await this.call('POST', '/dataset/items', {
          ...options,
          rawBody: { data: chunk.body, contentType: 'application/json' },
          retry: 'unsent-only',
        });
      } catch (error) {
        throw new DatasetPushError(pushedCount, chunk.end - chunk.start, mayBeStored(error), error);
      }
      pushedCount = chunk.end;
      requestCount += 1;
    }
    return { pushedCount, requestCount };
  }

  private async itemsPage<T>(query: ItemsQuery, options: CallOptions): Promise<ItemsPage<T>> {
    const { data, response } = await this.call<T[] | undefined>('GET', '/dataset/items', {
      ...options,
      query: { ...query, format: 'json' },
    });
    return { items: data ?? [], ...paginationOf(response, query) };
  }
}

/** Whether a failed push request may have been stored anyway. */
function mayBeStored(error: unknown): boolean {
  if (error instanceof ApifyApiError) return error.status >= 500;
  if (error instanceof ApifyConnectionError) return error.mayHaveReachedServer;
  return true;
}
