import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { datasetRun } from './support/dataset-runs.js';
import { TOKEN, useEmulator } from './support/emulator.js';

const env = useEmulator();
const run = () => datasetRun(env.emulator);
const push = (path: string, body: unknown) => env.call(path, { method: 'POST', body });

describe('dataset items POST', () => {
  it('stores an array or a single object under both bases and answers 201 {} with Location', async () => {
    const { byRun, byLast, dataset } = run();
    const first = await push(byRun('/items'), [{ n: 1 }, { n: 2 }]);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({});
    expect(first.headers.get('location')).toBe(`${env.emulator.url}/v2/datasets/${dataset.meta.id}/items`);
    const second = await push(byLast('/items'), { n: 3 });
    expect(second.status).toBe(201);
    expect(dataset.itemCount()).toBe(3);
    const items = await env.call(byLast('/items'));
    expect(items.body).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const alias = await env.call(byLast('/items').replace('/v2/acts/', '/v2/actors/'));
    expect(alias.body).toHaveLength(3);
  });

  it('rejects anything but objects with schema-validation-error naming every invalid item, storing nothing', async () => {
    const { byRun, dataset } = run();
    const mixed = await push(byRun('/items'), [{ ok: 1 }, 5, { ok: 2 }, [1], null]);
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.type).toBe('schema-validation-error');
    const invalid = mixed.body.error.data.invalidItems;
    expect(invalid.map((item: { itemPosition: number }) => item.itemPosition)).toEqual([1, 3, 4]);
    expect(invalid[0].validationErrors[0]).toMatchObject({
      instancePath: '',
      keyword: 'type',
      params: { type: 'object' },
    });
    for (const body of ['"text"', '42', 'null', 'true']) {
      const scalar = await env.call(byRun('/items'), {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(scalar.status).toBe(400);
      expect(scalar.body.error.data.invalidItems[0].itemPosition).toBe(0);
    }
    expect(dataset.itemCount()).toBe(0);
  });

  it('validates items against the dataset schema with ajv and rejects the whole request', async () => {
    const { byRun, byLast, dataset } = run();
    dataset.setSchema({
      actorSpecification: 1,
      fields: {
        type: 'object',
        properties: { title: { type: 'string' }, price: { type: 'number', minimum: 0 } },
        required: ['title'],
      },
    });
    const bad = await push(byRun('/items'), [{ title: 'fine', price: 1 }, { price: -1 }, { title: 7 }]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('schema-validation-error');
    const [second, third] = bad.body.error.data.invalidItems;
    expect(second.itemPosition).toBe(1);
    const keywords = second.validationErrors.map((error: { keyword: string }) => error.keyword).sort();
    expect(keywords).toEqual(['minimum', 'required']);
    expect(second.validationErrors.find((e: { keyword: string }) => e.keyword === 'required').params).toEqual({
      missingProperty: 'title',
    });
    expect(third).toMatchObject({ itemPosition: 2, validationErrors: [{ instancePath: '/title', keyword: 'type' }] });
    expect(dataset.itemCount()).toBe(0);
    const good = await push(byLast('/items'), { title: 'ok', price: 0 });
    expect(good.status).toBe(201);
    expect(dataset.itemCount()).toBe(1);
  });

  it('accepts gzip, br and deflate bodies, answers 415 for other encodings, 413 past the limit, 400 for bad JSON', async () => {
    const { byRun, dataset } = run();
    const json = (n: number) => Buffer.from(JSON.stringify([{ n }]));
    const encoders = { gzip: gzipSync, br: brotliCompressSync, deflate: deflateSync };
    let n = 0;
    for (const [encoding, encode] of Object.entries(encoders)) {
      n += 1;
      const result = await env.call(byRun('/items'), {
        method: 'POST',
        body: new Uint8Array(encode(json(n))),
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      });
      expect(result.status, encoding).toBe(201);
    }
    expect((await env.call(byRun('/items'))).body).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const unknown = await env.call(byRun('/items'), {
      method: 'POST',
      body: new Uint8Array(json(9)),
      headers: { 'content-type': 'application/json', 'content-encoding': 'zstd' },
    });
    expect(unknown.status).toBe(415);
    expect(unknown.body.error.type).toBe('unsupported-content-encoding');
    const huge = JSON.stringify([{ blob: 'x'.repeat(9_437_184) }]);
    const tooLarge = await env.call(byRun('/items'), {
      method: 'POST',
      body: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.type).toBe('request-too-large');
    // A small gzip body that inflates past the limit is refused as well.
    const bomb = gzipSync(Buffer.from(huge));
    const inflated = await env.call(byRun('/items'), {
      method: 'POST',
      body: new Uint8Array(bomb),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(inflated.status).toBe(413);
    const broken = await env.call(byRun('/items'), {
      method: 'POST',
      body: '[{"n":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(dataset.itemCount()).toBe(3);
  });

  it('needs a token (401) and the owner (403)', async () => {
    const { byRun, dataset } = run();
    const anonymous = await env.call(byRun('/items'), { method: 'POST', body: [{ a: 1 }], token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.type).toBe('token-not-provided');
    env.emulator.state.addUser({ id: 'otherUser0000001', username: 'other' });
    env.emulator.state.addToken('other_token', 'otherUser0000001');
    const stranger = await env.call(byRun('/items'), { method: 'POST', body: [{ a: 1 }], token: 'other_token' });
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.type).toBe('insufficient-permissions');
    const wrong = await env.call(byRun('/items'), { method: 'POST', body: [{ a: 1 }], token: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.type).toBe('invalid-token');
    expect(dataset.itemCount()).toBe(0);
  });
});

describe('dataset items GET pagination', () => {
  const numbered = async (count: number) => {
    const context = run();
    await context.dataset.pushItems(Array.from({ length: count }, (_, i) => ({ i })));
    return context;
  };
  const header = (result: { headers: Headers }, name: string) => result.headers.get(`x-apify-pagination-${name}`);

  it('applies offset, limit and desc over stored items with the pagination headers, under both bases', async () => {
    const { byRun, byLast } = await numbered(10);
    for (const path of [byRun, byLast]) {
      const all = await env.call(path('/items'));
      expect(all.body.map((item: { i: number }) => item.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect([header(all, 'offset'), header(all, 'limit'), header(all, 'count'), header(all, 'total')]).toEqual([
        '0',
        '999999999999',
        '10',
        '10',
      ]);
      expect(header(all, 'desc')).toBe('false');
      const page = await env.call(path('/items', 'offset=3&limit=4'));
      expect(page.body.map((item: { i: number }) => item.i)).toEqual([3, 4, 5, 6]);
      expect([header(page, 'offset'), header(page, 'limit'), header(page, 'count')]).toEqual(['3', '4', '4']);
      const newest = await env.call(path('/items', 'desc=1&offset=2&limit=3'));
      expect(newest.body.map((item: { i: number }) => item.i)).toEqual([7, 6, 5]);
      expect(header(newest, 'desc')).toBe('true');
      const past = await env.call(path('/items', 'offset=50'));
      expect(past.body).toEqual([]);
      expect([header(past, 'count'), header(past, 'total')]).toEqual(['0', '10']);
      const tail = await env.call(path('/items', 'offset=8&limit=5'));
      expect(header(tail, 'count')).toBe('2');
    }
  });

  it('reads a large dataset page by page, forwards and newest first, without gaps or repeats', async () => {
    const { byRun } = await numbered(2_345);
    for (const desc of [false, true]) {
      const seen: number[] = [];
      let offset = 0;
      for (;;) {
        const page = await env.call(byRun('/items', `offset=${offset}&limit=1000&desc=${desc}`));
        seen.push(...page.body.map((item: { i: number }) => item.i));
        const count = Number(header(page, 'count'));
        offset += count;
        if (count === 0 || offset >= Number(header(page, 'total'))) break;
      }
      const expected = Array.from({ length: 2_345 }, (_, i) => i);
      expect(seen).toEqual(desc ? expected.reverse() : expected);
    }
  });

  it('counts stored items, not output records, when unwind or clean change the number of records', async () => {
    const { byRun, dataset } = run();
    await dataset.pushItems([{ list: [1, 2, 3] }, {}, { list: [4] }, { '#only': 'hidden' }, { list: [] }]);
    const unwound = await env.call(byRun('/items', 'unwind=list&limit=3'));
    expect(unwound.body).toEqual([{ list: 1 }, { list: 2 }, { list: 3 }, {}, { list: 4 }]);
    expect(header(unwound, 'count')).toBe('3');
    const clean = await env.call(byRun('/items', 'clean=1&offset=1&limit=3'));
    expect(clean.body).toEqual([{ list: [4] }]);
    expect(header(clean, 'count')).toBe('3');
    expect(header(clean, 'offset')).toBe('1');
    // Unwound elements keep their array order under desc.
    const reversed = await env.call(byRun('/items', 'unwind=list&desc=1&offset=2&limit=3'));
    expect(reversed.body).toEqual([{ list: 4 }, {}, { list: 1 }, { list: 2 }, { list: 3 }]);
    expect(header(reversed, 'count')).toBe('3');
  });

  it('answers 400 for bad parameters', async () => {
    const { byRun } = await numbered(1);
    for (const query of [
      'offset=-1',
      'limit=0',
      'limit=ten',
      'format=pdf',
      'delimiter=%3B%3B',
      'desc=maybe',
      'clean=yes',
    ]) {
      const result = await env.call(byRun('/items', query));
      expect(result.status, query).toBe(400);
    }
    const noFields = await env.call(byRun('/items', 'outputFields=a'));
    expect(noFields.status).toBe(400);
    expect(noFields.body.error.type).toBe('invalid-value');
    const mismatch = await env.call(byRun('/items', 'fields=a,b&outputFields=x'));
    expect(mismatch.status).toBe(400);
  });
});

describe('dataset items GET transformations', () => {
  const sample = [
    { url: 'https://a', title: 'A', seller: { name: 'Acme', address: { city: 'Prague' } }, '#debug': 1 },
    { url: 'https://b', title: 'B', offers: [{ price: 1 }, { price: 2 }], extra: { color: 'red' } },
    { url: 'https://c', errorInfo: 'timeout' },
  ];
  const withSample = async () => {
    const context = run();
    await context.dataset.pushItems(sample);
    return context;
  };

  it('keeps, renames and omits fields', async () => {
    const { byRun, byLast } = await withSample();
    const fields = await env.call(byRun('/items', 'fields=title,url'));
    expect(fields.body).toEqual([
      { title: 'A', url: 'https://a' },
      { title: 'B', url: 'https://b' },
      { url: 'https://c' },
    ]);
    expect(Object.keys(fields.body[0])).toEqual(['title', 'url']);
    const renamed = await env.call(byLast('/items', 'fields=url,title&outputFields=link,heading&limit=1'));
    expect(renamed.body).toEqual([{ link: 'https://a', heading: 'A' }]);
    const omitted = await env.call(byRun('/items', 'omit=seller,%23debug,offers,extra,errorInfo'));
    expect(omitted.body).toEqual([
      { url: 'https://a', title: 'A' },
      { url: 'https://b', title: 'B' },
      { url: 'https://c' },
    ]);
  });

  it('unwinds arrays and objects in the order given, and flattens nested objects into dotted keys', async () => {
    const { byRun } = await withSample();
    const unwound = await env.call(byRun('/items', 'unwind=offers,extra&fields=title,offers,extra&offset=1&limit=1'));
    expect(unwound.body).toEqual([
      { title: 'B', price: 1, color: 'red' },
      { title: 'B', price: 2, color: 'red' },
    ]);
    const flat = await env.call(byRun('/items', 'flatten=seller&limit=1&omit=%23debug'));
    expect(flat.body).toEqual([
      { url: 'https://a', title: 'A', 'seller.name': 'Acme', 'seller.address.city': 'Prague' },
    ]);
    const scalar = await env.call(byRun('/items', 'unwind=title&limit=1&fields=title'));
    expect(scalar.body).toEqual([{ title: 'A' }]);
  });

  it('drops hidden fields, empty items and failed pages', async () => {
    const { byRun, dataset } = await withSample();
    await dataset.pushItems([{ '#hidden': true }, {}]);
    const hidden = await env.call(byRun('/items', 'skipHidden=1&limit=1'));
    expect(hidden.body[0]).not.toHaveProperty('#debug');
    const empty = await env.call(byRun('/items', 'skipEmpty=true'));
    expect(empty.body).toHaveLength(4);
    const clean = await env.call(byRun('/items', 'clean=1'));
    expect(clean.body).toHaveLength(3);
    expect(clean.body.some((item: object) => '#debug' in item)).toBe(false);
    const succeeded = await env.call(byRun('/items', 'skipFailedPages=1&clean=1'));
    expect(succeeded.body.map((item: { url: string }) => item.url)).toEqual(['https://a', 'https://b']);
  });

  it('supports the legacy simplified option', async () => {
    const { byRun, dataset } = run();
    await dataset.pushItems([
      { url: 'https://x', pageFunctionResult: [{ a: 1 }, { a: 2 }], errorInfo: null, other: true },
      { url: 'https://y', pageFunctionResult: { b: 3 } },
    ]);
    const simplified = await env.call(byRun('/items', 'simplified=1'));
    expect(simplified.body).toEqual([
      { url: 'https://x', errorInfo: null, a: 1 },
      { url: 'https://x', errorInfo: null, a: 2 },
      { url: 'https://y', b: 3 },
    ]);
  });

  it('applies a view from the dataset schema and rejects an unknown view', async () => {
    const { byRun, byLast, dataset } = await withSample();
    dataset.setSchema({
      actorSpecification: 1,
      views: {
        overview: { title: 'Overview', transformation: { fields: ['title', 'offers'], unwind: ['offers'] } },
        sellers: { transformation: { fields: ['seller'], flatten: ['seller'], omit: ['seller.address.city'] } },
      },
    });
    const overview = await env.call(byRun('/items', 'view=overview&offset=1&limit=1'));
    expect(overview.body).toEqual([
      { title: 'B', price: 1 },
      { title: 'B', price: 2 },
    ]);
    const sellers = await env.call(byLast('/items', 'view=sellers&limit=1'));
    expect(sellers.body).toEqual([{ 'seller.name': 'Acme' }]);
    // An explicit parameter wins over the view's.
    const overridden = await env.call(byRun('/items', 'view=overview&fields=url&limit=1'));
    expect(overridden.body).toEqual([{ url: 'https://a' }]);
    const unknown = await env.call(byRun('/items', 'view=nope'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.type).toBe('requested-dataset-view-does-not-exist');
    const inherited = await env.call(byRun('/items', 'view=constructor'));
    expect(inherited.body.error.type).toBe('requested-dataset-view-does-not-exist');
  });
});

describe('dataset object, update, delete and statistics', () => {
  it('describes the dataset with counts, fields and stats under both bases', async () => {
    const { byRun, byLast, dataset, record } = run();
    await push(byRun('/items'), [{ a: 1, '#h': 2 }, { '#only': 1 }, {}, { b: 'x' }]);
    for (const path of [byRun(), byLast()]) {
      const result = await env.call(path);
      expect(result.status).toBe(200);
      expect(result.body.data).toMatchObject({
        id: dataset.meta.id,
        name: null,
        actRunId: record.run.id,
        itemCount: 4,
        cleanItemCount: 2,
        fields: ['a', '#h', '#only', 'b'],
        schema: null,
        itemsPublicUrl: `${env.emulator.url}/v2/datasets/${dataset.meta.id}/items`,
      });
      expect(result.body.data.stats.writeCount).toBe(1);
      expect(result.body.data.stats.storageBytes).toBeGreaterThan(20);
    }
    await env.call(byRun('/items'));
    const after = await env.call(byRun());
    expect(after.body.data.stats.readCount).toBe(1);
  });

  it('counts items that reached the backend without a push (a loaded dataset) once, lazily', async () => {
    const { byRun, dataset } = run();
    await dataset.backend.append([{ a: 1 }, { '#x': 1 }]);
    const result = await env.call(byRun());
    expect(result.body.data).toMatchObject({ itemCount: 2, cleanItemCount: 1 });
    await dataset.pushItems([{ c: 1 }]);
    expect((await env.call(byRun())).body.data).toMatchObject({ itemCount: 3, cleanItemCount: 2 });
  });

  it('updates name and generalAccess with PUT, needing a token', async () => {
    const { byRun, byLast } = run();
    const renamed = await env.call(byRun(), { method: 'PUT', body: { name: 'my-data', generalAccess: 'RESTRICTED' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ name: 'my-data', generalAccess: 'RESTRICTED' });
    const viaLast = await env.call(byLast(), { method: 'PUT', body: { name: null } });
    expect(viaLast.body.data.name).toBeNull();
    const invalid = await env.call(byRun(), { method: 'PUT', body: { generalAccess: 'EVERYONE' } });
    expect(invalid.status).toBe(400);
    const anonymous = await env.call(byRun(), { method: 'PUT', body: { name: 'x' }, token: null });
    expect(anonymous.status).toBe(401);
  });

  it('deletes the dataset; afterwards every dataset operation of the run answers 404 record-not-found', async () => {
    const { byRun, byLast, dataset } = run();
    await dataset.pushItems([{ a: 1 }]);
    const anonymous = await env.call(byRun(), { method: 'DELETE', token: null });
    expect(anonymous.status).toBe(401);
    const deleted = await env.call(byLast(), { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(env.emulator.state.datasets.has(dataset.meta.id)).toBe(false);
    const calls: Array<[string, string, unknown?]> = [
      ['GET', byRun()],
      ['GET', byRun('/items')],
      ['GET', byLast('/items', 'format=csv')],
      ['GET', byRun('/statistics')],
      ['PUT', byRun(), { name: 'x' }],
      ['POST', byRun('/items'), [{ a: 1 }]],
      ['DELETE', byRun()],
    ];
    for (const [method, path, body] of calls) {
      const result = await env.call(path, { method, ...(body ? { body } : {}) });
      expect(result.status, `${method} ${path}`).toBe(404);
      expect(result.body.error.type).toBe('record-not-found');
      expect(result.body.error.message).toBe('Dataset was not found');
    }
  });

  it('answers 404 for an unknown run and for an Actor without a matching run', async () => {
    const missing = await env.call('/v2/actor-runs/NoSuchRun12345678/dataset/items');
    expect(missing.status).toBe(404);
    const { actor } = run();
    const none = await env.call(`/v2/acts/${actor.id}/runs/last/dataset?status=FAILED`);
    expect(none.status).toBe(404);
    expect(none.body.error.type).toBe('record-not-found');
    const anonymousLast = await env.call(`/v2/acts/${actor.id}/runs/last/dataset/items`, { token: null });
    expect(anonymousLast.status).toBe(401);
  });

  it('reports field statistics for the fields the schema declares, null without a schema', async () => {
    const { byRun, byLast, dataset } = run();
    await dataset.pushItems([{ price: 5 }]);
    const none = await env.call(byRun('/statistics'));
    expect(none.body.data.fieldStatistics).toBeNull();
    dataset.setSchema({
      fields: {
        type: 'object',
        properties: { price: { type: ['number', 'null'] }, title: {}, tags: {}, meta: {} },
      },
    });
    await push(byRun('/items'), [
      { price: 10, title: 'abc', tags: [1, 2, 3], meta: { a: 1 } },
      { price: null, title: '', tags: [], meta: { a: 1, b: 2 } },
      { price: -2 },
    ]);
    for (const path of [byRun('/statistics'), byLast('/statistics')]) {
      const stats = await env.call(path);
      expect(stats.status).toBe(200);
      expect(stats.body.data.fieldStatistics).toEqual({
        price: { min: -2, max: 10, nullCount: 1, emptyCount: 0 },
        title: { min: 0, max: 3, nullCount: 0, emptyCount: 2 },
        tags: { min: 0, max: 3, nullCount: 0, emptyCount: 2 },
        meta: { min: 1, max: 2, nullCount: 0, emptyCount: 2 },
      });
    }
  });

  it('serves reads without a token by run ID', async () => {
    const { byRun, dataset } = run();
    await dataset.pushItems([{ a: 1 }]);
    const items = await env.call(byRun('/items'), { token: null });
    expect(items.body).toEqual([{ a: 1 }]);
    expect((await env.call(byRun(), { token: null })).status).toBe(200);
    expect((await env.call(byRun('/statistics'), { token: null })).status).toBe(200);
    expect(TOKEN).toBeTruthy();
  });
});
