import { describe, expect, it } from 'vitest';
import { ApifyInputError, ApifyUserAbortError, type IterateItemsParams, type RunClient } from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { collect, expectedItems, filterItems, turns, until } from './support/items.js';
import { LOCATORS, recordingFetch, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const COUNT = 12_000;
const ITEMS = filterItems(COUNT);

/** Never answers; rejects when the request is aborted. */
const hang = (request: Request) =>
  new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));

const CASES: IterateItemsParams[] = [
  { concurrency: 4 },
  { concurrency: 4, clean: true },
  { concurrency: 3, skipEmpty: true, pageSize: 777 },
  { concurrency: 2, skipHidden: true, offset: 1234, limit: 7777 },
  { concurrency: 4, clean: true, desc: true, pageSize: 999 },
  { concurrency: 5, skipEmpty: true, desc: true, offset: 17, limit: 5000, pageSize: 600 },
  { concurrency: 4, clean: true, offset: 11_990 },
  { concurrency: 8, clean: true, pageSize: 50_000 },
  { concurrency: 4, clean: true, prefetch: false, pageSize: 1500 },
];

describe.each(LOCATORS)('iterateItems({ concurrency }) via %s', (_, locate) => {
  let shared: { run: RunClient; recorder: ReturnType<typeof recordingFetch> } | undefined;
  async function dataset() {
    if (!shared) {
      const recorder = recordingFetch();
      const scene = storageScene(env, locate, 'parallel', { fetch: recorder.fetch });
      await scene.admin.pushItems(scene.datasetId, ITEMS);
      shared = { run: scene.run, recorder };
    }
    return shared;
  }

  it.each(CASES)('hands out every item once, in order, for %o', async (options) => {
    const { run, recorder } = await dataset();
    const before = recorder.calls.length;
    recorder.stats.maxInFlight = 0;
    const got = await collect(run.dataset.iterateItems(options));
    expect(got).toEqual(expectedItems(ITEMS, options));
    // Windows of stored items, planned once the total is known: one request each, none wasted or repeated.
    const offset = options.offset ?? 0;
    const window = Math.max(0, Math.min(options.limit ?? COUNT, COUNT - offset));
    const requests = Math.max(1, Math.ceil(window / (options.pageSize ?? 1000)));
    const sent = recorder.calls.slice(before);
    expect(sent).toHaveLength(requests);
    expect(new Set(sent.map((call) => call.query.get('offset'))).size).toBe(requests);
    // The requests really overlap, never more than `concurrency` at once.
    expect(recorder.stats.maxInFlight).toBe(Math.min(options.concurrency ?? 1, Math.max(1, requests - 1)));
  });

  it('iterateItemPages() hands out the stored windows in order', async () => {
    const { run } = await dataset();
    const pages = await collect(run.dataset.iterateItemPages({ clean: true, pageSize: 2500, concurrency: 3 }));
    expect(pages.map((page) => [page.offset, page.count])).toEqual([
      [0, 2500],
      [2500, 2500],
      [5000, 2500],
      [7500, 2500],
      [10_000, 2000],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(expectedItems(ITEMS, { clean: true }));
  });

  it('holds at most `concurrency` pages besides the one being consumed', async () => {
    const { run, recorder } = await dataset();
    const before = recorder.calls.length;
    const answered = recorder.stats.answered;
    const items = run.dataset.iterateItems({ pageSize: 500, concurrency: 3 });
    await items.next();
    // The first page, then three windows ahead; once they have arrived nothing more is requested.
    await until(() => recorder.stats.answered - answered === 4);
    await turns(20);
    expect(recorder.calls.length - before).toBe(4);
    // The rest of the first page comes from memory; taking the second page asks for one more window.
    for (let i = 1; i < 500; i++) await items.next();
    expect(recorder.calls.length - before).toBe(4);
    await items.next();
    expect(recorder.calls.length - before).toBe(5);
    await items.return?.();
  });

  it('leaving the loop early aborts every request in flight, without waiting for them', async () => {
    const recorder = recordingFetch((request, index) => (index === 0 ? undefined : hang(request)));
    const scene = storageScene(env, locate, 'parallel-break', { fetch: recorder.fetch });
    await scene.admin.generateItems(scene.datasetId, { count: 5000 });
    let seen = 0;
    for await (const _item of scene.run.dataset.iterateItems({ pageSize: 1000, concurrency: 4 })) {
      if (++seen === 10) break;
    }
    expect(recorder.calls).toHaveLength(5);
    expect(recorder.calls.slice(1).every((call) => call.signal?.aborted)).toBe(true);
  });

  it('an aborted signal ends the iteration with ApifyUserAbortError and aborts every request', async () => {
    const recorder = recordingFetch((request, index) => (index === 0 ? undefined : hang(request)));
    const scene = storageScene(env, locate, 'parallel-abort', { fetch: recorder.fetch });
    await scene.admin.generateItems(scene.datasetId, { count: 5000 });
    const controller = new AbortController();
    const iterate = async () => {
      for await (const _item of scene.run.dataset.iterateItems(
        { pageSize: 1000, concurrency: 3 },
        { signal: controller.signal },
      )) {
        await until(() => recorder.calls.length === 4);
        controller.abort();
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(ApifyUserAbortError);
    expect(recorder.calls.slice(1).every((call) => call.signal?.aborted)).toBe(true);
  });

  describe.each([false, true])('while items are pushed (desc %s)', (desc) => {
    it('covers what it should, exactly once', async () => {
      const scene = storageScene(env, locate, 'parallel-grow');
      await scene.admin.generateItems(scene.datasetId, { count: 3000, template: { n: '{index}' } });
      const got: number[] = [];
      const iteration = scene.run.dataset.iterateItems<{ n: number }>({ pageSize: 400, concurrency: 4, desc });
      for await (const item of iteration) {
        got.push(item.n);
        if (got.length % 400 === 1) {
          await scene.admin.generateItems(scene.datasetId, { count: 37, template: { n: '{index}' } });
        }
      }
      // Oldest first follows the growth to its end; newest first covers the items present at the first page.
      const want = desc
        ? Array.from({ length: 3000 }, (_, i) => 2999 - i)
        : Array.from({ length: got.length }, (_, i) => i);
      expect(got).toEqual(want);
      if (!desc) expect(got.length).toBeGreaterThan(3000);
    });
  });

  it.each([0, 1.5, -1])('rejects concurrency %s with ApifyInputError', async (concurrency) => {
    const { run } = await dataset();
    await expect(collect(run.dataset.iterateItems({ concurrency }))).rejects.toBeInstanceOf(ApifyInputError);
  });
});
