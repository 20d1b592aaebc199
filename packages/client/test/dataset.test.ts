import { describe, expect, it } from 'vitest';
import {
  ApifyInputError,
  type DatasetFormat,
  DatasetPushError,
  MAX_PUSH_BODY_BYTES,
  NotFoundError,
} from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { LOCATORS, recordingFetch, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe.each(LOCATORS)('DatasetClient via %s', (_, locate) => {
  const scene = (options = {}) => storageScene(env, locate, 'dataset', options);

  it('get(), update() and statistics() read and change the metadata', async () => {
    const { run, admin, datasetId } = scene();
    await admin.pushItems(datasetId, [{ a: 1 }, { a: 2 }]);
    const dataset = await run.dataset.get();
    expect(dataset.id).toBe(datasetId);
    expect(dataset.itemCount).toBe(2);
    const updated = await run.dataset.update({ name: `renamed-${datasetId}`, generalAccess: 'RESTRICTED' });
    expect(updated.name).toBe(`renamed-${datasetId}`);
    expect(updated.generalAccess).toBe('RESTRICTED');
    const stats = await run.dataset.statistics();
    expect(stats).toHaveProperty('fieldStatistics');
  });

  it('delete() removes the dataset; get() then throws NotFoundError (never undefined)', async () => {
    const { run } = scene();
    await run.dataset.delete();
    const error = await run.dataset.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).type).toBe('record-not-found');
  });

  it('get() of a missing run throws NotFoundError', async () => {
    const { client } = scene();
    await expect(client.run('NoSuchRun00000001').dataset.get()).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.lastRun('demo/no-such-actor').dataset.get()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('listItems() returns the page and the pagination headers', async () => {
    const { run, admin, datasetId } = scene();
    await admin.generateItems(datasetId, { count: 50, template: { i: '{index}' } });
    const page = await run.dataset.listItems<{ i: number }>({ offset: 10, limit: 5 });
    expect(page).toEqual({
      items: [10, 11, 12, 13, 14].map((i) => ({ i })),
      total: 50,
      offset: 10,
      limit: 5,
      count: 5,
      desc: false,
    });
    const newest = await run.dataset.listItems<{ i: number }>({ limit: 3, desc: true });
    expect(newest.items.map((item) => item.i)).toEqual([49, 48, 47]);
    expect(newest.desc).toBe(true);
    const all = await run.dataset.listItems();
    expect(all.items).toHaveLength(50);
    expect(all.limit).toBe(999_999_999_999);
  });

  it('itemsPagination() reads the figures listItems would get from a HEAD, downloading no item', async () => {
    const recorder = recordingFetch();
    const { run, admin, datasetId } = scene({ fetch: recorder.fetch });
    await admin.pushItems(datasetId, [{ a: 1 }, {}, { b: 2 }, { c: 3 }, { d: 4 }]);
    for (const params of [{}, { offset: 1, limit: 2, clean: true }, { desc: true, limit: 3 }] as const) {
      const { items, ...figures } = await run.dataset.listItems(params);
      const before = recorder.calls.length;
      expect(await run.dataset.itemsPagination(params)).toEqual(figures);
      expect(recorder.calls.slice(before).map((call) => call.method)).toEqual(['HEAD']);
      expect(items.length).toBeGreaterThan(0);
    }
    expect(await run.dataset.itemsPagination()).toMatchObject({ total: 5, count: 5, offset: 0 });
    await run.dataset.delete();
    await expect(run.dataset.itemsPagination()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('listItems() count is the stored window, items.length what survived clean', async () => {
    const { run, admin, datasetId } = scene();
    await admin.pushItems(datasetId, [{ a: 1, '#h': 1 }, {}, { '#only': 'hidden' }, { b: 2 }]);
    const page = await run.dataset.listItems({ clean: true, limit: 3 });
    expect(page.items).toEqual([{ a: 1 }]);
    expect(page.count).toBe(3);
    expect(page.total).toBe(4);
  });

  it('listItems() passes the transformation parameters', async () => {
    const { run, admin, datasetId } = scene();
    await admin.pushItems(datasetId, [{ url: 'u', seller: { name: 'Acme' }, offers: [{ p: 1 }, { p: 2 }], html: 'x' }]);
    const unwound = await run.dataset.listItems({ unwind: 'offers', omit: 'html', flatten: 'seller' });
    expect(unwound.items).toEqual([
      { url: 'u', 'seller.name': 'Acme', p: 1 },
      { url: 'u', 'seller.name': 'Acme', p: 2 },
    ]);
    expect(unwound.count).toBe(1);
    const renamed = await run.dataset.listItems({ fields: 'url,html', outputFields: 'link,body' });
    expect(renamed.items).toEqual([{ link: 'u', body: 'x' }]);
  });

  const FORMATS: [DatasetFormat, (body: string) => void][] = [
    [
      'json',
      (body) =>
        expect(JSON.parse(body)).toEqual([
          { n: 1, s: 'a' },
          { n: 2, s: 'b' },
        ]),
    ],
    [
      'jsonl',
      (body) =>
        expect(
          body
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line)),
        ).toHaveLength(2),
    ],
    [
      'csv',
      (body) =>
        expect(
          body
            .replace(/^\uFEFF/, '')
            .trim()
            .split(/\r?\n/),
        ).toEqual(['n,s', '1,a', '2,b']),
    ],
    ['html', (body) => expect(body).toMatch(/<table[\s\S]*<td>2<\/td>/)],
    ['xml', (body) => expect(body).toMatch(/<items>[\s\S]*<item>[\s\S]*<s>b<\/s>/)],
    ['rss', (body) => expect(body).toMatch(/<rss[\s\S]*<item>/)],
    ['xlsx', () => {}],
  ];

  it.each(FORMATS)('download(%s) streams and buffers the same bytes', async (format, check) => {
    const { run, admin, datasetId } = scene();
    await admin.pushItems(datasetId, [
      { n: 1, s: 'a', '#h': 0 },
      { n: 2, s: 'b', '#h': 0 },
    ]);
    const stream = await run.dataset.download(format, { skipHidden: true });
    expect(stream).toBeInstanceOf(ReadableStream);
    const streamed = await readAll(stream);
    const bytes = await run.dataset.download(format, { skipHidden: true, as: 'bytes' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    if (format === 'xlsx') {
      expect(text(bytes.subarray(0, 2))).toBe('PK'); // a ZIP container
      expect(streamed.byteLength).toBeGreaterThan(100);
    } else {
      expect(text(streamed)).toBe(text(bytes));
      check(text(bytes));
    }
  });

  it('download() passes format parameters (delimiter, bom, skipHeaderRow, xmlRoot/xmlRow, offset, desc)', async () => {
    const { run, admin, datasetId } = scene();
    await admin.generateItems(datasetId, { count: 5, template: { i: '{index}', t: 'x' } });
    const csv = text(
      await run.dataset.download('csv', { delimiter: ';', bom: false, skipHeaderRow: true, offset: 3, as: 'bytes' }),
    );
    expect(csv.trim().split(/\r?\n/)).toEqual(['3;x', '4;x']);
    const xml = text(
      await run.dataset.download('xml', { xmlRoot: 'products', xmlRow: 'p', limit: 1, desc: true, as: 'bytes' }),
    );
    expect(xml).toMatch(/<products>\s*<p>\s*<i>4<\/i>/);
    const json = await run.dataset.download('json', { bom: true, as: 'bytes' });
    expect([...json.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
    expect([...(await run.dataset.download('json', { as: 'bytes' })).subarray(0, 1)]).toEqual([0x5b]);
  });

  it('pushItems() stores items in order and accepts a single object', async () => {
    const { run } = scene();
    const result = await run.dataset.pushItems([{ n: 1 }, { n: 2, nested: { x: ['é', '✓'] } }]);
    expect(result).toEqual({ pushedCount: 2, requestCount: 1 });
    await run.dataset.pushItems({ n: 3 });
    const { items } = await run.dataset.listItems();
    expect(items).toEqual([{ n: 1 }, { n: 2, nested: { x: ['é', '✓'] } }, { n: 3 }]);
  });

  it('pushItems() takes items serialised ahead (an object or an array) and still splits them by bytes', async () => {
    const recorder = recordingFetch();
    const { run } = scene({ fetch: recorder.fetch });
    expect(await run.dataset.pushItems('{"n":1}')).toEqual({ pushedCount: 1, requestCount: 1 });
    const big = '€'.repeat(1_500_000); // ~4.5 MB as UTF-8 each: 5 of them need 3 requests
    const items = Array.from({ length: 5 }, (_, i) => ({ i, big }));
    expect(await run.dataset.pushItems(JSON.stringify(items))).toEqual({ pushedCount: 5, requestCount: 3 });
    const posts = recorder.calls.filter((call) => call.method === 'POST');
    for (const post of posts) expect(post.bytes).toBeLessThanOrEqual(MAX_PUSH_BODY_BYTES);
    const stored = await run.dataset.listItems<{ n?: number; i?: number }>({ fields: ['n', 'i'] });
    expect(stored.items).toEqual([{ n: 1 }, ...items.map(({ i }) => ({ i }))]);
  });

  it('pushItems() rejects a string that is not JSON, or not JSON objects, before sending', async () => {
    const recorder = recordingFetch();
    const { run } = scene({ fetch: recorder.fetch });
    for (const bad of ['', '{"n":1', '[{"n":1},]', '42', '"text"', '[{"n":1}, 2]', '[[1]]', 'null']) {
      const error = await run.dataset.pushItems(bad).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(ApifyInputError);
    }
    expect(recorder.calls).toEqual([]);
  });

  it('pushItems() of nothing sends nothing', async () => {
    const recorder = recordingFetch();
    const { run } = scene({ fetch: recorder.fetch });
    expect(await run.dataset.pushItems([])).toEqual({ pushedCount: 0, requestCount: 0 });
    expect(recorder.calls).toHaveLength(0);
  });

  it('pushItems() splits bodies to stay within 9,437,184 bytes, counting UTF-8 bytes, in order', async () => {
    const recorder = recordingFetch();
    const { run } = scene({ fetch: recorder.fetch });
    // 3-byte characters: 1.5 M characters is ~4.5 MB as UTF-8 (a character count would say 1.5 MB).
    const big = '€'.repeat(1_500_000);
    const items = Array.from({ length: 5 }, (_, i) => ({ i, big }));
    const result = await run.dataset.pushItems(items);
    const posts = recorder.calls.filter((call) => call.method === 'POST');
    expect(result).toEqual({ pushedCount: 5, requestCount: posts.length });
    expect(posts.length).toBe(3);
    for (const post of posts) expect(post.bytes).toBeLessThanOrEqual(MAX_PUSH_BODY_BYTES);
    const stored = await run.dataset.listItems<{ i: number }>({ fields: 'i' });
    expect(stored.items.map((item) => item.i)).toEqual([0, 1, 2, 3, 4]);
  });

  it('pushItems() fills a body up to exactly the limit, and rejects an item one byte larger before sending', async () => {
    const recorder = recordingFetch();
    const { run } = scene({ fetch: recorder.fetch });
    const overhead = JSON.stringify({ s: '' }).length + 2; // `[{"s":""}]`
    const exact = { s: 'a'.repeat(MAX_PUSH_BODY_BYTES - overhead) };
    await run.dataset.pushItems([exact]);
    expect(recorder.calls.at(-1)?.bytes).toBe(MAX_PUSH_BODY_BYTES);
    const before = recorder.calls.length;
    const tooBig = { s: 'a'.repeat(MAX_PUSH_BODY_BYTES - overhead + 1) };
    const error = await run.dataset.pushItems([{ small: 1 }, tooBig]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyInputError);
    expect((error as Error).message).toMatch(/Item 1 is/);
    expect(recorder.calls.length).toBe(before); // nothing sent, not even the small item
    expect((await run.dataset.get()).itemCount).toBe(1);
  });

  it('pushItems() rejects non-object items before sending', async () => {
    const { run } = scene();
    await expect(run.dataset.pushItems([{ ok: 1 }, 5 as unknown as object])).rejects.toBeInstanceOf(ApifyInputError);
    await expect(run.dataset.pushItems([[1, 2]])).rejects.toBeInstanceOf(ApifyInputError);
    expect((await run.dataset.get()).itemCount).toBe(0);
  });

  it('a failed chunk throws DatasetPushError with pushedCount; a 5xx is not retried (no duplicates)', async () => {
    const recorder = recordingFetch((request) => {
      const posts = recorder.calls.filter((call) => call.method === 'POST').length;
      if (request.method === 'POST' && posts === 2) {
        return Response.json({ error: { type: 'internal-server-error', message: 'boom' } }, { status: 500 });
      }
      return undefined;
    });
    const { run } = scene({ fetch: recorder.fetch, maxRetries: 3 });
    const big = 'x'.repeat(4_000_000);
    const items = Array.from({ length: 6 }, (_, i) => ({ i, big })); // 2 items per request
    const error = await run.dataset.pushItems(items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetPushError);
    const pushError = error as DatasetPushError;
    expect(pushError.pushedCount).toBe(2);
    expect(pushError.failedCount).toBe(2);
    expect(pushError.failedMayBeStored).toBe(true); // a 5xx may have been stored
    expect((pushError.cause as { status?: number }).status).toBe(500);
    expect(recorder.calls.filter((call) => call.method === 'POST')).toHaveLength(2); // stopped, not retried
    const stored = await run.dataset.listItems<{ i: number }>({ fields: 'i' });
    expect(stored.items.map((item) => item.i)).toEqual([0, 1]);
    // Resuming from pushedCount completes the dataset without duplicates.
    await run.dataset.pushItems(items.slice(pushError.pushedCount));
    const all = await run.dataset.listItems<{ i: number }>({ fields: 'i' });
    expect(all.items.map((item) => item.i)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a rejected push (4xx) reports failedMayBeStored false', async () => {
    const recorder = recordingFetch((request) =>
      request.method === 'POST'
        ? Response.json({ error: { type: 'schema-validation-error', message: 'bad' } }, { status: 400 })
        : undefined,
    );
    const { run } = scene({ fetch: recorder.fetch });
    const error = (await run.dataset.pushItems([{ a: 1 }]).catch((e: unknown) => e)) as DatasetPushError;
    expect(error).toBeInstanceOf(DatasetPushError);
    expect(error.pushedCount).toBe(0);
    expect(error.failedMayBeStored).toBe(false);
  });

  it('every method honours an aborted signal', async () => {
    const { run } = scene();
    const signal = AbortSignal.abort();
    await expect(run.dataset.get({ signal })).rejects.toThrow();
    await expect(run.dataset.listItems({}, { signal })).rejects.toThrow();
    await expect(run.dataset.download('csv', {}, { signal })).rejects.toThrow();
    await expect(run.dataset.pushItems([{ a: 1 }], { signal })).rejects.toThrow();
    expect((await run.dataset.get()).itemCount).toBe(0);
  });
});
