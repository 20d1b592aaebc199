import { request } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkRecordKey } from '../src/key-value-store/record-key.js';
import { RUN_BASE, useEmulator } from './support/emulator.js';
import { freshStoreRun, PNG } from './support/key-value-store.js';

const env = useEmulator();
const freshRun = () => freshStoreRun(env.emulator);

/** Sends a request exactly as written: fetch would normalise `..` segments away. */
function rawRequest(path: string, method = 'GET'): Promise<{ status: number; body: { error?: { type?: string } } }> {
  return new Promise((resolve, reject) => {
    const url = new URL(env.emulator.url);
    const req = request(
      { host: url.hostname, port: url.port, path, method, headers: { authorization: 'Bearer test_token' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) }),
        );
      },
    );
    req.on('error', reject);
    req.end(method === 'PUT' ? 'x' : undefined);
  });
}

describe('key-value store object', () => {
  it('describes, renames and deletes the default store under both bases', async () => {
    const { store, bases, run, last } = freshRun();
    for (const base of bases) {
      const got = await env.call(`${base.kv}${base.query}`);
      expect(got.status).toBe(200);
      expect(got.body.data.id).toBe(store.meta.id);
      expect(got.body.data.keysPublicUrl).toBe(`${env.emulator.url}/v2/key-value-stores/${store.meta.id}/keys`);
    }
    await env.call(`${run.kv}/records/a`, { method: 'PUT', body: 'hello', headers: { 'content-type': 'text/plain' } });
    await env.call(`${last.kv}/records/a${last.query}`);
    await env.call(`${run.kv}/keys`);
    await env.call(`${run.kv}/records/a`, { method: 'DELETE' });
    const renamed = await env.call(`${last.kv}${last.query}`, { method: 'PUT', body: { name: 'renamed-store' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.name).toBe('renamed-store');
    expect(renamed.body.data.stats).toEqual({
      readCount: 1,
      writeCount: 1,
      deleteCount: 1,
      listCount: 1,
      s3StorageBytes: 0,
      storageBytes: 0,
    });
    const deleted = await env.call(`${run.kv}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const gone = await env.call(`${last.kv}${last.query}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.type).toBe('record-not-found');
    expect((await env.call(`${run.kv}/records/a`)).body.error.message).toBe('Key-value Store was not found');
  });
});

describe('records', () => {
  it('round-trips JSON, text and PNG bytes under both bases, PUT and POST alike', async () => {
    const { store, bases } = freshRun();
    for (const base of bases) {
      const q = base.query;
      const json = await env.call(`${base.kv}/records/OUTPUT${q}`, { method: 'PUT', body: { n: 1, list: [true] } });
      expect(json.status).toBe(201);
      expect(json.body).toEqual({});
      expect(json.headers.get('location')).toBe(
        `${env.emulator.url}/v2/key-value-stores/${store.meta.id}/records/OUTPUT`,
      );
      const text = await env.call(`${base.kv}/records/note.txt${q}`, {
        method: 'POST',
        body: 'héllo',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
      expect(text.status).toBe(201);
      const png = await env.call(`${base.kv}/records/shot${q}`, {
        method: 'PUT',
        body: PNG,
        headers: { 'content-type': 'image/png' },
      });
      expect(png.status).toBe(201);

      const gotJson = await env.call(`${base.kv}/records/OUTPUT${q}`);
      expect(gotJson.headers.get('content-type')).toBe('application/json');
      expect(gotJson.body).toEqual({ n: 1, list: [true] });
      const gotText = await env.call(`${base.kv}/records/note.txt${q}`);
      expect(gotText.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(gotText.body).toBe('héllo');
      const gotPng = await env.call(`${base.kv}/records/shot${q}`);
      expect(gotPng.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await gotPng.response.arrayBuffer())).toEqual(PNG);
      expect(gotPng.headers.get('content-disposition')).toBeNull();
      await store.deleteRecord('OUTPUT');
    }
  });

  it('stores bytes without a Content-Type as application/octet-stream and serves attachment=1 as a download', async () => {
    const { run: base } = freshRun();
    await env.call(`${base.kv}/records/blob`, { method: 'PUT', body: new Uint8Array([1, 2, 3]) });
    const got = await env.call(`${base.kv}/records/blob?attachment=1`);
    expect(got.headers.get('content-type')).toBe('application/octet-stream');
    expect(got.headers.get('content-disposition')).toBe('attachment; filename="blob"');
  });

  it('keeps the Content-Encoding of a gzip upload and decompresses for clients that do not accept it', async () => {
    const { store, last: base } = freshRun();
    const original = JSON.stringify({ text: 'compress me '.repeat(200) });
    const compressed = gzipSync(original);
    const put = await env.call(`${base.kv}/records/big${base.query}`, {
      method: 'PUT',
      body: compressed,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(put.status).toBe(201);
    const stored = await store.getRecord('big');
    expect(stored?.contentEncoding).toBe('gzip');
    expect(stored?.value.byteLength).toBeLessThan(original.length);

    const accepted = await env.call(`${base.kv}/records/big${base.query}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(accepted.headers.get('content-encoding')).toBe('gzip');
    expect(accepted.body).toEqual(JSON.parse(original));

    const plain = await env.call(`${base.kv}/records/big${base.query}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body).toEqual(JSON.parse(original));
    const refused = await env.call(`${base.kv}/records/big${base.query}`, {
      headers: { 'accept-encoding': 'gzip;q=0, *' },
    });
    expect(refused.headers.get('content-encoding')).toBeNull();

    const keys = await env.call(`${base.kv}/keys${base.query}`);
    expect(keys.body.data.items[0].size).toBe(stored?.value.byteLength);
  });

  it('keeps br and deflate uploads compressed too', async () => {
    const { store, run: base } = freshRun();
    const original = 'plain text '.repeat(100);
    const bodies = { br: brotliCompressSync(original), deflate: deflateSync(original) };
    for (const [encoding, body] of Object.entries(bodies)) {
      const put = await env.call(`${base.kv}/records/${encoding}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain', 'content-encoding': encoding },
      });
      expect(put.status).toBe(201);
      expect((await store.getRecord(encoding))?.contentEncoding).toBe(encoding);
      const plain = await env.call(`${base.kv}/records/${encoding}`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.body).toBe(original);
      const encoded = await env.call(`${base.kv}/records/${encoding}`, { headers: { 'accept-encoding': '*' } });
      expect(encoded.headers.get('content-encoding')).toBe(encoding);
      expect(encoded.body).toBe(original);
    }
  });

  it('rejects invalid JSON under a JSON Content-Type and unknown Content-Encodings', async () => {
    const { run: base } = freshRun();
    const bad = await env.call(`${base.kv}/records/x`, {
      method: 'PUT',
      body: '{"a":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('invalid-request');
    const encoding = await env.call(`${base.kv}/records/x`, {
      method: 'PUT',
      body: 'abc',
      headers: { 'content-type': 'text/plain', 'content-encoding': 'compress' },
      raw: true,
    });
    expect(encoding.status).toBe(415);
    expect(encoding.body.error.type).toBe('unsupported-content-encoding');
    expect((await env.call(`${base.kv}/records/x`)).status).toBe(404);
  });

  it('answers 404 record-not-found for a missing record on GET and DELETE, and deletes with 204', async () => {
    const { bases } = freshRun();
    for (const base of bases) {
      const missing = await env.call(`${base.kv}/records/nothing${base.query}`);
      expect(missing.status).toBe(404);
      expect(missing.body.error).toEqual({ type: 'record-not-found', message: 'Record was not found' });
      const del = await env.call(`${base.kv}/records/nothing${base.query}`, { method: 'DELETE' });
      expect(del.status).toBe(404);
      await env.call(`${base.kv}/records/here${base.query}`, { method: 'PUT', body: 'x' });
      expect((await env.call(`${base.kv}/records/here${base.query}`, { method: 'DELETE' })).status).toBe(204);
      expect((await env.call(`${base.kv}/records/here${base.query}`)).status).toBe(404);
    }
    const noRun = await env.call(`${RUN_BASE('NoSuchRun12345678')}/key-value-store/records/a`);
    expect(noRun.body.error.message).toBe('Actor run was not found');
  });

  it('needs a token for writes (401) and the owner for writes (403)', async () => {
    const { store, run, last } = freshRun();
    const put = await env.call(`${run.kv}/records/a`, { method: 'PUT', body: 'x', token: null });
    expect(put.status).toBe(401);
    expect(put.body.error.type).toBe('token-not-provided');
    const del = await env.call(`${run.kv}/records/a`, { method: 'DELETE', token: null });
    expect(del.status).toBe(401);
    const keys = await env.call(`${last.kv}/keys${last.query}`, { token: null });
    expect(keys.status).toBe(401);
    expect(await store.getRecord('a')).toBeUndefined();

    const state = env.emulator.state;
    const other = state.addUser({ id: 'OtherUser00000001', username: 'other' });
    const actor = state.createActor({ name: 'foreign', userId: other.id });
    const foreign = state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
    const forbidden = await env.call(`${RUN_BASE(foreign.run.id)}/key-value-store/records/a`, {
      method: 'PUT',
      body: 'x',
    });
    expect(forbidden.status).toBe(403);
  });
});

describe('record keys', () => {
  it("rejects keys outside a-zA-Z0-9!-_.'() or 1–256 characters with 400 invalid-record-key", async () => {
    const { store, run: base } = freshRun();
    for (const key of ['a%2Fb', encodeURIComponent('ü'), 'x'.repeat(257), 'a%20b']) {
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const result = await env.call(`${base.kv}/records/${key}`, {
          method,
          ...(method === 'PUT' ? { body: 'x' } : {}),
        });
        expect(result.status, `${method} ${key}`).toBe(400);
        expect(result.body.error.type).toBe('invalid-record-key');
      }
    }
    // `.` and `..` segments are resolved by URL parsing (here and in every WHATWG client) before routing, so they
    // address the parent path instead of a record: nothing may ever be stored under them.
    for (const key of ['..', '.', '%2E%2E', '%2e']) {
      const result = await rawRequest(`${base.kv}/records/${key}`, 'PUT');
      expect(result.status, JSON.stringify(result.body)).toBeGreaterThanOrEqual(400);
    }
    expect(store.backend.keys()).toEqual([]);
    expect(() => checkRecordKey('..')).toThrow(expect.objectContaining({ status: 400, type: 'invalid-record-key' }));
    expect(() => checkRecordKey('.')).toThrow(expect.objectContaining({ status: 400, type: 'invalid-record-key' }));
    const longest = "A-z_0.9!'()".padEnd(256, 'k');
    expect((await env.call(`${base.kv}/records/${longest}`, { method: 'PUT', body: 'ok' })).status).toBe(201);
    expect((await env.call(`${base.kv}/records/${longest}`)).body).toBe('ok');
    expect((await env.call(`${base.kv}/records/..a`, { method: 'PUT', body: 'dots' })).status).toBe(201);
  });
});
