import { describe, expect, it } from 'vitest';
import { ApifyInputError, type ItemsPosition, type IterateItemsParams, type ResumableIterator } from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { collect, expectedItems, filterItems } from './support/items.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const COUNT = 3000;
const ITEMS = filterItems(COUNT);

/** Takes `count` values, then hands back the position as it would come back from a file: JSON. */
async function takeThenSave<T, P>(iterator: ResumableIterator<T, P>, count: number) {
  const values: T[] = [];
  while (values.length < count) {
    const step = await iterator.next();
    if (step.done) break;
    values.push(step.value);
  }
  const position = iterator.position;
  await iterator.return?.();
  // The saved position is plain JSON, and leaving the loop does not move it.
  expect(iterator.position).toEqual(position);
  return { values, position: position === undefined ? undefined : (JSON.parse(JSON.stringify(position)) as P) };
}

const ITEM_CASES: IterateItemsParams[] = [
  { pageSize: 250 },
  { pageSize: 250, clean: true, concurrency: 3 },
  { pageSize: 400, skipEmpty: true, desc: true },
  { pageSize: 300, clean: true, desc: true, offset: 40, limit: 2000, concurrency: 2 },
  { pageSize: 500, skipHidden: true, offset: 123, limit: 1500, prefetch: false },
];
/** Where to stop: before anything, inside the first page, on a page boundary, deep inside, past the end. */
const STOPS = [0, 1, 137, 250, 1111, 2999, 5000];

describe.each(LOCATORS)('resumable positions via %s', (_, locate) => {
  let run: ReturnType<typeof storageScene>['run'] | undefined;
  async function items() {
    if (!run) {
      const scene = storageScene(env, locate, 'positions');
      await scene.admin.pushItems(scene.datasetId, ITEMS);
      run = scene.run;
    }
    return run;
  }

  describe.each(ITEM_CASES)('iterateItems(%o)', (params) => {
    it.each(STOPS)('stopped after %i items and resumed, yields every item exactly once', async (stop) => {
      const dataset = (await items()).dataset;
      const first = await takeThenSave(dataset.iterateItems(params), stop);
      const rest = await collect(dataset.iterateItems({ ...params, resumeFrom: first.position }));
      expect([...first.values, ...rest]).toEqual(expectedItems(ITEMS, params));
    });
  });

  it('iterateItemPages() positions fall between pages, and resume there', async () => {
    const dataset = (await items()).dataset;
    const params = { clean: true, pageSize: 700, concurrency: 2 };
    const first = await takeThenSave(dataset.iterateItemPages(params), 2);
    expect(first.position).toEqual({ kind: 'items', at: 1400 });
    const rest = await collect(dataset.iterateItemPages({ ...params, resumeFrom: first.position }));
    expect(rest.map((page) => page.offset)).toEqual([1400, 2100, 2800]);
    expect([...first.values, ...rest].flatMap((page) => page.items)).toEqual(expectedItems(ITEMS, params));
  });

  it('a position inside a page continues with the rest of that page under unwind', async () => {
    const scene = storageScene(env, locate, 'positions-unwind');
    const stored = Array.from({ length: 900 }, (_, i) => ({
      i,
      offers: Array.from({ length: i % 4 }, (_, o) => ({ o })),
    }));
    await scene.admin.pushItems(scene.datasetId, stored);
    const want = stored.flatMap(({ i, offers }) => offers.map(({ o }) => ({ i, o })));
    const params = { unwind: 'offers', pageSize: 100, concurrency: 3 };
    for (const stop of [1, 149, 150, 151, 1000]) {
      const first = await takeThenSave(scene.run.dataset.iterateItems(params), stop);
      const rest = await collect(scene.run.dataset.iterateItems({ ...params, resumeFrom: first.position }));
      expect([...first.values, ...rest]).toEqual(want);
    }
  });

  it('oldest first, the position at the end reads what was pushed since (incremental reads)', async () => {
    const scene = storageScene(env, locate, 'positions-incremental');
    await scene.admin.generateItems(scene.datasetId, { count: 1200, template: { n: '{index}' } });
    const first = await takeThenSave(scene.run.dataset.iterateItems<{ n: number }>({ pageSize: 500 }), 10_000);
    expect(first.position).toEqual({ kind: 'items', at: 1200 });
    await scene.admin.generateItems(scene.datasetId, { count: 300, template: { n: '{index}' } });
    const next = await collect(
      scene.run.dataset.iterateItems<{ n: number }>({ pageSize: 500, resumeFrom: first.position }),
    );
    expect(next.map((item) => item.n)).toEqual(Array.from({ length: 300 }, (_, i) => 1200 + i));
  });

  it('newest first, a resumed iteration still covers only the items present at its start', async () => {
    const scene = storageScene(env, locate, 'positions-desc');
    await scene.admin.generateItems(scene.datasetId, { count: 2000, template: { n: '{index}' } });
    const params = { desc: true, pageSize: 300 } as const;
    const first = await takeThenSave(scene.run.dataset.iterateItems<{ n: number }>(params), 777);
    await scene.admin.generateItems(scene.datasetId, { count: 123, template: { n: '{index}' } });
    const rest = await collect(
      scene.run.dataset.iterateItems<{ n: number }>({ ...params, resumeFrom: first.position }),
    );
    expect([...first.values, ...rest].map((item) => item.n)).toEqual(Array.from({ length: 2000 }, (_, i) => 1999 - i));
  });

  it('iterateKeys() resumes after the last key handed out, counting limit over both parts', async () => {
    const scene = storageScene(env, locate, 'positions-keys');
    const keys = Array.from({ length: 1300 }, (_, i) => `k-${String(i).padStart(5, '0')}`);
    for (const key of keys)
      await scene.admin.setRecord(scene.keyValueStoreId, key, { value: 'v', contentType: 'text/plain' });
    for (const stop of [0, 1, 400, 401, 1299, 1300]) {
      const params = { pageSize: 400, limit: 1250 };
      const first = await takeThenSave(scene.run.keyValueStore.iterateKeys(params), stop);
      const rest = await collect(scene.run.keyValueStore.iterateKeys({ ...params, resumeFrom: first.position }));
      expect([...first.values, ...rest].map((item) => item.key)).toEqual(keys.slice(0, 1250));
    }
  });

  it('iterateRequests() resumes inside a page and after the last one', async () => {
    const scene = storageScene(env, locate, 'positions-requests');
    const queue = scene.run.requestQueue;
    await queue.batchAddRequests(Array.from({ length: 230 }, (_, i) => ({ url: `https://example.com/${i}` })));
    const all = (await collect(queue.iterateRequests({ pageSize: 50 }))).map((request) => request.id);
    expect(all).toHaveLength(230);
    for (const stop of [0, 1, 50, 51, 229, 230]) {
      const first = await takeThenSave(queue.iterateRequests({ pageSize: 50 }), stop);
      const rest = await collect(queue.iterateRequests({ pageSize: 50, resumeFrom: first.position }));
      expect([...first.values, ...rest].map((request) => request.id)).toEqual(all);
    }
    // From the position after the last request there is nothing more.
    const done = await takeThenSave(queue.iterateRequests({ pageSize: 50 }), 1000);
    expect(await collect(queue.iterateRequests({ pageSize: 50, resumeFrom: done.position }))).toEqual([]);
  });

  it('refuses a position of another kind, or a damaged one, with ApifyInputError', async () => {
    const { dataset, keyValueStore, requestQueue } = await items();
    const bad: unknown[] = [
      { kind: 'keys', seen: 0 },
      { kind: 'items' },
      { kind: 'items', at: -1 },
      { kind: 'items', at: 1.5 },
      { kind: 'items', at: 0, runId: 7 },
      'items:0',
    ];
    for (const position of bad) {
      await expect(collect(dataset.iterateItems({ resumeFrom: position as ItemsPosition }))).rejects.toBeInstanceOf(
        ApifyInputError,
      );
    }
    await expect(
      collect(keyValueStore.iterateKeys({ resumeFrom: { kind: 'items', at: 0 } as never })),
    ).rejects.toBeInstanceOf(ApifyInputError);
    await expect(
      collect(requestQueue.iterateRequests({ resumeFrom: { kind: 'requests', skip: 'x' } as never })),
    ).rejects.toBeInstanceOf(ApifyInputError);
  });
});
