import type { Readable } from 'node:stream';
import type { EmptyReply, RawReply } from '../http/reply.js';
import type { DatasetState } from '../state/dataset.js';
import { collectColumns } from './columns.js';
import { FORMATS } from './formats/index.js';
import { chunked } from './formats/text.js';
import { type ItemsQuery, parseItemsQuery } from './query.js';
import { compileTransform } from './transform.js';
import { itemWindow, outputRecords } from './window.js';

/** What `X-Apify-Pagination-Limit` says when the request set no limit (apify-api-facts.md §5.2). */
export const NO_LIMIT = 999_999_999_999;

async function* withBom(body: AsyncIterable<string>): AsyncGenerator<string> {
  yield '\uFEFF';
  yield* body;
}

/**
 * What an items GET resolves before it sends anything: the request, the window of stored items and the headers.
 * Invalid parameters (an unknown view, `outputFields` without `fields`, ...) throw the 400 here, so a HEAD answers
 * exactly what the GET would.
 *
 * `X-Apify-Pagination-Count` is the number of STORED items in the window, i.e. what a client adds to `offset` to
 * get the next page. With `unwind`, `clean` or the other filters the body may hold more or fewer records than that.
 */
function resolveItems(dataset: DatasetState, query: ItemsQuery) {
  const request = parseItemsQuery(query, dataset.schema);
  const window = itemWindow(dataset.itemCount(), request.offset, request.limit, request.desc);
  const transform = compileTransform(request.transform);
  const format = FORMATS[request.format];
  const headers: Record<string, string> = {
    'X-Apify-Pagination-Offset': String(window.offset),
    'X-Apify-Pagination-Limit': String(window.limit ?? NO_LIMIT),
    'X-Apify-Pagination-Count': String(window.end - window.start),
    'X-Apify-Pagination-Total': String(window.total),
    'X-Apify-Pagination-Desc': String(window.desc),
  };
  if (request.attachment) headers['Content-Disposition'] = `attachment; filename="items.${format.extension}"`;
  return { request, window, transform, format, headers };
}

/**
 * Serves an items GET as a stream: the window of stored items is fixed up front, read lazily from the backend and
 * serialised piece by piece, so memory stays flat however many items the response holds.
 */
export async function itemsReply(
  dataset: DatasetState,
  query: ItemsQuery,
  baseUrl: string,
  signal?: AbortSignal,
): Promise<RawReply> {
  const { request, window, transform, format, headers } = resolveItems(dataset, query);
  const records = () => outputRecords(dataset.backend, window, transform);
  const columns = format.tabular ? await collectColumns(records(), signal) : [];
  const { id, name } = dataset.meta;
  const context = { request, columns, dataset: { id, name, itemsUrl: `${baseUrl}/v2/datasets/${id}/items` } };
  let body: AsyncIterable<string> | Readable = format.render(records(), context);
  if (format.text) {
    const text = chunked(body as AsyncIterable<string>);
    body = request.bom ? withBom(text) : text;
  }
  dataset.readCount += 1;
  dataset.meta.touch(false);
  return { status: 200, body, contentType: format.contentType, headers };
}

/** Serves an items HEAD: the headers `itemsReply` would send for the same query (media type included), no body. */
export function itemsHeadReply(dataset: DatasetState, query: ItemsQuery): EmptyReply {
  const { format, headers } = resolveItems(dataset, query);
  dataset.meta.touch(false);
  return { status: 200, empty: true, headers: { ...headers, 'Content-Type': format.contentType } };
}
