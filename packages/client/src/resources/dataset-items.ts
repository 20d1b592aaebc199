import type { SharedQuery } from '../call/operations.js';
import { ApifyError, ApifyInputError, checkNumber } from '../errors.js';
import type { PageStep } from '../pagination/pages.js';
import type { ResponseLike } from '../transport/types.js';

/** Every query parameter of the items operation, as the spec types it. */
export type ItemsQuery = SharedQuery<'/dataset/items', 'get'>;

/** The items parameters the API takes as comma-separated lists. */
type ListParameter = 'fields' | 'omit' | 'unwind' | 'outputFields' | 'flatten';

/** A comma-separated list (`'url,title'`) or its entries (`['url', 'title']`). */
export type FieldList = string | readonly string[];

/** The items parameters, with the list parameters also accepted as arrays. */
export type ItemsParams = Omit<ItemsQuery, ListParameter> & { [K in ListParameter]?: FieldList | undefined };

/** Parameters that only shape non-JSON output; `listItems`/`iterateItems` always read JSON. */
type FormatOnly =
  | 'format'
  | 'attachment'
  | 'bom'
  | 'delimiter'
  | 'xmlRoot'
  | 'xmlRow'
  | 'skipHeaderRow'
  | 'feedTitle'
  | 'feedDescription';

/** Parameters of `listItems`: offset/limit/desc and the filters (`clean`, `fields`, `unwind`, ...). */
export type ListItemsParams = Omit<ItemsParams, FormatOnly> & {
  /** apify-client's `chunkSize` is `pageSize` of `iterateItems` here (`listItems` reads one page). */
  chunkSize?: never;
};

/** Parameters of `iterateItems`: those of `listItems`, where `limit` caps the stored items scanned overall. */
export type IterateItemsParams = ListItemsParams & {
  /** Stored items requested per page; default 1000. */
  pageSize?: number | undefined;
  /** Fetch the next page while the current one is consumed (two pages in memory at most); default `true`. */
  prefetch?: boolean | undefined;
};

/** The query the API gets for `params`: list parameters joined with commas (an entry holding one is refused). */
export function itemsQuery(params: ItemsParams): ItemsQuery {
  const { fields, omit, unwind, outputFields, flatten, ...rest } = params;
  return {
    ...rest,
    fields: joinList(fields, 'fields'),
    omit: joinList(omit, 'omit'),
    unwind: joinList(unwind, 'unwind'),
    outputFields: joinList(outputFields, 'outputFields'),
    flatten: joinList(flatten, 'flatten'),
  };
}

function joinList(value: FieldList | undefined, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string' || entry.includes(','))) {
    throw new ApifyInputError(`${name} must be a string or strings without commas.`);
  }
  return value.join(',');
}

/** One page of items with the pagination the server applied (from the `X-Apify-Pagination-*` headers). */
export interface ItemsPage<T> {
  /** The returned items, after `clean`/`skipEmpty`/`unwind` etc.: may be fewer or more than `count`. */
  items: T[];
  /** Stored items in the dataset when the request was served. */
  total: number;
  /** Offset applied (counted from the newest item when `desc`). */
  offset: number;
  /** Limit applied; 999999999999 when the request set none. */
  limit: number;
  /**
   * Stored items the page covered (the window the server scanned), NOT `items.length`: with `clean`, `skipEmpty`
   * or `unwind` the two differ. `offset + count` is where the next page starts.
   */
  count: number;
  /** Whether items are newest first. */
  desc: boolean;
}

const DEFAULT_PAGE_SIZE = 1000;
/** How often a newest-first page is re-read because items were pushed between two pages. */
const MAX_DRIFT_REREADS = 10;

const header = (headers: Headers, name: string): number | undefined => {
  const value = headers.get(`x-apify-pagination-${name}`);
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
};

/** The pagination of a page of items, without the items. */
export type ItemsPagination = Omit<ItemsPage<unknown>, 'items'>;

/** Reads the pagination headers; throws when the ones paging depends on are missing. */
export function paginationOf(response: ResponseLike, query: ItemsQuery): ItemsPagination {
  const total = header(response.headers, 'total');
  const count = header(response.headers, 'count');
  if (total === undefined || count === undefined) {
    throw new ApifyError('No X-Apify-Pagination-Total/-Count (CORS without Access-Control-Expose-Headers?).');
  }
  const desc = response.headers.get('x-apify-pagination-desc');
  return {
    total,
    count,
    offset: header(response.headers, 'offset') ?? query.offset ?? 0,
    limit: header(response.headers, 'limit') ?? query.limit ?? 999_999_999_999,
    desc: desc === null ? Boolean(query.desc) : desc === 'true' || desc === '1',
  };
}

/** Where an item iteration stands: stored items scanned so far and, newest first, the totals it saw. */
export interface ItemsCursor {
  scanned: number;
  /** `desc`: the total at the first page; the iteration covers exactly those items. */
  baseTotal?: number;
  /** `desc`: the newest total seen; new items shift every offset by `knownTotal - baseTotal`. */
  knownTotal?: number;
}

export type FetchItemsPage<T> = (query: ItemsQuery, signal: AbortSignal) => Promise<ItemsPage<T>>;

/**
 * The page function of `iterateItems`. It advances by the stored items each page SCANNED (never by items returned,
 * which `clean`/`skipEmpty`/`unwind` change), so nothing is skipped or repeated. Oldest first it follows the dataset
 * as it grows; newest first it covers the items present at the first page and re-reads a page whose total moved
 * (pushes shift every newest-first offset).
 */
export function itemsPager<T>(
  params: IterateItemsParams,
  fetchPage: FetchItemsPage<T>,
): (cursor: ItemsCursor, signal: AbortSignal) => Promise<PageStep<ItemsCursor, ItemsPage<T>>> {
  const { pageSize = DEFAULT_PAGE_SIZE, prefetch: _prefetch, ...rest } = params;
  const query = itemsQuery(rest);
  checkNumber(pageSize, 'pageSize', 1, true);
  const start = query.offset ?? 0;
  const cap = query.limit ?? Number.POSITIVE_INFINITY;
  const desc = Boolean(query.desc);
  return async (cursor, signal) => {
    let known = cursor.knownTotal;
    for (let attempt = 0; ; attempt++) {
      const limit = Math.min(pageSize, cap - cursor.scanned);
      const shift = desc && known !== undefined && cursor.baseTotal !== undefined ? known - cursor.baseTotal : 0;
      const offset = start + cursor.scanned + shift;
      const page = await fetchPage({ ...query, offset, limit }, signal);
      if (desc && known !== undefined && page.total !== known) {
        if (attempt >= MAX_DRIFT_REREADS) {
          throw new ApifyError('The dataset kept growing during a desc read; try again.');
        }
        known = page.total;
        continue;
      }
      // The window the server scanned is min(limit, total - offset); `count` says the same when it is accurate.
      const window = Math.max(0, Math.min(limit, page.total - offset));
      const covered = Math.max(page.count, window);
      const baseTotal = cursor.baseTotal ?? page.total;
      const scanned = cursor.scanned + covered;
      const end = desc ? baseTotal : page.total;
      const more = covered > 0 && scanned < cap && start + scanned < end;
      return {
        page,
        next: more ? { scanned, ...(desc ? { baseTotal, knownTotal: page.total } : {}) } : undefined,
      };
    }
  };
}
