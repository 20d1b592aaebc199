import { request } from '../call/request.js';
import type { ClientCore } from '../core.js';
import type { RunLocator } from '../locator.js';
import { pages } from '../pagination/pages.js';
import type { RequestOptions } from '../transport/types.js';
import type { DatasetClient, DownloadItemsParams } from './dataset.js';
import { type ItemsQuery, itemsPager, paginationOf } from './dataset-items.js';
import { type Range, rangeJoiner } from './dataset-ranges.js';

/** The formats whose ranges join into one valid document. */
export type RangedFormat = 'json' | 'jsonl' | 'csv';

/** Parameters of `parallelDownload`: those of `download`, and how the ranges are read. */
export type ParallelDownloadParams = Omit<DownloadItemsParams, 'concurrency' | 'pageSize'> & {
  /** Ranges requested at once; default 4. Memory holds at most this many ranges. */
  concurrency?: number | undefined;
  /** Stored items per range; default 1000. */
  pageSize?: number | undefined;
};

/**
 * Items of a run's dataset in `json`, `jsonl` or `csv`, fetched as ranges of `pageSize` stored items, `concurrency`
 * at once, and joined in order into the document one `dataset.download(format, params)` request gives (any items
 * parameter, oldest or newest first): a web `ReadableStream` (default) or bytes. Cancelling the stream aborts the
 * ranges in flight. Another format throws `ApifyInputError`, csv ranges whose columns differ `ApifyError`.
 *
 * @example
 * ```ts
 * import { parallelDownload } from '@apify-runs/client/download';
 * const jsonl = await parallelDownload(run.dataset, 'jsonl', { concurrency: 4, pageSize: 10_000 });
 * ```
 */
export function parallelDownload(
  dataset: DatasetClient,
  format: RangedFormat,
  params?: ParallelDownloadParams & { as?: 'stream' | undefined },
  options?: RequestOptions,
): Promise<ReadableStream<Uint8Array>>;
export function parallelDownload(
  dataset: DatasetClient,
  format: RangedFormat,
  params: ParallelDownloadParams & { as: 'bytes' },
  options?: RequestOptions,
): Promise<Uint8Array>;
export async function parallelDownload(
  dataset: DatasetClient,
  format: RangedFormat,
  params: ParallelDownloadParams = {},
  options: RequestOptions = {},
): Promise<ReadableStream<Uint8Array> | Uint8Array> {
  // The core and locator are `protected` on every resource (no part of its public API), as `/urls` reads them too.
  const { core, locator } = dataset as unknown as { core: ClientCore; locator: RunLocator };
  const { as, concurrency = 4, pageSize, bom = format === 'csv', skipHeaderRow, ...filters } = params;
  const join = rangeJoiner(format, bom, !skipHeaderRow);
  const pager = itemsPager({ ...filters, concurrency, pageSize }, async (query: ItemsQuery, signal): Promise<Range> => {
    const init = { query: { ...query, format, bom: false, skipHeaderRow: false }, parseAs: 'bytes' } as const;
    const { data, response } = await request(core, locator, 'get', '/dataset/items', init, { ...options, signal });
    return { bytes: data as Uint8Array, total: paginationOf(response, query).total };
  });
  const source = pages(pager.start, pager.fetch, { concurrency, plan: pager.plan, signal: options.signal });
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(join.open),
    async pull(controller) {
      const step = await source.next();
      if (step.done) {
        controller.enqueue(join.close);
        controller.close();
      } else for (const chunk of join.add(step.value.page.bytes)) controller.enqueue(chunk);
    },
    cancel: () => source.return(undefined).then(() => {}),
  });
  return as === 'bytes' ? new Uint8Array(await new Response(stream).arrayBuffer()) : stream;
}
