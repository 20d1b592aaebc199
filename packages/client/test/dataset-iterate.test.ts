import { describe, expect, it } from 'vitest';
import type { IterateItemsParams, RunClient } from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { collect, expectedItems, filterItems } from './support/items.js';
import { LOCATORS, recordingFetch, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const COUNT = 5_000;
const ITEMS = filterItems(COUNT);
const expected = expectedItems;

const CASES: IterateItemsParams[] = [
  {},
  { clean: true },
  { skipEmpty: true },
  { skipHidden: true },
  { clean: true, desc: true },
  { skipEmpty: true, desc: true, offset: 1234, limit: 2777 },
  { clean: true, offset: 4_990 },
  { clean: true, limit: 1 },
  { clean: true, pageSize: 777 },
  { clean: true, desc: true, pageSize: 777, offset: 5 },
  { clean: true, pageSize: 50_000 },
  { skipEmpty: true, offset: 6_000 },
];

describe.each(LOCATORS)('iterateItems via %s over 5,000 items', (_, locate) => {
  let shared: { run: RunClient; calls: ReturnType<typeof recordingFetch>['calls'] } | undefined;
  /** One dataset of 5,000 items (five default pages) per locator, shared by the read-only cases. */
  async function dataset() {
    if (!shared) {
      const recorder = recordingFetch();
      const scene = storageScene(env, locate, 'iterate', { fetch: recorder.fetch });
      await scene.admin.pushItems(scene.datasetId, ITEMS);
      shared = { run: scene.run, calls: recorder.calls };
    }
    return shared;
  }

  describe.each([true, false])('prefetch %s', (prefetch) => {
    it.each(CASES)('yields every item exactly once for %o', async (options) => {
      const { run, calls } = await dataset();
      const before = calls.length;
      const got = await collect(run.dataset.iterateItems({ ...options, prefetch }));
      const want = expected(ITEMS, options);
      expect(got.length).toBe(want.length);
      expect(got).toEqual(want);
      // Pages advance by stored items scanned: exactly ceil(window / pageSize) requests, none wasted.
      const offset = options.offset ?? 0;
      const window = Math.max(0, Math.min(options.limit ?? COUNT, COUNT - offset));
      const requests = Math.max(1, Math.ceil(window / (options.pageSize ?? 1000)));
      expect(calls.length - before).toBe(requests);
    });
  });

  it('is exact under unwind (pages count stored items, not records)', async () => {
    const scene = storageScene(env, locate, 'unwind');
    const items = Array.from({ length: 3000 }, (_, i) => ({
      i,
      offers: Array.from({ length: i % 4 }, (_, o) => ({ o })),
    }));
    await scene.admin.pushItems(scene.datasetId, items);
    const got = await collect(scene.run.dataset.iterateItems({ unwind: 'offers', pageSize: 250 }));
    const want = items.flatMap(({ i, offers }) => offers.map(({ o }) => ({ i, o })));
    expect(got).toEqual(want);
  });

  it('iterateItemPages() exposes each page with its stored-window count', async () => {
    const { run } = await dataset();
    const pages = await collect(run.dataset.iterateItemPages({ clean: true, pageSize: 1250 }));
    expect(pages.map((page) => [page.offset, page.count])).toEqual([
      [0, 1250],
      [1250, 1250],
      [2500, 1250],
      [3750, 1250],
    ]);
    expect(pages.every((page) => page.items.length < page.count)).toBe(true);
  });

  it('break during a prefetch aborts the request in flight', async () => {
    // The prefetched page never answers: leaving the loop must not wait for it, only abort it.
    const recorder = recordingFetch((request, index) =>
      index === 1
        ? new Promise<Response>((_, reject) =>
            request.signal.addEventListener('abort', () => reject(request.signal.reason)),
          )
        : undefined,
    );
    const scene = storageScene(env, locate, 'break', { fetch: recorder.fetch });
    await scene.admin.generateItems(scene.datasetId, { count: 5000 });
    let seen = 0;
    for await (const _item of scene.run.dataset.iterateItems({ pageSize: 1000, prefetch: true })) {
      seen += 1;
      if (seen === 10) break;
    }
    expect(recorder.calls).toHaveLength(2); // page 1 and the prefetch of page 2
    expect(recorder.calls[1]?.signal?.aborted).toBe(true);
  });

  it('break without prefetch sends no further request', async () => {
    const recorder = recordingFetch();
    const scene = storageScene(env, locate, 'break', { fetch: recorder.fetch });
    await scene.admin.generateItems(scene.datasetId, { count: 5000 });
    for await (const item of scene.run.dataset.iterateItems<{ index: number }>({ pageSize: 1000, prefetch: false })) {
      if (item.index === 999) break;
    }
    expect(recorder.calls).toHaveLength(1);
  });

  it('an aborted signal ends the iteration with an error', async () => {
    const scene = storageScene(env, locate, 'abort');
    await scene.admin.generateItems(scene.datasetId, { count: 3000 });
    const controller = new AbortController();
    const seen: unknown[] = [];
    const run = async () => {
      for await (const item of scene.run.dataset.iterateItems({ pageSize: 1000 }, { signal: controller.signal })) {
        seen.push(item);
        if (seen.length === 1000) controller.abort();
      }
    };
    await expect(run()).rejects.toThrow();
    expect(seen.length).toBeLessThan(2000);
  });

  describe.each([true, false])('while items are pushed (prefetch %s)', (prefetch) => {
    it('oldest first follows the dataset as it grows', async () => {
      const scene = storageScene(env, locate, 'grow');
      await scene.admin.generateItems(scene.datasetId, { count: 3000, template: { n: '{index}' } });
      const got: number[] = [];
      for await (const item of scene.run.dataset.iterateItems<{ n: number }>({ pageSize: 1000, prefetch })) {
        got.push(item.n);
        if (got.length === 1)
          await scene.admin.generateItems(scene.datasetId, { count: 500, template: { n: '{index}' } });
      }
      expect(got).toEqual(Array.from({ length: 3500 }, (_, i) => i));
    });

    it('newest first covers the items present at the start, without duplicates', async () => {
      const scene = storageScene(env, locate, 'grow-desc');
      await scene.admin.generateItems(scene.datasetId, { count: 3000, template: { n: '{index}' } });
      const got: number[] = [];
      for await (const item of scene.run.dataset.iterateItems<{ n: number }>({ pageSize: 700, desc: true, prefetch })) {
        got.push(item.n);
        if (got.length % 700 === 1)
          await scene.admin.generateItems(scene.datasetId, { count: 37, template: { n: '{index}' } });
      }
      expect(got).toEqual(Array.from({ length: 3000 }, (_, i) => 2999 - i));
    });
  });
});
