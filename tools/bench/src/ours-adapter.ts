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
    iterate(pageSize, concurrency) {
      // `concurrency` (pages in flight, W5) is the parallel-pages option that arrives with issue 13. Until the client
      // has it, `IterateItemsParams` does not declare it: a params object in a variable (no excess-property check)
      // compiles either way, and the client reads one page at a time (with its prefetch), sending `concurrency` along
      // as a query parameter that the static server ignores.
      const params = concurrency === undefined ? { pageSize } : { pageSize, concurrency };
      return run.dataset.iterateItems<Item>(params);
    },
    iteratePages: (pageSize) => run.dataset.iterateItemPages<Item>({ pageSize }),
    downloadJson: () => run.dataset.download('json', { as: 'bytes' }),
  };
}
