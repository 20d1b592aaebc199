import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './support/emulator.js';
import { freshStoreRun, PNG } from './support/key-value-store.js';

const env = useEmulator();
const freshRun = () => freshStoreRun(env.emulator);

describe('keys listing', () => {
  it('lists keys in UTF-8 binary order with sizes and public URLs under both bases', async () => {
    const { store, bases } = freshRun();
    for (const key of ['a', 'B', '_x', '(p)', '0']) {
      await store.setRecord(key, { value: Buffer.from(key.repeat(2)), contentType: 'text/plain' });
    }
    for (const base of bases) {
      const result = await env.call(`${base.kv}/keys${base.query}`);
      expect(result.body.data.items.map((item: { key: string }) => item.key)).toEqual(['(p)', '0', 'B', '_x', 'a']);
      expect(result.body.data).toMatchObject({
        count: 5,
        limit: 1000,
        exclusiveStartKey: null,
        isTruncated: false,
        nextExclusiveStartKey: null,
      });
      expect(result.body.data.items[0]).toEqual({
        key: '(p)',
        size: 6,
        recordPublicUrl: `${env.emulator.url}/v2/key-value-stores/${store.meta.id}/records/(p)`,
      });
    }
  });

  it('pages with limit and exclusiveStartKey, filters by prefix', async () => {
    const { store, last: base } = freshRun();
    for (const key of ['item-3', 'item-1', 'other', 'item-2', 'item-0']) {
      await store.setRecord(key, { value: Buffer.from('v'), contentType: 'text/plain' });
    }
    const keysUrl = (query: string) => `${base.kv}/keys${base.query}&${query}`;
    const first = await env.call(keysUrl('limit=1'));
    expect(first.body.data).toMatchObject({ count: 1, limit: 1, isTruncated: true, nextExclusiveStartKey: 'item-0' });
    const second = await env.call(keysUrl('limit=2&exclusiveStartKey=item-0'));
    expect(second.body.data.items.map((item: { key: string }) => item.key)).toEqual(['item-1', 'item-2']);
    expect(second.body.data).toMatchObject({
      exclusiveStartKey: 'item-0',
      isTruncated: true,
      nextExclusiveStartKey: 'item-2',
    });
    const tail = await env.call(keysUrl('limit=2&exclusiveStartKey=item-2'));
    expect(tail.body.data.items.map((item: { key: string }) => item.key)).toEqual(['item-3', 'other']);
    expect(tail.body.data).toMatchObject({ isTruncated: false, nextExclusiveStartKey: null });
    // A start key that is not stored still skips everything up to it.
    const between = await env.call(keysUrl('exclusiveStartKey=item-15'));
    expect(between.body.data.items.map((item: { key: string }) => item.key)).toEqual(['item-2', 'item-3', 'other']);
    const past = await env.call(keysUrl('exclusiveStartKey=zzz'));
    expect(past.body.data).toMatchObject({ count: 0, items: [], isTruncated: false });
    const prefixed = await env.call(keysUrl('prefix=item-&exclusiveStartKey=item-1&limit=2'));
    expect(prefixed.body.data.items.map((item: { key: string }) => item.key)).toEqual(['item-2', 'item-3']);
    expect(prefixed.body.data.isTruncated).toBe(false);
  });

  it('caps pages at 1000 keys and rejects limits outside 1–1000', async () => {
    const { store, run: base } = freshRun();
    for (let index = 0; index < 1001; index++) {
      await store.setRecord(`k${String(index).padStart(4, '0')}`, {
        value: Buffer.from('v'),
        contentType: 'text/plain',
      });
    }
    for (const query of ['', '?limit=1000']) {
      const page = await env.call(`${base.kv}/keys${query}`);
      expect(page.body.data).toMatchObject({
        count: 1000,
        limit: 1000,
        isTruncated: true,
        nextExclusiveStartKey: 'k0999',
      });
    }
    const rest = await env.call(`${base.kv}/keys?exclusiveStartKey=k0999`);
    expect(rest.body.data.items.map((item: { key: string }) => item.key)).toEqual(['k1000']);
    for (const limit of ['0', '1001', 'many']) {
      const bad = await env.call(`${base.kv}/keys?limit=${limit}`);
      expect(bad.status, limit).toBe(400);
      expect(bad.body.error.type).toBe('invalid-value');
    }
  });

  it('filters by schema collection and answers 400 invalid-collection without one', async () => {
    const { store, run: base } = freshRun();
    for (const key of ['INPUT', 'shot-1', 'shot-2', 'report', 'misc']) {
      await store.setRecord(key, { value: Buffer.from('v'), contentType: 'text/plain' });
    }
    const noSchema = await env.call(`${base.kv}/keys?collection=shots`);
    expect(noSchema.status).toBe(400);
    expect(noSchema.body.error.type).toBe('invalid-collection');
    store.setSchema({
      actorKeyValueStoreSchemaVersion: 1,
      collections: { shots: { keyPrefix: 'shot-' }, input: { key: 'INPUT' }, docs: { keys: ['report', 'INPUT'] } },
    });
    const described = await env.call(base.kv);
    expect(described.body.data.schema.collections.shots).toEqual({ keyPrefix: 'shot-' });
    const keysOf = async (query: string) =>
      (await env.call(`${base.kv}/keys?${query}`)).body.data.items.map((item: { key: string }) => item.key);
    expect(await keysOf('collection=shots')).toEqual(['shot-1', 'shot-2']);
    expect(await keysOf('collection=input')).toEqual(['INPUT']);
    expect(await keysOf('collection=docs')).toEqual(['INPUT', 'report']);
    expect(await keysOf('collection=shots&prefix=shot-2')).toEqual(['shot-2']);
    const unknown = await env.call(`${base.kv}/keys?collection=nope`);
    expect(unknown.body.error.type).toBe('invalid-collection');
  });
});

describe('records ZIP', () => {
  it('streams every record as one file named by key, decoded, under both bases', async () => {
    const { store, bases } = freshRun();
    await store.setRecord('OUTPUT', { value: Buffer.from('{"ok":true}'), contentType: 'application/json' });
    await store.setRecord('shot-1', { value: PNG, contentType: 'image/png' });
    await store.setRecord('zipped', {
      value: gzipSync('was gzip'),
      contentType: 'text/plain',
      contentEncoding: 'gzip',
    });
    for (const base of bases) {
      const result = await env.call(`${base.kv}/records${base.query}`);
      expect(result.status).toBe(200);
      expect(result.headers.get('content-type')).toBe('application/zip');
      const files = unzipSync(new Uint8Array(await result.response.arrayBuffer()));
      expect(Object.keys(files).sort()).toEqual(['OUTPUT', 'shot-1', 'zipped']);
      expect(Buffer.from(files.OUTPUT ?? []).toString()).toBe('{"ok":true}');
      expect(files['shot-1']).toEqual(PNG);
      expect(Buffer.from(files.zipped ?? []).toString()).toBe('was gzip');
    }
  });

  it('respects prefix and collection, and answers 400 for a collection without schema', async () => {
    const { store, last: base } = freshRun();
    for (const key of ['a-1', 'a-2', 'b-1']) {
      await store.setRecord(key, { value: Buffer.from(key), contentType: 'text/plain' });
    }
    const noSchema = await env.call(`${base.kv}/records${base.query}&collection=bs`);
    expect(noSchema.status).toBe(400);
    expect(noSchema.body.error.type).toBe('invalid-collection');
    const prefixed = await env.call(`${base.kv}/records${base.query}&prefix=a-`);
    const files = unzipSync(new Uint8Array(await prefixed.response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['a-1', 'a-2']);
    store.setSchema({ collections: { bs: { keyPrefix: 'b-' } } });
    const collected = await env.call(`${base.kv}/records${base.query}&collection=bs`);
    expect(Object.keys(unzipSync(new Uint8Array(await collected.response.arrayBuffer())))).toEqual(['b-1']);
    const empty = await env.call(`${base.kv}/records${base.query}&prefix=zzz`);
    expect(Object.keys(unzipSync(new Uint8Array(await empty.response.arrayBuffer())))).toEqual([]);
  });
});
