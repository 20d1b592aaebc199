import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../src/node.js';

/**
 * How `createNodeFetch` reads an answer (src/node/exchange.ts): bodies gathered into one buffer, with or without
 * `content-length` (but not a HEAD answer's), text decoded once over chunk boundaries, informational answers skipped,
 * one read per body, and a streamed body that pauses undici while its reader is behind. Over real HTTP on 127.0.0.1,
 * except the pause, which a scripted dispatcher shows exactly.
 */

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const GET = { method: 'GET', headers: {} };
/** 3 MiB of bytes 0..250 repeating: many socket reads, and a pattern a reused or misplaced chunk would break. */
const BIG = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => i % 251);

describe('createNodeFetch reading an answer', () => {
  it('gathers a large body into one exact buffer, with content-length and without it (chunked)', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/sized') return res.writeHead(200, { 'content-length': BIG.byteLength }).end(BIG);
      res.writeHead(200); // no length: chunked
      for (let at = 0; at < BIG.byteLength; at += 100_000) res.write(BIG.subarray(at, at + 100_000));
      res.end();
    });
    const fetch = createNodeFetch();
    for (const path of ['/sized', '/chunked', '/sized', '/chunked']) {
      // The same keep-alive connection answers one after the other: no chunk may be a view of the next read.
      const buffer = await (await fetch(`${base}${path}`, GET)).arrayBuffer();
      expect(buffer).toBeInstanceOf(ArrayBuffer);
      expect(buffer.byteLength).toBe(BIG.byteLength);
      expect(Buffer.from(buffer).equals(BIG)).toBe(true);
    }
  });

  it('decodes text once, so a character split between two chunks stays whole, and drops a BOM', async () => {
    const text = 'é€𝄞'.repeat(20_000);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      // Odd-sized writes cut the multi-byte characters apart.
      for (let at = 0; at < bytes.byteLength; at += 4_097) res.write(bytes.subarray(at, at + 4_097));
      res.end();
    });
    expect(await (await createNodeFetch()(`${base}/`, GET)).text()).toBe(text);
  });

  it('reads ASCII as it is and anything else as UTF-8: a lone byte over 0x7F is U+FFFD, not its Latin-1 letter', async () => {
    const ascii = Buffer.from(Array.from({ length: 128 * 64 }, (_, i) => i % 128));
    const base = await serve((req, res) => res.end(req.url === '/ascii' ? ascii : Buffer.from([0x61, 0xe9, 0x62])));
    const fetch = createNodeFetch();
    expect(await (await fetch(`${base}/ascii`, GET)).text()).toBe(ascii.toString('latin1'));
    expect(await (await fetch(`${base}/other`, GET)).text()).toBe('a\uFFFDb');
  });

  it('skips an informational (1xx) answer and resolves with the final one', async () => {
    const base = await serve((_, res) => {
      res.writeEarlyHints({ link: '</style.css>; rel=preload' });
      res.writeHead(201, { 'x-final': 'yes', 'set-cookie': ['a=1', 'b=2'] }).end('{"ok":true}');
    });
    const response = await createNodeFetch()(`${base}/`, GET);
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-final')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(JSON.parse(await response.text())).toEqual({ ok: true });
  });

  it('reads a body once: a second read fails, as on a fetch Response', async () => {
    const base = await serve((_, res) => res.end('once'));
    const response = await createNodeFetch()(`${base}/`, GET);
    expect(await response.text()).toBe('once');
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
    await expect(response.body?.getReader().read()).rejects.toThrow(TypeError);
  });

  it('rejects a URL it cannot send to, and a signal aborted before the call', async () => {
    const fetch = createNodeFetch();
    await expect(fetch('ftp://127.0.0.1/x', GET)).rejects.toThrow(/http\(s\) URL/);
    const reason = new Error('stop');
    await expect(fetch('http://127.0.0.1:9/x', { ...GET, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});

/** A dispatcher that answers with the chunks a test hands it, and records what the handler asks of undici. */
function scripted(headers: Record<string, string> = {}) {
  const calls: string[] = [];
  let handler!: Dispatcher.DispatchHandler;
  const controller: Dispatcher.DispatchController = {
    aborted: false,
    paused: false,
    reason: null,
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    abort: () => calls.push('abort'),
  };
  const dispatcher = {
    dispatch(_: Dispatcher.DispatchOptions, h: Dispatcher.DispatchHandler) {
      handler = h;
      h.onRequestStart?.(controller, {});
      h.onResponseStart?.(controller, 200, { 'content-type': 'application/octet-stream', ...headers }, 'OK');
      return true;
    },
  } as unknown as Dispatcher;
  const send = (kib: number) => handler.onResponseData?.(controller, Buffer.alloc(kib * 1024, 7));
  return { calls, dispatcher, send, end: () => handler.onResponseEnd?.(controller, {}) };
}

describe('createNodeFetch setting a buffer aside', () => {
  it('fills one buffer of the content-length with what comes before and after the read starts', async () => {
    const s = scripted({ 'content-length': String(5 * 1024) });
    const response = await createNodeFetch({ dispatcher: s.dispatcher })('http://api.test/x', GET);
    s.send(1); // before the read: kept aside, then copied in
    const read = response.arrayBuffer();
    s.send(4);
    s.end();
    const buffer = await read;
    expect(buffer.byteLength).toBe(5 * 1024);
    expect(new Uint8Array(buffer).every((byte) => byte === 7)).toBe(true);
  });

  it("does not set aside a HEAD answer's content-length: that is the size of a body it does not have", async () => {
    const size = 512 * 1024 * 1024;
    const s = scripted({ 'content-length': String(size) });
    const before = process.memoryUsage().arrayBuffers;
    const response = await createNodeFetch({ dispatcher: s.dispatcher })('http://api.test/x', {
      method: 'HEAD',
      headers: {},
    });
    const read = response.arrayBuffer(); // before undici reports the end
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(size / 4);
    s.end();
    expect((await read).byteLength).toBe(0);
  });
});

describe('createNodeFetch streaming a body', () => {
  it('pauses undici while 64 KiB wait unread, resumes when the reader catches up, and ends with the answer', async () => {
    const s = scripted();
    const response = await createNodeFetch({ dispatcher: s.dispatcher })('http://api.test/x', GET);
    s.send(48); // before the stream is opened: kept
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(s.calls).toEqual([]); // 48 KiB queued, under the mark
    s.send(32); // 80 KiB queued
    expect(s.calls).toEqual(['pause']);
    expect((await reader.read()).value?.byteLength).toBe(48 * 1024); // 32 KiB left: room again
    expect(s.calls).toEqual(['pause', 'resume']);
    s.send(16);
    s.end();
    expect((await reader.read()).value?.byteLength).toBe(32 * 1024);
    expect((await reader.read()).value?.byteLength).toBe(16 * 1024);
    expect((await reader.read()).done).toBe(true);
  });

  it('aborts the request when the stream is cancelled before the answer has ended', async () => {
    const s = scripted();
    const response = await createNodeFetch({ dispatcher: s.dispatcher })('http://api.test/x', GET);
    s.send(1);
    await response.body?.cancel();
    expect(s.calls).toContain('abort');
    s.send(1); // undici may still hand over what it had: ignored, no error
  });
});
