import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { datasetRun } from './support/dataset-runs.js';
import { useEmulator } from './support/emulator.js';
import { freshStoreRun } from './support/key-value-store.js';

/**
 * HEAD on dataset items and on a record, under both bases and the `/v2/actors/` spelling: the headers of the same
 * GET and never a body (every call also goes through the spec conformance check, which asserts the empty body).
 */
const env = useEmulator();

/** Headers that describe the connection or the framing, not the resource: a HEAD may differ in them. */
const FRAMING = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
const resourceHeaders = (headers: Headers) =>
  Object.fromEntries([...headers].filter(([name]) => !FRAMING.has(name.toLowerCase())));
const actorsSpelling = (path: string) => path.replace('/v2/acts/', '/v2/actors/');

describe('HEAD dataset items', () => {
  it('answers the headers of the same GET, for every format and paging query, without a body', async () => {
    const { dataset, byRun, byLast } = datasetRun(env.emulator);
    await dataset.pushItems(Array.from({ length: 12 }, (_, index) => ({ index, title: `Item ${index}` })));
    const queries = [
      '',
      'offset=3&limit=4',
      'desc=true&limit=5',
      'format=csv&attachment=true',
      'format=xlsx',
      'format=rss',
    ];
    for (const query of queries) {
      for (const path of [byRun('/items', query), byLast('/items', query), actorsSpelling(byLast('/items', query))]) {
        const get = await env.call(path);
        const head = await env.call(path, { method: 'HEAD' });
        expect(head.status, path).toBe(200);
        expect(head.body, path).toBeUndefined();
        expect(resourceHeaders(head.headers), path).toEqual(resourceHeaders(get.headers));
      }
    }
    const page = await env.call(byRun('/items', 'offset=3&limit=4'), { method: 'HEAD' });
    expect(page.headers.get('x-apify-pagination-total')).toBe('12');
    expect(page.headers.get('x-apify-pagination-count')).toBe('4');
    expect(page.headers.get('x-apify-pagination-offset')).toBe('3');
  });

  it('fails as the GET fails, with the status only', async () => {
    const { byRun } = datasetRun(env.emulator);
    const badView = await env.call(byRun('/items', 'view=missing'), { method: 'HEAD' });
    const getBadView = await env.call(byRun('/items', 'view=missing'));
    expect([badView.status, badView.body]).toEqual([getBadView.status, undefined]);
    const noRun = await env.call('/v2/actor-runs/NoSuchRun0000000/dataset/items', { method: 'HEAD' });
    expect([noRun.status, noRun.body]).toEqual([404, undefined]);
  });

  it('reads by run ID without a token, like the GET; the last-run base needs one', async () => {
    const { byRun, byLast } = datasetRun(env.emulator);
    expect((await env.call(byRun('/items'), { method: 'HEAD', token: null })).status).toBe(200);
    expect((await env.call(byLast('/items'), { method: 'HEAD', token: null })).status).toBe(401);
  });
});

describe('HEAD record', () => {
  it('answers 200 with the GET headers when the record exists, and 404 without a body when not', async () => {
    const { store, bases } = freshStoreRun(env.emulator);
    await store.setRecord('present', { value: Buffer.from('{"hello":"world"}'), contentType: 'application/json' });
    for (const base of bases) {
      for (const kv of [base.kv, actorsSpelling(base.kv)]) {
        const get = await env.call(`${kv}/records/present${base.query}`);
        const head = await env.call(`${kv}/records/present${base.query}`, { method: 'HEAD' });
        expect(head.status).toBe(200);
        expect(head.body).toBeUndefined();
        expect(resourceHeaders(head.headers)).toEqual(resourceHeaders(get.headers));
        expect(head.headers.get('content-length')).toBe(String('{"hello":"world"}'.length));
        const missing = await env.call(`${kv}/records/absent${base.query}`, { method: 'HEAD' });
        expect([missing.status, missing.body]).toEqual([404, undefined]);
      }
    }
  });

  it('reports the stored encoding and its length when the client accepts it, and the decoded size otherwise', async () => {
    const { store, run } = freshStoreRun(env.emulator);
    const original = Buffer.from(JSON.stringify({ text: 'x'.repeat(2000) }));
    const compressed = gzipSync(original);
    await store.setRecord('packed', { value: compressed, contentType: 'application/json', contentEncoding: 'gzip' });
    const accepted = await env.call(`${run.kv}/records/packed`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(accepted.headers.get('content-encoding')).toBe('gzip');
    expect(accepted.headers.get('content-length')).toBe(String(compressed.byteLength));
    const plain = await env.call(`${run.kv}/records/packed`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(original.byteLength));
  });

  it('rejects an invalid key with 400 and a missing store with 404, without a body', async () => {
    const { run, record } = freshStoreRun(env.emulator);
    const invalid = await env.call(`${run.kv}/records/${encodeURIComponent('bad key!?')}`, { method: 'HEAD' });
    expect([invalid.status, invalid.body]).toEqual([400, undefined]);
    env.emulator.state.keyValueStores.delete(record.run.defaultKeyValueStoreId);
    const gone = await env.call(`${run.kv}/records/present`, { method: 'HEAD' });
    expect([gone.status, gone.body]).toEqual([404, undefined]);
  });
});
