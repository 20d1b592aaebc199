import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ApifyInputError, BadRequestError, NotFoundError } from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { LOCATORS, recordingFetch, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const utf8 = (value: string) => new TextEncoder().encode(value);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe.each(LOCATORS)('KeyValueStoreClient via %s', (_, locate) => {
  const scene = (options = {}) => storageScene(env, locate, 'kvs', options);

  it('get(), update() and delete() the store', async () => {
    const { run, keyValueStoreId } = scene();
    expect((await run.keyValueStore.get()).id).toBe(keyValueStoreId);
    const updated = await run.keyValueStore.update({ name: `store-${keyValueStoreId}`, generalAccess: 'RESTRICTED' });
    expect(updated.name).toBe(`store-${keyValueStoreId}`);
    await run.keyValueStore.delete();
    await expect(run.keyValueStore.get()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('setRecord()/getRecord() round-trip JSON, text and bytes with their content types', async () => {
    const { run } = scene();
    const kvs = run.keyValueStore;
    await kvs.setRecord('OUTPUT', { total: 42, list: [1, 'é'] });
    await kvs.setRecord('note', 'hello ✓');
    await kvs.setRecord('bin', new Uint8Array([0, 1, 2, 255]));
    await kvs.setRecord('page.html', '<b>hi</b>', { contentType: 'text/html; charset=utf-8' });
    await kvs.setRecord('flag', false);
    await kvs.setRecord('nothing', null);

    expect(await kvs.getRecord<{ total: number }>('OUTPUT')).toEqual({
      key: 'OUTPUT',
      value: { total: 42, list: [1, 'é'] },
      contentType: expect.stringMatching(/^application\/json/),
    });
    const note = await kvs.getRecord('note');
    expect(note?.value).toBe('hello ✓');
    expect(note?.contentType).toMatch(/^text\/plain/);
    const bin = await kvs.getRecord('bin');
    expect(bin?.value).toEqual(new Uint8Array([0, 1, 2, 255]));
    expect(bin?.contentType).toBe('application/octet-stream');
    expect((await kvs.getRecord('page.html'))?.value).toBe('<b>hi</b>');
    expect((await kvs.getRecord('flag'))?.value).toBe(false);
    expect((await kvs.getRecord('nothing'))?.value).toBeNull();
  });

  it('setRecord() sends ArrayBuffer, Blob (with its type) and ReadableStream bodies as they are', async () => {
    const { run } = scene();
    const kvs = run.keyValueStore;
    await kvs.setRecord('ab', new Uint8Array([9, 8, 7]).buffer);
    await kvs.setRecord('blob', new Blob(['{"a":1}'], { type: 'application/json' }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(utf8('streamed '));
        controller.enqueue(utf8('body'));
        controller.close();
      },
    });
    await kvs.setRecord('stream.txt', stream, { contentType: 'text/plain' });
    // Views send only their window, also of a SharedArrayBuffer (which fetch refuses: it is copied).
    const shared = new Uint8Array(new SharedArrayBuffer(6));
    shared.set([1, 2, 3, 4, 5, 6]);
    await kvs.setRecord('shared', shared.subarray(1, 4));
    await kvs.setRecord('window', new DataView(new Uint8Array([0, 5, 6, 0]).buffer, 1, 2));
    expect((await kvs.getRecord('shared'))?.value).toEqual(new Uint8Array([2, 3, 4]));
    expect((await kvs.getRecord('window'))?.value).toEqual(new Uint8Array([5, 6]));
    expect((await kvs.getRecord('ab'))?.value).toEqual(new Uint8Array([9, 8, 7]));
    expect((await kvs.getRecord('blob'))?.value).toEqual({ a: 1 });
    expect((await kvs.getRecord('stream.txt'))?.value).toBe('streamed body');
  });

  it('getRecord({ as }) overrides the content-type rule', async () => {
    const { run } = scene();
    const kvs = run.keyValueStore;
    await kvs.setRecord('OUTPUT', { a: 1 });
    expect((await kvs.getRecord('OUTPUT', { as: 'text' }))?.value).toBe('{"a":1}');
    expect((await kvs.getRecord('OUTPUT', { as: 'bytes' }))?.value).toEqual(utf8('{"a":1}'));
    const streamed = await kvs.getRecord('OUTPUT', { as: 'stream' });
    expect(streamed?.value).toBeInstanceOf(ReadableStream);
    expect(await new Response(streamed?.value).text()).toBe('{"a":1}');
    await kvs.setRecord('json-as-text', '{"b":2}');
    expect((await kvs.getRecord('json-as-text', { as: 'json' }))?.value).toEqual({ b: 2 });
    await expect(kvs.getRecord('OUTPUT', { as: 'json', attachment: true })).resolves.toMatchObject({ value: { a: 1 } });
  });

  it('getRecord() decodes a record stored compressed', async () => {
    const { run, admin, keyValueStoreId } = scene();
    const value = gzipSync(Buffer.from(JSON.stringify({ zipped: true })));
    await admin.setRecord(keyValueStoreId, 'gz', { value, contentType: 'application/json', contentEncoding: 'gzip' });
    expect((await run.keyValueStore.getRecord('gz'))?.value).toEqual({ zipped: true });
  });

  it('getRecord() is undefined for a missing record, but throws when the store or the run is missing', async () => {
    const { run, client } = scene();
    expect(await run.keyValueStore.getRecord('absent')).toBeUndefined();
    await run.keyValueStore.delete();
    const storeGone = await run.keyValueStore.getRecord('absent').catch((e: unknown) => e);
    expect(storeGone).toBeInstanceOf(NotFoundError);
    expect((storeGone as NotFoundError).message).toMatch(/Key-value Store was not found/);
    await expect(client.run('NoSuchRun00000001').keyValueStore.getRecord('x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.lastRun('demo/no-such-actor').keyValueStore.getRecord('x')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('recordExists() answers from a HEAD: true or false; a missing store or run throws', async () => {
    const recorder = recordingFetch();
    const { run, client } = scene({ fetch: recorder.fetch });
    await run.keyValueStore.setRecord('OUTPUT', { big: 'x'.repeat(100_000) });
    const before = recorder.calls.length;
    expect(await run.keyValueStore.recordExists('OUTPUT')).toBe(true);
    expect(recorder.calls.slice(before).map((call) => call.method)).toEqual(['HEAD']);
    expect(await run.keyValueStore.recordExists('absent')).toBe(false);
    await expect(run.keyValueStore.recordExists('..')).rejects.toBeInstanceOf(ApifyInputError);
    await run.keyValueStore.delete();
    await expect(run.keyValueStore.recordExists('OUTPUT')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.run('NoSuchRun00000001').keyValueStore.recordExists('x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.lastRun('demo/no-such-actor').keyValueStore.recordExists('x')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('keys are encoded as one path segment; `.`, `..` and empty keys are rejected before any request', async () => {
    const recorder = recordingFetch();
    const { run } = scene({ fetch: recorder.fetch });
    const key = "it's(1)!-_.x";
    await run.keyValueStore.setRecord(key, 'v');
    expect((await run.keyValueStore.getRecord(key))?.value).toBe('v');
    expect(recorder.calls.at(-1)?.path).toMatch(/\/records\/it's\(1\)!-_\.x$/);
    const before = recorder.calls.length;
    for (const bad of ['..', '.', '']) {
      await expect(run.keyValueStore.getRecord(bad)).rejects.toBeInstanceOf(ApifyInputError);
      await expect(run.keyValueStore.setRecord(bad, 'x')).rejects.toBeInstanceOf(ApifyInputError);
      await expect(run.keyValueStore.deleteRecord(bad)).rejects.toBeInstanceOf(ApifyInputError);
    }
    expect(recorder.calls.length).toBe(before);
    // `a/b` stays inside the store's path (encoded), and the server rejects the character.
    await expect(run.keyValueStore.getRecord('a/b')).rejects.toBeInstanceOf(BadRequestError);
    expect((await run.keyValueStore.get()).id).toBeTruthy(); // the store is intact
  });

  it('setRecord() rejects a value JSON cannot carry', async () => {
    const { run } = scene();
    await expect(run.keyValueStore.setRecord('fn', (() => 1) as unknown as object)).rejects.toBeInstanceOf(
      ApifyInputError,
    );
  });

  it('deleteRecord() deletes; a missing record counts as deleted; a missing store throws', async () => {
    const { run } = scene();
    await run.keyValueStore.setRecord('gone', 1);
    await run.keyValueStore.deleteRecord('gone');
    expect(await run.keyValueStore.getRecord('gone')).toBeUndefined();
    await expect(run.keyValueStore.deleteRecord('gone')).resolves.toBeUndefined();
    await run.keyValueStore.delete();
    await expect(run.keyValueStore.deleteRecord('gone')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('listKeys() pages with exclusiveStartKey, limit and prefix', async () => {
    const { run, admin, keyValueStoreId } = scene();
    for (const key of ['a-1', 'a-2', 'a-3', 'b-1'])
      await admin.setRecord(keyValueStoreId, key, { value: 'x', contentType: 'text/plain' });
    const first = await run.keyValueStore.listKeys({ limit: 2 });
    expect(first.items.map((item) => item.key)).toEqual(['a-1', 'a-2']);
    expect(first.isTruncated).toBe(true);
    const second = await run.keyValueStore.listKeys({ exclusiveStartKey: first.nextExclusiveStartKey ?? undefined });
    expect(second.items.map((item) => item.key)).toEqual(['a-3', 'b-1']);
    expect(second.isTruncated).toBe(false);
    expect(second.items[0]).toMatchObject({ key: 'a-3', size: 1 });
    const b = await run.keyValueStore.listKeys({ prefix: 'b-' });
    expect(b.items.map((item) => item.key)).toEqual(['b-1']);
  });

  describe('iterateKeys() over 2,500 keys', () => {
    const keys = Array.from({ length: 2500 }, (_, i) => `k-${String(i).padStart(5, '0')}`);
    const fill = async () => {
      const recorder = recordingFetch();
      const s = scene({ fetch: recorder.fetch });
      for (const key of keys)
        await s.admin.setRecord(s.keyValueStoreId, key, { value: 'v', contentType: 'text/plain' });
      await s.admin.setRecord(s.keyValueStoreId, 'other', { value: 'v', contentType: 'text/plain' });
      return { ...s, calls: recorder.calls };
    };

    it.each([
      [{}, 3],
      [{ pageSize: 333, prefetch: false }, 8],
      [{ pageSize: 1000, prefetch: true }, 3],
    ])('yields every key once (%o, %i requests)', async (options, requests) => {
      const { run, calls } = await fill();
      const got = await collect(run.keyValueStore.iterateKeys({ ...options, prefix: 'k-' }));
      expect(got.map((item) => item.key)).toEqual(keys);
      expect(calls.length).toBe(requests);
    });

    it('honours exclusiveStartKey and limit, and stops early on break', async () => {
      const { run, calls } = await fill();
      const got = await collect(
        run.keyValueStore.iterateKeys({ exclusiveStartKey: 'k-00099', limit: 1200, pageSize: 500 }),
      );
      expect(got.map((item) => item.key)).toEqual(keys.slice(100, 1300));
      const before = calls.length;
      for await (const item of run.keyValueStore.iterateKeys({ prefetch: false })) if (item.key === 'k-00010') break;
      expect(calls.length - before).toBe(1);
    });

    it('rejects a pageSize outside 1–1000', async () => {
      const { run } = scene();
      await expect(collect(run.keyValueStore.iterateKeys({ pageSize: 1001 }))).rejects.toBeInstanceOf(ApifyInputError);
    });
  });

  it('downloadRecords() returns a ZIP as a stream or bytes, filtered by prefix', async () => {
    const { run } = scene();
    await run.keyValueStore.setRecord('img-1', new Uint8Array([1, 2, 3]));
    await run.keyValueStore.setRecord('img-2', 'two');
    await run.keyValueStore.setRecord('INPUT', { a: 1 });
    const bytes = await run.keyValueStore.downloadRecords({ prefix: 'img-', as: 'bytes' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const latin = new TextDecoder('latin1').decode(bytes);
    expect(latin.startsWith('PK')).toBe(true);
    expect(latin).toContain('img-1');
    expect(latin).toContain('img-2');
    expect(latin).not.toContain('INPUT');
    const stream = await run.keyValueStore.downloadRecords();
    expect(stream).toBeInstanceOf(ReadableStream);
    const all = new TextDecoder('latin1').decode(new Uint8Array(await new Response(stream).arrayBuffer()));
    expect(all).toContain('INPUT');
  });
});
