import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { expectConformant } from './support/conformance.js';
import {
  FIXTURE_ITEMS,
  FIXTURE_REQUESTS,
  makeTempDir,
  PNG_BYTES,
  writeCrawleeFixture,
} from './support/crawlee-fixture.js';
import { LAST_BASE, RUN_BASE, TOKEN } from './support/emulator.js';

/**
 * `--storage <dir>`: a folder laid out by `apify run` / Crawlee served as a finished run, over real HTTP, with
 * restarts on the same folder. Each test starts its own emulators, since restarting is what is tested.
 */

let dir = '';
let removeDir = () => {};
const running = new Set<Emulator>();

beforeEach(() => {
  const temp = makeTempDir();
  dir = temp.dir;
  removeDir = temp.remove;
  writeCrawleeFixture(dir);
});
afterEach(async () => {
  for (const emulator of running) await emulator.close();
  running.clear();
  removeDir();
});

async function start(): Promise<Emulator> {
  const emulator = await startEmulator({ storageDir: dir, tokens: [TOKEN] });
  running.add(emulator);
  return emulator;
}
async function stop(emulator: Emulator): Promise<void> {
  running.delete(emulator);
  await emulator.close();
}

interface CallInit {
  method?: string;
  token?: string | null;
  body?: unknown;
  contentType?: string;
}

/** A real HTTP request, checked against the spec. */
async function call(emulator: Emulator, path: string, init: CallInit = {}) {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = {};
  const token = init.token === undefined ? TOKEN : init.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | Uint8Array | undefined;
  if (init.body instanceof Uint8Array || typeof init.body === 'string') body = init.body;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const url = `${emulator.url}${path}`;
  const response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  const parsed: any = await expectConformant(method, url, response);
  return { status: response.status, headers: response.headers, body: parsed, bytes };
}

const LOCAL = 'local~local-actor';

async function runIdOf(emulator: Emulator): Promise<string> {
  const last = await call(emulator, LAST_BASE(LOCAL));
  expect(last.status).toBe(200);
  return last.body.data.id;
}

describe('the storage folder as a finished run', () => {
  it('is the SUCCEEDED last run of local~local-actor, under a run ID that survives restarts', async () => {
    const first = await start();
    const runId = await runIdOf(first);
    const byId = await call(first, RUN_BASE(runId));
    expect(byId.body.data).toMatchObject({ id: runId, status: 'SUCCEEDED' });
    expect(byId.body.data.meta.origin).toBe('CLI');
    const succeeded = await call(first, LAST_BASE(LOCAL, '?status=SUCCEEDED'));
    expect(succeeded.body.data.id).toBe(runId);
    // The default user's own username (and `~name`) address the same Actor as `local~`.
    const own = await call(first, LAST_BASE(`${first.state.defaultUser.username}~local-actor`));
    expect(own.body.data.id).toBe(runId);
    const alias = await call(first, `/v2/actors/${LOCAL}/runs/last`);
    expect(alias.body.data.id).toBe(runId);
    await stop(first);

    const second = await start();
    expect(await runIdOf(second)).toBe(runId);
    const again = await call(second, RUN_BASE(runId));
    expect(again.body.data.defaultDatasetId).toBe(byId.body.data.defaultDatasetId);
    expect(again.body.data.defaultKeyValueStoreId).toBe(byId.body.data.defaultKeyValueStoreId);
    expect(again.body.data.defaultRequestQueueId).toBe(byId.body.data.defaultRequestQueueId);
  });

  it('answers the usual errors: unknown run 404, no token 401, another user 403', async () => {
    const emulator = await start();
    const runId = await runIdOf(emulator);
    const missing = await call(emulator, RUN_BASE('NoSuchRun12345678'));
    expect(missing.status).toBe(404);
    expect(missing.body.error.type).toBe('record-not-found');
    const noToken = await call(emulator, LAST_BASE(LOCAL), { token: null });
    expect(noToken.status).toBe(401);
    expect(noToken.body.error.type).toBe('token-not-provided');
    emulator.state.addUser({ id: 'OtherUser12345678', username: 'other' });
    emulator.state.addToken('other_token', 'OtherUser12345678');
    const foreign = await call(emulator, `${RUN_BASE(runId)}/dataset/items`, {
      method: 'POST',
      token: 'other_token',
      body: { x: 1 },
    });
    expect(foreign.status).toBe(403);
    expect(readdirSync(join(dir, 'datasets', 'default'))).toHaveLength(3);
  });
});

describe('dataset on disk', () => {
  it('serves the items Crawlee wrote under both bases', async () => {
    const emulator = await start();
    const runId = await runIdOf(emulator);
    // The last-run base takes its filters as a query, so the sub-path goes before it.
    const bases: Array<[string, string]> = [
      [RUN_BASE(runId), '?'],
      [LAST_BASE(LOCAL), '?status=SUCCEEDED&'],
    ];
    for (const [base, query] of bases) {
      const items = await call(emulator, `${base}/dataset/items${query}format=json`);
      expect(items.status).toBe(200);
      expect(items.body).toEqual(FIXTURE_ITEMS);
      const page = await call(emulator, `${base}/dataset/items${query}offset=1&limit=1`);
      expect(page.body).toEqual([FIXTURE_ITEMS[1]]);
      const dataset = await call(emulator, `${base}/dataset${query}`);
      expect(dataset.body.data).toMatchObject({ itemCount: 3, name: 'default' });
    }
  });

  it('puts right the counts of a __metadata__.json that lags behind its files (left so by a kill)', async () => {
    const folder = join(dir, 'datasets', 'default');
    writeFileSync(
      join(folder, '__metadata__.json'),
      JSON.stringify({ id: 'LaggingDataset001', name: 'default', itemCount: 1 }),
    );
    // Started and stopped with no request at all: nothing else would rewrite the file.
    await stop(await start());
    expect(JSON.parse(readFileSync(join(folder, '__metadata__.json'), 'utf8'))).toMatchObject({
      id: 'LaggingDataset001',
      itemCount: 3,
    });
  });

  it('keeps pushed items across a restart, as the next numbered files', async () => {
    const first = await start();
    const runId = await runIdOf(first);
    const pushed = await call(first, `${RUN_BASE(runId)}/dataset/items`, {
      method: 'POST',
      body: [{ n: 4 }, { n: 5 }],
    });
    expect(pushed.status).toBe(201);
    const viaLast = await call(first, `${LAST_BASE(LOCAL)}/dataset/items`, { method: 'POST', body: { n: 6 } });
    expect(viaLast.status).toBe(201);
    await stop(first);
    const folder = join(dir, 'datasets', 'default');
    expect(JSON.parse(readFileSync(join(folder, '000000006.json'), 'utf8'))).toEqual({ n: 6 });
    expect(JSON.parse(readFileSync(join(folder, '__metadata__.json'), 'utf8'))).toMatchObject({
      name: 'default',
      itemCount: 6,
    });

    const second = await start();
    const items = await call(second, `${RUN_BASE(runId)}/dataset/items`);
    expect(items.body).toEqual([...FIXTURE_ITEMS, { n: 4 }, { n: 5 }, { n: 6 }]);
  });

  it('loses nothing under 50 parallel pushes and numbers the files consecutively', async () => {
    const emulator = await start();
    const runId = await runIdOf(emulator);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        call(emulator, `${n % 2 ? RUN_BASE(runId) : LAST_BASE(LOCAL)}/dataset/items`, {
          method: 'POST',
          body: { n },
        }),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(50).fill(201));
    const files = readdirSync(join(dir, 'datasets', 'default'))
      .filter((name) => /^\d+\.json$/.test(name))
      .sort();
    expect(files).toEqual(Array.from({ length: 53 }, (_, i) => `${String(i + 1).padStart(9, '0')}.json`));
    const items = await call(emulator, `${RUN_BASE(runId)}/dataset/items?offset=3`);
    expect(items.body.map((item: { n: number }) => item.n).sort((a: number, b: number) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, n) => n),
    );
  });
});

// These go through the key-value store and request queue handlers: they need those handlers implemented.
describe('key-value store on disk', () => {
  it('serves records with and without Crawlee metadata under both bases', async () => {
    const emulator = await start();
    const runId = await runIdOf(emulator);
    for (const base of [RUN_BASE(runId), LAST_BASE(LOCAL)]) {
      const keys = await call(emulator, `${base}/key-value-store/keys`);
      expect(keys.status).toBe(200);
      expect(keys.body.data.items.map((item: { key: string }) => item.key)).toEqual(['INPUT', 'OUTPUT', 'screenshot']);
      const input = await call(emulator, `${base}/key-value-store/records/INPUT`);
      expect(input.status).toBe(200);
      expect(input.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(Buffer.from(input.bytes).toString('utf8'))).toEqual({ startUrls: ['https://example.com'] });
      const screenshot = await call(emulator, `${base}/key-value-store/records/screenshot`);
      expect(screenshot.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(screenshot.bytes).equals(Buffer.from(PNG_BYTES))).toBe(true);
      const missing = await call(emulator, `${base}/key-value-store/records/NOPE`);
      expect(missing.status).toBe(404);
    }
  });

  it('keeps a record put through the API across a restart, replacing the old extension', async () => {
    const first = await start();
    const runId = await runIdOf(first);
    const put = await call(first, `${RUN_BASE(runId)}/key-value-store/records/OUTPUT`, {
      method: 'PUT',
      body: '<p>done</p>',
      contentType: 'text/html',
    });
    expect(put.status).toBeLessThan(300);
    const viaLast = await call(first, `${LAST_BASE(LOCAL)}/key-value-store/records/NOTE`, {
      method: 'PUT',
      body: 'hello',
      contentType: 'text/plain',
    });
    expect(viaLast.status).toBeLessThan(300);
    await stop(first);
    const files = readdirSync(join(dir, 'key_value_stores', 'default'));
    expect(files).toContain('OUTPUT.html');
    expect(files).not.toContain('OUTPUT.json');
    expect(files).toContain('NOTE.txt');

    const second = await start();
    const record = await call(second, `${RUN_BASE(runId)}/key-value-store/records/OUTPUT`);
    expect(record.headers.get('content-type')).toMatch(/^text\/html/);
    expect(Buffer.from(record.bytes).toString('utf8')).toBe('<p>done</p>');
    const note = await call(second, `${LAST_BASE(LOCAL)}/key-value-store/records/NOTE`);
    expect(Buffer.from(note.bytes).toString('utf8')).toBe('hello');
  });
});

describe('request queue on disk', () => {
  it('serves the requests Crawlee stored under both bases', async () => {
    const emulator = await start();
    const runId = await runIdOf(emulator);
    for (const base of [RUN_BASE(runId), LAST_BASE(LOCAL)]) {
      const queue = await call(emulator, `${base}/request-queue`);
      expect(queue.status).toBe(200);
      expect(queue.body.data).toMatchObject({ totalRequestCount: 2, handledRequestCount: 1, pendingRequestCount: 1 });
      const [pending] = FIXTURE_REQUESTS;
      const request = await call(emulator, `${base}/request-queue/requests/${pending?.id}`);
      expect(request.body.data).toMatchObject({ id: pending?.id, url: pending?.url, uniqueKey: pending?.uniqueKey });
      const head = await call(emulator, `${base}/request-queue/head`);
      expect(head.body.data.items.map((item: { id: string }) => item.id)).toEqual([pending?.id]);
    }
  });

  it('keeps a request added through the API across a restart, in the Crawlee entry shape', async () => {
    const first = await start();
    const runId = await runIdOf(first);
    const added = await call(first, `${LAST_BASE(LOCAL)}/request-queue/requests`, {
      method: 'POST',
      body: { url: 'https://example.com/new', uniqueKey: 'new' },
    });
    expect(added.status).toBe(201);
    const requestId: string = added.body.data.requestId;
    const duplicate = await call(first, `${RUN_BASE(runId)}/request-queue/requests`, {
      method: 'POST',
      body: { url: 'https://example.com/a', uniqueKey: 'https://example.com/a' },
    });
    expect(duplicate.body.data.wasAlreadyPresent).toBe(true);
    await stop(first);
    const entry = JSON.parse(readFileSync(join(dir, 'request_queues', 'default', `${requestId}.json`), 'utf8'));
    expect(entry).toMatchObject({ id: requestId, url: 'https://example.com/new', uniqueKey: 'new' });
    expect(JSON.parse(entry.json)).toMatchObject({ id: requestId, url: 'https://example.com/new' });
    expect(typeof entry.orderNo).toBe('number');
    const metadata = JSON.parse(readFileSync(join(dir, 'request_queues', 'default', '__metadata__.json'), 'utf8'));
    expect(metadata).toMatchObject({ name: 'default', totalRequestCount: 3, handledRequestCount: 1 });

    const second = await start();
    const request = await call(second, `${RUN_BASE(runId)}/request-queue/requests/${requestId}`);
    expect(request.body.data).toMatchObject({ id: requestId, url: 'https://example.com/new', uniqueKey: 'new' });
    const queue = await call(second, `${RUN_BASE(runId)}/request-queue`);
    expect(queue.body.data.totalRequestCount).toBe(3);
  });
});
