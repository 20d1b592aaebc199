import { describe, expect, it } from 'vitest';
import { LAST_BASE, RUN_BASE, useEmulator } from './support/emulator.js';

const env = useEmulator();

/** Calls the admin API (no token, no spec conformance: it is not part of the Apify API). */
const admin = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  env.call(`/__emulator${path}`, { token: null, raw: true, method: 'POST', ...init });

const createRun = async (body: Record<string, unknown>) => {
  const created = await admin('/runs', { body });
  expect(created.status).toBe(201);
  return created.body.data as {
    run: { id: string };
    datasetId: string;
    keyValueStoreId: string;
    requestQueueId: string;
  };
};

describe('admin: users, tokens, actors, runs', () => {
  it('reports health', async () => {
    const health = await admin('/health', { method: 'GET' });
    expect(health.status).toBe(200);
    expect(health.body.data).toMatchObject({ status: 'ok', runs: expect.any(Number) });
  });

  it('creates a user with a token and an Actor that the API then serves', async () => {
    const user = await admin('/users', { body: { username: 'alice', id: 'AliceUser0000001' } });
    expect(user.status).toBe(201);
    expect(user.body.data).toEqual({ id: 'AliceUser0000001', username: 'alice' });
    expect((await admin('/tokens', { body: { token: 'alice_token', userId: 'AliceUser0000001' } })).status).toBe(201);
    const actor = await admin('/actors', { body: { name: 'crawler', userId: 'AliceUser0000001' } });
    expect(actor.body.data).toMatchObject({ name: 'crawler', username: 'alice', userId: 'AliceUser0000001' });
    const run = await createRun({ actorId: 'alice~crawler', status: 'SUCCEEDED', origin: 'SCHEDULER' });
    const last = await env.call(LAST_BASE('alice~crawler', '?origin=SCHEDULER'), { token: 'alice_token' });
    expect(last.status).toBe(200);
    expect(last.body.data.id).toBe(run.run.id);
    // Another user's token cannot write to it.
    const foreign = await env.call(`${RUN_BASE(run.run.id)}/abort`, { method: 'POST' });
    expect(foreign.status).toBe(403);
  });

  it('rejects duplicates and unknown owners with Apify-shaped errors', async () => {
    await admin('/actors', { body: { name: 'twice' } });
    const again = await admin('/actors', { body: { name: 'twice' } });
    expect(again.status).toBe(409);
    expect(again.body.error.type).toBe('actor-name-not-unique');
    const noUser = await admin('/tokens', { body: { token: 't', userId: 'NoSuchUser' } });
    expect(noUser.status).toBe(404);
    const noActor = await admin('/runs', { body: { actorId: 'demo~missing' } });
    expect(noActor.status).toBe(404);
    expect(noActor.body.error.type).toBe('actor-not-found');
  });

  it('creates runs with fixed IDs, times, options and a plan', async () => {
    await admin('/actors', { body: { name: 'planned', id: 'PlannedActor0001' } });
    const created = await createRun({
      actorId: 'PlannedActor0001',
      id: 'PlannedRun000001',
      status: 'RUNNING',
      startedAt: '2025-02-01T08:00:00.000Z',
      options: { memoryMbytes: 2048 },
      defaultDatasetId: 'PlannedDataset01',
      plan: [{ status: 'SUCCEEDED', afterMs: 300, statusMessage: 'done' }],
    });
    expect(created.run.id).toBe('PlannedRun000001');
    expect(created.datasetId).toBe('PlannedDataset01');
    const before = await env.call(RUN_BASE('PlannedRun000001'));
    expect(before.body.data).toMatchObject({ status: 'RUNNING', startedAt: '2025-02-01T08:00:00.000Z' });
    expect(before.body.data.options.memoryMbytes).toBe(2048);
    const waiting = env.call(`${RUN_BASE('PlannedRun000001')}?waitForFinish=5`);
    await env.clock.whenPending('waitForFinish');
    await env.clock.advance(300);
    const after = await waiting;
    expect(after.body.data).toMatchObject({ status: 'SUCCEEDED', statusMessage: 'done' });
    const fixed = await createRun({
      actorId: 'PlannedActor0001',
      status: 'FAILED',
      startedAt: '2025-02-01T08:00:00.000Z',
      finishedAt: '2025-02-01T08:01:00.000Z',
    });
    const failed = await env.call(RUN_BASE(fixed.run.id));
    expect(failed.body.data).toMatchObject({ status: 'FAILED', finishedAt: '2025-02-01T08:01:00.000Z' });
    expect(failed.body.data.stats.durationMillis).toBe(60_000);
  });

  it('sets a run status, waking waitForFinish, and validates the body', async () => {
    const { run } = await createRun({ actorId: 'demo~planned', status: 'RUNNING' });
    const waiting = env.call(`${RUN_BASE(run.id)}?waitForFinish=10`);
    await env.clock.whenPending('waitForFinish');
    const set = await admin(`/runs/${run.id}/status`, { body: { status: 'ABORTED', statusMessage: 'stopped' } });
    expect(set.body.data).toMatchObject({ status: 'ABORTED', statusMessage: 'stopped' });
    expect((await waiting).body.data.status).toBe('ABORTED');
    const bad = await admin(`/runs/${run.id}/status`, { body: { status: 'DONE' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('invalid-value');
    const missing = await admin('/runs/NoSuchRun/status', { body: { status: 'FAILED' } });
    expect(missing.status).toBe(404);
  });

  it('answers 400 for bad bodies and 404/405 for unknown routes, never 500', async () => {
    const cases: Array<[string, { method?: string; body?: unknown; headers?: Record<string, string> }, number]> = [
      ['/runs', { body: '{not json', headers: { 'content-type': 'application/json' } }, 400],
      ['/runs', { body: [] }, 400],
      ['/runs', { body: { actorId: 'demo~planned', startedAt: 'yesterday' } }, 400],
      ['/runs', { body: { actorId: 'demo~planned', plan: [{ status: 'SUCCEEDED' }] } }, 400],
      ['/runs', { body: { actorId: 'demo~planned', options: { memoryMbytes: 1 } } }, 400],
      ['/runs', { body: { actorId: 'demo~planned', id: '../x' } }, 400],
      ['/actors', { body: { name: 'has space' } }, 400],
      ['/datasets/x/generate', { body: { count: -1 } }, 400],
      ['/nothing', {}, 404],
      ['/health', { method: 'DELETE' }, 405],
    ];
    for (const [path, init, status] of cases) {
      const response = await admin(path, init);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.body.error).toEqual({ type: expect.any(String), message: expect.any(String) });
    }
  });
});

describe('admin: storages and logs', () => {
  it('appends to a run log as text or JSON', async () => {
    const { run } = await createRun({ actorId: 'demo~planned', status: 'RUNNING' });
    await admin(`/runs/${run.id}/log`, { body: 'first line\n', headers: { 'content-type': 'text/plain' } });
    const appended = await admin(`/runs/${run.id}/log`, { body: { text: 'second line\n' } });
    expect(appended.status).toBe(200);
    const log = await env.call(`${RUN_BASE(run.id)}/log`);
    expect(log.body).toContain('first line\nsecond line\n');
  });

  it('pushes items beyond the API body limit and generates deterministic items', async () => {
    const { run, datasetId } = await createRun({ actorId: 'demo~planned', status: 'SUCCEEDED' });
    // ~10 MB in one request: more than the public API's 9,437,184-byte limit.
    const big = Array.from({ length: 100 }, (_, index) => ({ index, blob: 'x'.repeat(100_000) }));
    const pushed = await admin(`/datasets/${datasetId}/items`, { body: big });
    expect(pushed.status).toBe(201);
    expect(pushed.body.data.itemCount).toBe(100);
    const generated = await admin(`/datasets/${datasetId}/generate`, { body: { count: 2_500 } });
    expect(generated.body.data).toEqual({ generated: 2_500, itemCount: 2_600 });
    const page = await env.call(`${RUN_BASE(run.id)}/dataset/items?offset=100&limit=2`);
    expect(page.body[0]).toMatchObject({ index: 100, url: 'https://shop.example.com/products/100' });
    expect(page.body[1]).toMatchObject({ index: 101, title: expect.any(String), price: expect.any(Number) });
    const templated = await admin(`/datasets/${datasetId}/generate`, {
      body: { count: 3, template: { id: '{index}', name: 'item {index}', tags: ['t{index}'] } },
    });
    expect(templated.body.data.itemCount).toBe(2_603);
    const last = await env.call(`${RUN_BASE(run.id)}/dataset/items?offset=2600`);
    expect(last.body).toEqual([
      { id: 2600, name: 'item 2600', tags: ['t2600'] },
      { id: 2601, name: 'item 2601', tags: ['t2601'] },
      { id: 2602, name: 'item 2602', tags: ['t2602'] },
    ]);
    const notObject = await admin(`/datasets/${datasetId}/items`, { body: [1, 2] });
    expect(notObject.status).toBe(400);
    expect((await admin('/datasets/NoSuchDataset/items', { body: [{}] })).status).toBe(404);
  });

  it('generates a large dataset in chunks', async () => {
    const { datasetId } = await createRun({ actorId: 'demo~planned', status: 'SUCCEEDED' });
    const generated = await admin(`/datasets/${datasetId}/generate`, { body: { count: 100_000 } });
    expect(generated.body.data.itemCount).toBe(100_000);
    const same = await env.emulator.admin.generateItems(datasetId, { count: 0 });
    expect(same.itemCount).toBe(100_000);
  });

  it('stores raw key-value records with their content type', async () => {
    const { run, keyValueStoreId } = await createRun({ actorId: 'demo~planned', status: 'SUCCEEDED' });
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252]);
    const put = await admin(`/key-value-stores/${keyValueStoreId}/records/blob.bin`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/x-custom' },
    });
    expect(put.status).toBe(204);
    const record = await env.call(`${RUN_BASE(run.id)}/key-value-store/records/blob.bin`, { raw: true });
    expect(record.headers.get('content-type')).toContain('application/x-custom');
    expect(new Uint8Array(await record.response.arrayBuffer())).toEqual(bytes);
    const badKey = await admin(`/key-value-stores/${keyValueStoreId}/records/${encodeURIComponent('a/b')}`, {
      method: 'PUT',
      body: 'x',
    });
    expect(badKey.status).toBe(400);
    expect(badKey.body.error.type).toBe('invalid-record-key');
  });

  it('adds requests to a queue, deduplicated by uniqueKey', async () => {
    const { run, requestQueueId } = await createRun({ actorId: 'demo~planned', status: 'SUCCEEDED' });
    const one = await admin(`/request-queues/${requestQueueId}/requests`, { body: { url: 'https://a.example/' } });
    expect(one.status).toBe(201);
    expect(one.body.data).toMatchObject({ uniqueKey: 'https://a.example/', wasAlreadyPresent: false });
    const many = await admin(`/request-queues/${requestQueueId}/requests`, {
      body: [{ url: 'https://a.example/' }, { url: 'https://b.example/', uniqueKey: 'b', userData: { label: 'B' } }],
    });
    expect(many.body.data.map((r: { wasAlreadyPresent: boolean }) => r.wasAlreadyPresent)).toEqual([true, false]);
    const fetched = await env.call(`${RUN_BASE(run.id)}/request-queue/requests/${many.body.data[1].requestId}`);
    expect(fetched.body.data).toMatchObject({ url: 'https://b.example/', uniqueKey: 'b', userData: { label: 'B' } });
    expect((await admin(`/request-queues/${requestQueueId}/requests`, { body: [{ uniqueKey: 'x' }] })).status).toBe(
      400,
    );
  });
});

describe('admin: faults', () => {
  it('adds, lists and deletes fault rules over HTTP', async () => {
    const { run } = await createRun({ actorId: 'demo~planned', status: 'SUCCEEDED' });
    const added = await admin('/faults', {
      body: { match: { operationId: 'get' }, times: 1, fault: { kind: 'status', status: 429, retryAfter: 1 } },
    });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ id: expect.any(String), fired: 0, seed: expect.any(Number) });
    expect((await admin('/faults', { method: 'GET' })).body.data).toHaveLength(1);
    expect((await env.call(RUN_BASE(run.id))).status).toBe(429);
    expect((await env.call(RUN_BASE(run.id))).status).toBe(200);
    const list = await admin('/faults', { body: [{ fault: { kind: 'delay', ms: 1 } }, { fault: { kind: 'hang' } }] });
    expect(list.body.data).toHaveLength(2);
    expect((await admin(`/faults/${list.body.data[0].id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`/faults/${list.body.data[0].id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await admin('/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await admin('/faults', { method: 'GET' })).body.data).toEqual([]);
  });

  it('adds nothing when one rule of a list is invalid', async () => {
    const bad = await admin('/faults', { body: [{ fault: { kind: 'reset' } }, { fault: { kind: 'explode' } }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('invalid-value');
    expect((await admin('/faults', { method: 'GET' })).body.data).toEqual([]);
  });
});
