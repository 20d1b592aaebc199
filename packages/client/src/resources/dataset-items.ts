import type { SharedQuery } from '../call/operations.js';
import { ApifyError, ApifyInputError, checkNumber } from '../errors.js';
import { checkPosition } from '../pagination/position.js';
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

/** Parameters of `iterateItems` and `iterateItemPages`: those of `listItems`, where `limit` caps the stored items scanned. */
export type IterateItemsParams = ListItemsParams & Iteration;

/** How an iteration reads its pages. */
interface Iteration {
  /** Stored items requested per page; default 1000. */
  pageSize?: number | undefined;
  /** Request the next pages while the current one is consumed; default `true`. */
  prefetch?: boolean | undefined;
  /**
   * Pages requested at once (default 1). Once the first page has told the total, the next `concurrency` windows of
   * stored items are fetched in parallel and handed out in order; at most `concurrency` pages are held besides the
   * one being consumed.
   */
  concurrency?: number | undefined;
  /**
   * Keep reading while the run is live: once the items pushed so far are read, wait for more, and end only when the
   * run has reached a terminal status and its last item is read. A last run is pinned by ID first. Oldest first only.
   */
  follow?: boolean | undefined;
  /** With `follow`: how long to wait between two looks for new items, in ms; default 1000. */
  pollIntervalMs?: number | undefined;
  /** A `position` of an earlier `iterateItems`/`iterateItemPages` with the same filters: continue right after it. */
  resumeFrom?: ItemsPosition | undefined;
}

const LIST_PARAMETERS: readonly ListParameter[] = ['fields', 'omit', 'unwind', 'outputFields', 'flatten'];

/** The query the API gets for `params`: list parameters joined with commas (an entry holding one is refused). */
export function itemsQuery(params: ItemsParams): ItemsQuery {
  const query: ItemsQuery = { ...params } as ItemsQuery;
  for (const name of LIST_PARAMETERS) query[name] = joinList(params[name], name);
  return query;
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
/** How often a newest-first page is re-read because items were pushed while it was requested. */
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

/**
 * Where an item iteration stands, in absolute indexes of stored items (0 = the oldest), which pushes never move.
 * Plain JSON: store it as it is.
 */
export interface ItemsPosition {
  kind: 'items';
  /** Oldest first: the index of the next stored item to read. Newest first: the index after it. */
  at: number;
  /** Oldest first: the index the iteration stops before (absent: the end of the dataset). Newest first: the lowest index it reads. */
  end?: number;
  /** Newest first. */
  desc?: true;
  /** Newest first: the total last seen (the offsets sent count from the newest item). */
  total?: number;
  /** When the iteration stopped inside a page: the page's stored items from `at`, and how many values of it were handed out. */
  size?: number;
  skip?: number;
  /** The run a followed last run was pinned to. */
  runId?: string;
}

/** A window of stored items: oldest first `[at, at + size)`, newest first `[at - size, at)`; `skip`: values to drop. */
export interface ItemsWindow {
  at: number;
  size: number;
  skip?: number | undefined;
}

/**
 * How `iterateItems` reads a dataset: windows of `pageSize` stored items at absolute indexes, advanced by the stored
 * items each window COVERED (never by the values returned, which `clean`/`skipEmpty`/`unwind` change), so nothing is
 * skipped or repeated whatever the server drops inside a page.
 *
 * - Oldest first, windows are `[offset + k·pageSize, …)`: once a page has told the total, every window up to it is
 *   known in advance (`plan`), so `concurrency` of them can be in flight. It follows the dataset as it grows: a page
 *   reporting a larger total extends the plan. With `follow`, a window at the end waits for new items until the run
 *   is terminal.
 * - Newest first, the offsets sent count from the newest item, so they move when items are pushed: each window is
 *   sent as `offset = total - at` with the newest total known, and re-read when the page reports another total. The
 *   iteration covers the items present at its first page.
 */
export function itemsPager<P extends { total: number }>(
  params: Omit<ItemsParams, 'format'> & Iteration,
  fetchPage: (query: ItemsQuery, signal: AbortSignal) => Promise<P>,
  waitForMore?: (signal: AbortSignal) => Promise<boolean>,
) {
  const {
    pageSize = DEFAULT_PAGE_SIZE,
    concurrency = 1,
    prefetch: _prefetch,
    follow: _follow,
    pollIntervalMs: _poll,
    resumeFrom,
    ...rest
  } = params;
  const query = itemsQuery(rest);
  checkNumber(pageSize, 'pageSize', 1, true);
  checkNumber(concurrency, 'concurrency', 1, true);
  const resume = resumeFrom && checkPosition(resumeFrom, 'items', ['at', 'end', 'total', 'size', 'skip'], ['runId']);
  const desc = resume ? Boolean(resume.desc) : Boolean(query.desc);
  if (desc && waitForMore) throw new ApifyInputError('follow reads oldest first: no desc.');
  const offset = query.offset ?? 0;
  const cap = query.limit ?? Number.POSITIVE_INFINITY;
  // Oldest first: the index to stop before (undefined: none). Newest first: the lowest index, known after one page.
  let end = resume ? resume.end : desc || cap === Number.POSITIVE_INFINITY ? undefined : offset + cap;
  let known = resume?.total;
  let finished = false;
  const room = (at: number) => (desc ? at - (end ?? 0) : (end ?? Number.POSITIVE_INFINITY) - at);
  const window = (at: number): ItemsWindow | undefined => {
    const size = Math.min(pageSize, room(at));
    return size > 0 ? { at, size } : undefined;
  };
  /** The index after a window, given the total its page reported. */
  const after = (w: ItemsWindow, total: number) =>
    desc ? Math.max(end ?? 0, w.at - w.size) : Math.max(w.at, Math.min(w.at + w.size, total));
  /** The window after `w` once its page has come back. */
  const next = (w: ItemsWindow, total: number) => {
    const at = after(w, total);
    return !desc && at >= total && (!waitForMore || finished) ? undefined : window(at);
  };
  const start: ItemsWindow | undefined = resume
    ? resume.size
      ? { at: resume.at, size: resume.size, skip: resume.skip }
      : window(resume.at)
    : { at: desc ? -1 : offset, size: Math.min(pageSize, cap) };

  return {
    start,
    concurrency,
    /** The window after `w` before its page arrives, when the total already known covers it. */
    plan(w: ItemsWindow): ItemsWindow | undefined {
      if (desc) return w.at < 0 ? undefined : window(after(w, 0));
      return known !== undefined && w.at + w.size < known ? window(w.at + w.size) : undefined;
    },
    async fetch(w: ItemsWindow, signal: AbortSignal) {
      for (let rereads = 0; ; ) {
        const total = known;
        const at = desc ? (w.at < 0 ? offset : Math.max(0, (total ?? 0) - w.at)) : w.at;
        const page = await fetchPage({ ...query, desc: desc || undefined, offset: at, limit: w.size }, signal);
        known = Math.max(known ?? 0, page.total);
        if (desc && w.at < 0) {
          // The first newest-first page: its window in absolute indexes, now that the total is known.
          w.at = Math.max(0, page.total - offset);
          end = Math.max(0, w.at - cap);
        } else if (desc && page.total !== total) {
          if (++rereads > MAX_DRIFT_REREADS) {
            throw new ApifyError('The dataset kept growing during a newest-first read; try again.');
          }
          continue;
        } else if (waitForMore && !finished && page.total <= w.at) {
          finished = await waitForMore(signal);
          continue;
        }
        return { page, next: next(w, page.total) };
      }
    },
    /** Where the iteration stands after `handedOut` of the `returned` values of the page read at `w`. */
    position(w: ItemsWindow, total: number, handedOut: number, returned: number): ItemsPosition {
      return {
        kind: 'items',
        ...(handedOut < returned
          ? { at: w.at, size: w.size, skip: (w.skip ?? 0) + handedOut }
          : { at: after(w, total) }),
        ...(desc && { desc: true, total: known }),
        ...(end !== undefined && { end }),
      };
    },
  };
}
