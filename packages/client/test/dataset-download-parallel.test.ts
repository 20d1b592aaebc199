import { describe, expect, it } from 'vitest';
import { parallelDownload, type RangedFormat } from '../src/download.js';
import { ApifyError, ApifyInputError, type DownloadItemsParams, type RunClient } from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { filterItems, until } from './support/items.js';
import { LOCATORS, recordingFetch, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const COUNT = 5000;
/** Products with every shape the filters care about (empty, hidden fields) but one set of columns once cleaned. */
const ITEMS = filterItems(COUNT).map((item, i) =>
  Object.keys(item).length === 0 ? item : { ...item, i, title: `t,${i}` },
);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const hang = (request: Request) =>
  new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));

const CASES: [RangedFormat, DownloadItemsParams][] = [
  ['jsonl', { clean: true }],
  ['jsonl', { skipEmpty: true, desc: true, offset: 10, limit: 3333 }],
  ['json', { clean: true }],
  ['json', { clean: true, desc: true, limit: 2100 }],
  ['json', { skipEmpty: true, offset: 4990 }],
  ['csv', { clean: true }],
  ['csv', { clean: true, bom: false, delimiter: ';' }],
  ['csv', { clean: true, skipHeaderRow: true, desc: true }],
  ['json', { clean: true, bom: true }],
];

describe.each(LOCATORS)('parallelDownload(dataset, format, { concurrency }) via %s', (_, locate) => {
  let shared: { run: RunClient; recorder: ReturnType<typeof recordingFetch> } | undefined;
  async function dataset() {
    if (!shared) {
      const recorder = recordingFetch();
      const scene = storageScene(env, locate, 'ranges', { fetch: recorder.fetch });
      await scene.admin.pushItems(scene.datasetId, ITEMS);
      shared = { run: scene.run, recorder };
    }
    return shared;
  }

  it.each(CASES)('%s %o: the ranges join into the document one request gives', async (format, params) => {
    const { run, recorder } = await dataset();
    const whole = await run.dataset.download(format, { ...params, as: 'bytes' });
    const before = recorder.calls.length;
    recorder.stats.maxInFlight = 0;
    const joined = await parallelDownload(run.dataset, format, {
      ...params,
      concurrency: 3,
      pageSize: 700,
      as: 'bytes',
    });
    if (format === 'json') {
      // The same values; a BOM only where asked for, once.
      expect(joined[0] === 0xef).toBe(Boolean(params.bom));
      expect(JSON.parse(text(joined).replace(/^\ufeff/, ''))).toEqual(JSON.parse(text(whole).replace(/^\ufeff/, '')));
    } else {
      expect(text(joined)).toBe(text(whole));
    }
    const offset = params.offset ?? 0;
    const window = Math.max(0, Math.min(params.limit ?? COUNT, COUNT - offset));
    const ranges = Math.max(1, Math.ceil(window / 700));
    expect(recorder.calls.length - before).toBe(ranges);
    // The first range tells the total; then up to three are in flight at once.
    expect(recorder.stats.maxInFlight).toBe(Math.min(3, Math.max(1, ranges - 1)));
  });

  it('streams the joined document, and a cancelled stream aborts the ranges in flight', async () => {
    const recorder = recordingFetch((request, index) => (index < 2 ? undefined : hang(request)));
    const scene = storageScene(env, locate, 'ranges-cancel', { fetch: recorder.fetch });
    await scene.admin.pushItems(scene.datasetId, ITEMS);
    const stream = await parallelDownload(scene.run.dataset, 'jsonl', { concurrency: 3, pageSize: 1000 });
    const reader = stream.getReader();
    let received = '';
    while (received.split('\n').length <= 1000) received += text((await reader.read()).value ?? new Uint8Array());
    expect(JSON.parse(received.split('\n')[0] ?? '')).toEqual(ITEMS[0]);
    await until(() => recorder.calls.length === 4);
    await reader.cancel();
    expect(recorder.calls.slice(2).every((call) => call.signal?.aborted)).toBe(true);
  });

  it('csv ranges with other columns fail the download instead of joining mismatched rows', async () => {
    const scene = storageScene(env, locate, 'ranges-columns');
    await scene.admin.pushItems(scene.datasetId, [
      ...Array.from({ length: 10 }, (_, i) => ({ a: i })),
      ...Array.from({ length: 10 }, (_, i) => ({ b: i })),
    ]);
    const download = parallelDownload(scene.run.dataset, 'csv', { concurrency: 2, pageSize: 10, as: 'bytes' });
    await expect(download).rejects.toBeInstanceOf(ApifyError);
    await expect(download).rejects.toThrow(/different columns/);
  });

  it.each(['xlsx', 'html', 'xml', 'rss'] as const)(
    'refuses %s in parallel ranges with ApifyInputError',
    async (format) => {
      const { run } = await dataset();
      // @ts-expect-error only json, jsonl and csv ranges join into one document
      const refused = parallelDownload(run.dataset, format, { concurrency: 2 });
      await expect(refused).rejects.toBeInstanceOf(ApifyInputError);
      await expect(refused).rejects.toThrow(/only json, jsonl and csv/);
    },
  );

  it('download itself reads one request: concurrency or pageSize from plain JS is refused before anything is sent', async () => {
    const { run, recorder } = await dataset();
    const before = recorder.calls.length;
    for (const params of [{ concurrency: 2 }, { pageSize: 10 }]) {
      // A plain-JS caller: the types refuse these parameters.
      const refused = run.dataset.download('jsonl', params as object);
      await expect(refused).rejects.toBeInstanceOf(ApifyInputError);
      await expect(refused).rejects.toThrow(/parallelDownload\(\) of @apify-runs\/client\/download/);
    }
    expect(recorder.calls.length).toBe(before);
  });
});
