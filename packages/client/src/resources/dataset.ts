import type { Dataset, DatasetFormat, DatasetStatistics, UpdateStorageRequest } from '@apify-runs/types';
import { ApifyApiError, ApifyConnectionError, ApifyInputError, unusableAnswer } from '../errors.js';
import { ItemIterator, type ResumableIterator } from '../pagination/items.js';
import { type Fetched, pages } from '../pagination/pages.js';
import type { RequestOptions } from '../transport/types.js';
import {
  type ItemsPage,
  type ItemsPagination,
  type ItemsParams,
  type ItemsPosition,
  type ItemsQuery,
  type ItemsWindow,
  type IterateItemsParams,
  itemsPager,
  itemsQuery,
  type ListItemsParams,
  paginationOf,
} from './dataset-items.js';
import { DatasetPushError, measureItems } from './dataset-push.js';
import { jsonRanges } from './json-batches.js';
import { type LiveRun, LocatedResource } from './located.js';

/** Parameters of `download`: every items parameter but `format`, plus how to return the body. */
export type DownloadItemsParams = Omit<ItemsParams, 'format'> & {
  /** `stream` (default): a web `ReadableStream`, nothing buffered; `bytes`: the whole body in one buffer. */
  as?: 'stream' | 'bytes' | undefined;
  /** Not a parameter of `download`: ranges read at once are `parallelDownload` of `@apify-runs/client/download`. */
  concurrency?: never;
  /** Not a parameter of `download`: ranges of `pageSize` items are `parallelDownload` of `@apify-runs/client/download`. */
  pageSize?: never;
};

/** What `pushItems` did. */
export interface PushItemsResult {
  /** Items stored. */
  pushedCount: number;
  /** Requests sent (each body at most 9,437,184 bytes). */
  requestCount: number;
}

/**
 * The run's default dataset, for a run by ID or the last run of an Actor alike. A 404 throws `NotFoundError`: on a
 * run's storage it may mean the run or the storage is missing, so it is never turned into `undefined`.
 */
export class DatasetClient extends LocatedResource {
  /** The dataset's metadata. */
  get(options?: RequestOptions): Promise<Dataset> {
    return this.data('get', '/dataset', {}, options);
  }

  /** Renames the dataset or changes who may read it; resolves with the updated metadata. */
  update(changes: UpdateStorageRequest, options?: RequestOptions): Promise<Dataset> {
    return this.data('put', '/dataset', { body: changes }, options);
  }

  /** Deletes the dataset and its items. */
  async delete(options?: RequestOptions): Promise<void> {
    await this.call('delete', '/dataset', { parseAs: 'none' }, options);
  }

  /** Per-field statistics (for fields declared in the dataset's schema). */
  statistics(options?: RequestOptions): Promise<DatasetStatistics> {
    return this.data('get', '/dataset/statistics', {}, options);
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
  listItems<T = Record<string, unknown>>(
    params: ListItemsParams = {},
    options?: RequestOptions,
  ): Promise<ItemsPage<T>> {
    return this.#itemsPage<T>(itemsQuery(params), options);
  }

  /**
   * The pagination figures `listItems` would answer for this query (`total`, `offset`, `limit`, `count`, `desc`),
   * from a HEAD request: no item is downloaded, whatever the query covers.
   *
   * @example
   * ```ts
   * const { total } = await run.dataset.itemsPagination(); // every stored item
   * const { count } = await run.dataset.itemsPagination({ offset: 100, limit: 50, clean: true });
   * ```
   */
  async itemsPagination(params: ListItemsParams = {}, options?: RequestOptions): Promise<ItemsPagination> {
    const query = itemsQuery(params);
    const { response } = await this.call('head', '/dataset/items', { query, parseAs: 'none' }, options);
    return paginationOf(response, query);
  }

  /**
   * Every item (from `offset`, up to `limit` stored items, oldest or newest first), fetched page by page with
   * bounded memory. Exact under `clean`/`skipEmpty`/`skipHidden`/`unwind`: pages advance by the stored items the
   * server scanned, not by the items returned. The items of a page are handed out without waiting; only the next
   * page is awaited. `concurrency` fetches that many pages at once, `follow` keeps reading a live run until it
   * finishes, and `position` (after any item) continues later with `resumeFrom`. Leaving the loop early cancels the
   * requests in flight.
   *
   * @example
   * ```ts
   * for await (const item of run.dataset.iterateItems<Product>({ clean: true, concurrency: 4 })) console.log(item.title);
   * ```
   */
  iterateItems<T = Record<string, unknown>>(
    params: IterateItemsParams = {},
    options: RequestOptions = {},
  ): ResumableIterator<T, ItemsPosition | undefined> {
    return new ItemIterator(
      () => this.#walk<T>(params, options, false),
      (page) => page.items,
      params.resumeFrom,
    );
  }

  /** The pages behind `iterateItems`, with their pagination, for work done a page at a time. */
  iterateItemPages<T = Record<string, unknown>>(
    params: IterateItemsParams = {},
    options: RequestOptions = {},
  ): ResumableIterator<ItemsPage<T>, ItemsPosition | undefined> {
    return new ItemIterator(
      () => this.#walk<T>(params, options, true),
      (page) => [page],
      params.resumeFrom,
    );
  }

  /**
   * Items in any format (`json`, `jsonl`, `csv`, `html`, `xlsx`, `xml`, `rss`) with any items parameter, in one
   * request, as a web `ReadableStream` (default; never buffered) or as bytes (read once, into one buffer). For ranges
   * fetched in parallel and joined in order, see `parallelDownload` of `@apify-runs/client/download`.
   *
   * @example
   * ```ts
   * const csv = await run.dataset.download('csv', { clean: true, fields: ['url', 'title'] });
   * await csv.pipeTo(Writable.toWeb(createWriteStream('items.csv')));
   * ```
   */
  download(
    format: DatasetFormat,
    params?: DownloadItemsParams & { as?: 'stream' | undefined },
    options?: RequestOptions,
  ): Promise<ReadableStream<Uint8Array>>;
  download(
    format: DatasetFormat,
    params: DownloadItemsParams & { as: 'bytes' },
    options?: RequestOptions,
  ): Promise<Uint8Array>;
  async download(
    format: DatasetFormat,
    params: DownloadItemsParams = {},
    options?: RequestOptions,
  ): Promise<ReadableStream<Uint8Array> | Uint8Array> {
    const { as, concurrency, pageSize, ...rest } = params;
    // Sent as they are, they would be query parameters the API ignores: a plain-JS caller learns where they went.
    if (concurrency !== undefined || pageSize !== undefined) {
      throw new ApifyInputError('concurrency, pageSize: use parallelDownload() of @apify-runs/client/download.');
    }
    const init = { query: { ...itemsQuery(rest), format }, parseAs: as === 'bytes' ? 'bytes' : 'stream' } as const;
    return (await this.call('get', '/dataset/items', init, options)).data;
  }

  /**
   * Appends items, split into requests whose JSON body stays within 9,437,184 bytes, sent one after another. The items
   * may also come as a JSON string (of an object or an array of objects), split just the same. An item too large for
   * any request, one that is not an object, or a string that is not JSON, throws `ApifyInputError` before anything
   * is sent.
   * Requests are only retried when the server certainly did not store them (no silent duplicates). If a request
   * fails, `DatasetPushError` says how many items were stored (`pushedCount`, a prefix of `items`) and whether the
   * failed request may have been stored (`failedMayBeStored`); its `cause` is the underlying error.
   *
   * @example
   * ```ts
   * await run.dataset.pushItems(products);
   * ```
   */
  async pushItems(items: object | readonly object[] | string, options?: RequestOptions): Promise<PushItemsResult> {
    const value = typeof items === 'string' ? parseItems(items) : items;
    const list: readonly unknown[] = Array.isArray(value) ? value : [value];
    const { sizes, valid } = measureItems(list);
    let pushedCount = 0;
    let requestCount = 0;
    // Each body is the JSON of `valid.slice(start, end)`, as many bytes as the range says.
    for (const { start, end } of jsonRanges(sizes)) {
      const init = { body: valid.slice(start, end), retry: 'unsent-only', parseAs: 'none' } as const;
      try {
        await this.call('post', '/dataset/items', init, options);
      } catch (error) {
        throw new DatasetPushError(pushedCount, end - start, mayBeStored(error), error);
      }
      pushedCount = end;
      requestCount += 1;
    }
    return { pushedCount, requestCount };
  }

  /**
   * The pages of an item iteration, and how to tell its position. With `follow`, the run is pinned by ID first (a
   * last run resolved once, or the run a resumed position names) and polled between looks for new items.
   */
  #walk<T>(params: IterateItemsParams, options: RequestOptions, byPage: boolean) {
    const { follow, prefetch = true, concurrency, resumeFrom } = params;
    // Followed, or resumed from a position that names its run: on that one run, by ID.
    const live = follow || resumeFrom?.runId ? this.live(options, params.pollIntervalMs, resumeFrom?.runId) : undefined;
    const pager = itemsPager<ItemsPage<T>>(
      params,
      async (query, signal) => this.#itemsPage<T>(query, { ...options, signal }, await live?.pin(signal)),
      follow ? (signal) => (live as LiveRun).terminal(true, signal) : undefined,
    );
    const fetch = async (window: ItemsWindow, signal: AbortSignal) => {
      const step = await pager.fetch(window, signal);
      if (window.skip) step.page.items = step.page.items.slice(window.skip);
      return step;
    };
    return {
      pages: pages(pager.start, fetch, { prefetch, concurrency, plan: pager.plan, signal: options.signal }),
      // By page, a page is handed out whole: 0 or all of its items.
      position: ({ cursor, page }: Fetched<ItemsWindow, ItemsPage<T>>, handedOut: number): ItemsPosition => {
        const returned = page.items.length;
        const position = pager.position(cursor, page.total, byPage && handedOut ? returned : handedOut, returned);
        return live?.id ? { ...position, runId: live.id } : position;
      },
    };
  }

  /** One page of items as JSON, from the addressed run or (`runId`) from a pinned one. */
  async #itemsPage<T>(query: ItemsQuery, options?: RequestOptions, runId?: string): Promise<ItemsPage<T>> {
    const init = { query: { ...query, format: 'json' as const } };
    const received = await this.call('get', '/dataset/items', init, options, runId);
    const { data, response } = received;
    if (!Array.isArray(data)) throw unusableAnswer('The items are not a JSON array', received);
    // The one place the caller's item type `T` is applied: the spec types items as any JSON object.
    return { items: data as T[], ...paginationOf(response, query) };
  }
}

/** Items given as JSON text. */
function parseItems(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ApifyInputError('The items are not valid JSON.', { cause });
  }
}

/** Whether a failed push request may have been stored anyway. */
function mayBeStored(error: unknown): boolean {
  if (error instanceof ApifyApiError) return error.status >= 500;
  if (error instanceof ApifyConnectionError) return error.mayHaveReachedServer;
  return true;
}
