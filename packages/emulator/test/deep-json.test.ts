import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../src/http/json-limits.js';
import { startEmulator } from '../src/index.js';
import { makeTempDir } from './support/crawlee-fixture.js';
import { RUN_BASE, TOKEN, useEmulator } from './support/emulator.js';

/**
 * Regressions: a JSON body nested about 5,000 levels deep used to overflow the stack after part of it was stored
 * (a push kept the items before it; a request with such `userData` was stored and broke every later listing).
 */
const errors: unknown[] = [];
const env = useEmulator({ onError: (error) => errors.push(error) });

/** `{"a":{"a":...{"a":1}...}}`, `levels` objects deep. */
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

function freshRun() {
  const actor = env.emulator.admin.createActor({ name: `deep-${Math.random().toString(36).slice(2, 10)}` });
  return env.emulator.admin.createRun({ actorId: actor.id, status: 'RUNNING' });
}

const post = (path: string, text: string, method = 'POST') =>
  env.call(path, { method, body: text, headers: { 'content-type': 'application/json' }, raw: true });

describe('deeply nested JSON', () => {
  it('rejects a push with a 5,000-deep item as a whole: 400, nothing stored', async () => {
    const { run, datasetId } = freshRun();
    const pushed = await post(`${RUN_BASE(run.id)}/dataset/items`, `[{"ok":1},{"ok":2},${nested(5_000)}]`);
    expect(pushed.status).toBe(400);
    expect(pushed.body.error.type).toBe('invalid-input');
    expect(pushed.body.error.message).toContain(String(MAX_JSON_DEPTH));
    expect(env.emulator.state.datasets.get(datasetId)?.itemCount()).toBe(0);
    const items = await env.call(`${RUN_BASE(run.id)}/dataset/items`);
    expect(items.body).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('accepts nesting up to the limit, and the items read back', async () => {
    const { run } = freshRun();
    // The array is one level, the item the rest.
    const pushed = await post(`${RUN_BASE(run.id)}/dataset/items`, `[${nested(MAX_JSON_DEPTH - 1)}]`);
    expect(pushed.status).toBe(201);
    const items = await env.call(`${RUN_BASE(run.id)}/dataset/items?format=json`);
    expect(JSON.stringify(items.body)).toBe(`[${nested(MAX_JSON_DEPTH - 1)}]`);
    const tooDeep = await post(`${RUN_BASE(run.id)}/dataset/items`, `[${nested(MAX_JSON_DEPTH)}]`);
    expect(tooDeep.status).toBe(400);
  });

  it('rejects a request whose userData is 5,000 deep (add, batch add, update), and the queue still lists', async () => {
    const { run, requestQueueId } = freshRun();
    const deep = (uniqueKey: string) =>
      `{"url":"https://example.com/${uniqueKey}","uniqueKey":"${uniqueKey}","userData":${nested(5_000)}}`;
    const base = `${RUN_BASE(run.id)}/request-queue/requests`;
    expect((await post(base, deep('one'))).status).toBe(400);
    expect(
      (await post(`${base}/batch`, `[{"url":"https://example.com/ok","uniqueKey":"ok"},${deep('two')}]`)).status,
    ).toBe(400);
    const added = await env.call(base, {
      method: 'POST',
      body: { url: 'https://example.com/kept', uniqueKey: 'kept' },
    });
    expect(added.status).toBe(201);
    const updated = await post(`${base}/${added.body.data.requestId}`, deep('kept'), 'PUT');
    expect(updated.status).toBe(400);
    const queue = env.emulator.state.requestQueues.get(requestQueueId);
    expect(queue?.totalRequestCount).toBe(1);
    const listed = await env.call(base);
    expect(listed.status).toBe(200);
    expect(listed.body.data.items).toEqual([
      expect.objectContaining({ uniqueKey: 'kept', url: 'https://example.com/kept' }),
    ]);
    const head = await env.call(`${RUN_BASE(run.id)}/request-queue/head`);
    expect(head.status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('rejects deep bodies of the admin API too, before storing anything', async () => {
    const { datasetId, requestQueueId } = freshRun();
    const admin = (path: string, text: string) =>
      fetch(`${env.emulator.url}/__emulator${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
    expect((await admin(`/datasets/${datasetId}/items`, `[{"ok":1},${nested(5_000)}]`)).status).toBe(400);
    expect(env.emulator.state.datasets.get(datasetId)?.itemCount()).toBe(0);
    const requests = `[{"url":"https://example.com/a"},{"url":"https://example.com/b","userData":${nested(5_000)}}]`;
    expect((await admin(`/request-queues/${requestQueueId}/requests`, requests)).status).toBe(400);
    expect(env.emulator.state.requestQueues.get(requestQueueId)?.totalRequestCount).toBe(0);
    expect(errors).toEqual([]);
  });

  it('stores a deep JSON record as the bytes it is (records are not parsed into the state)', async () => {
    const { run } = freshRun();
    const text = nested(5_000);
    const put = await fetch(`${env.emulator.url}${RUN_BASE(run.id)}/key-value-store/records/deep`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: text,
    });
    expect(put.status).toBe(201);
    const got = await fetch(`${env.emulator.url}${RUN_BASE(run.id)}/key-value-store/records/deep`);
    expect(await got.text()).toBe(text);
  });

  it('serves a storage folder with a too-deep item file: the item is marked, the listing answers', async () => {
    const temp = makeTempDir();
    try {
      const folder = join(temp.dir, 'datasets', 'default');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, '000000001.json'), '{"fine":true}');
      writeFileSync(join(folder, '000000002.json'), nested(5_000));
      const disk = await startEmulator({
        storageDir: temp.dir,
        tokens: [TOKEN],
        onError: (error) => errors.push(error),
      });
      try {
        const items = await fetch(`${disk.url}/v2/acts/local~local-actor/runs/last/dataset/items`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        expect(items.status).toBe(200);
        const body = (await items.json()) as Array<Record<string, unknown>>;
        expect(body[0]).toEqual({ fine: true });
        expect(body[1]?.['#error']).toMatch(/000000002\.json could not be read: nested deeper than 128 levels/);
      } finally {
        await disk.close();
      }
      expect(errors).toEqual([]);
    } finally {
      temp.remove();
    }
  });
});
