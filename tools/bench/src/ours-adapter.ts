/**
 * The workloads' calls on `@apify-runs/client`, shared by its runners (`runners/ours.ts` with the default `fetch`,
 * `runners/ours-undici.ts` with `createNodeFetch`), which differ only in how they construct the client.
 */
import type { ApifyClient } from '@apify-runs/client';
import type { Adapter, Item } from './harness.js';

export function oursAdapter(client: ApifyClient, runId: string): Adapter {
  const run = client.run(runId);
  return {
    getRun: () => run.get(),
    listPage: (offset, limit) => run.dataset.listItems<Item>({ offset, limit }),
    // `concurrency`: pages in flight (W5); without it, one page at a time with the iterator's prefetch (W3).
    iterate: (pageSize, concurrency) => run.dataset.iterateItems<Item>({ pageSize, concurrency }),
    iteratePages: (pageSize) => run.dataset.iterateItemPages<Item>({ pageSize }),
    downloadJson: () => run.dataset.download('json', { as: 'bytes' }),
  };
}
