import { describe, expect, it } from 'vitest';
import { ApifyUserAbortError, NotFoundError, RateLimitError } from '../src/index.js';
import { createNodeFetch } from '../src/node.js';
import { useEmulator } from './support/emulator.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

/**
 * The Node transport (`@apify-runs/client/node`) under every helper's kind of body: JSON, text, bytes, streams in
 * both directions, bodiless answers, errors. The transport policy itself (retries, deadlines, aborts) runs on it in
 * transport-faults.test.ts.
 */

const env = useEmulator();
const nodeFetch = createNodeFetch();

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe.each(LOCATORS)('createNodeFetch via %s', (_, locate) => {
  const scene = (prefix: string) => storageScene(env, locate, prefix, { fetch: nodeFetch });

  it('reads the run, items (JSON, pages, bytes, a stream) and statistics', async () => {
    const s = scene('node-items');
    await s.admin.generateItems(s.datasetId, { count: 2500 });
    expect((await s.run.get())?.id).toBe(s.runId);
    const page = await s.run.dataset.listItems({ offset: 10, limit: 5 });
    expect(page).toMatchObject({ total: 2500, offset: 10, count: 5 });
    let seen = 0;
    for await (const _item of s.run.dataset.iterateItems({ pageSize: 1000 })) seen++;
    expect(seen).toBe(2500);
    const bytes = await s.run.dataset.download('jsonl', { as: 'bytes', limit: 3 });
    expect(new TextDecoder().decode(bytes).trim().split('\n')).toHaveLength(3);
    const streamed = await bytesOf(await s.run.dataset.download('csv', { limit: 2 }));
    expect(new TextDecoder().decode(streamed).trim().split('\n')).toHaveLength(3); // header + 2 rows
    await expect(s.run.dataset.statistics()).resolves.toBeDefined();
  });

  it('writes and reads records of every body kind', async () => {
    const s = scene('node-records');
    const store = s.run.keyValueStore;
    await store.setRecord('json', { a: 1 });
    await store.setRecord('text', 'héllo', { contentType: 'text/plain; charset=utf-8' });
    await store.setRecord('bytes', new Uint8Array([0, 1, 255]));
    await store.setRecord('blob', new Blob(['from a blob'], { type: 'text/plain' }));
    await store.setRecord(
      'stream',
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('streamed '));
          controller.enqueue(new TextEncoder().encode('up'));
          controller.close();
        },
      }),
      { contentType: 'text/plain' },
    );
    expect((await store.getRecord('json'))?.value).toEqual({ a: 1 });
    expect((await store.getRecord('text'))?.value).toBe('héllo');
    expect((await store.getRecord('bytes', { as: 'bytes' }))?.value).toEqual(new Uint8Array([0, 1, 255]));
    expect((await store.getRecord('blob', { as: 'text' }))?.value).toBe('from a blob');
    const streamed = await store.getRecord('stream', { as: 'stream' });
    expect(new TextDecoder().decode(await bytesOf(streamed?.value as ReadableStream))).toBe('streamed up');
    expect(await store.getRecord('missing')).toBeUndefined();
    await store.deleteRecord('json'); // 204, no body
    expect(await store.getRecord('json')).toBeUndefined();
    const zip = await store.downloadRecords({ as: 'bytes' });
    expect([...zip.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
  });

  it('pushes items, works the queue, and maps error statuses to their classes', async () => {
    const s = scene('node-push');
    expect(await s.run.dataset.pushItems([{ n: 1 }, { n: 2 }])).toEqual({ pushedCount: 2, requestCount: 1 });
    const queue = s.run.requestQueue;
    await queue.batchAddRequests([{ url: 'https://example.com/a' }, { url: 'https://example.com/b' }]);
    const locked = await queue.lockHead({ lockSecs: 60, limit: 1, clientKey: 'node' });
    expect(locked.items).toHaveLength(1);
    await expect(queue.getRequest('NoSuchRequest00')).resolves.toBeUndefined();
    const missing = await env
      .client({ fetch: nodeFetch })
      .run('NoSuchRun00000001')
      .dataset.get()
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    env.emulator().faults.add({
      match: { operationId: 'dataset_get' },
      times: 1,
      fault: { kind: 'status', status: 429, retryAfter: 3600 },
    });
    const limited = await s.run.dataset.get().catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).headers.get('retry-after')).toBe('3600');
  });
});

describe('createNodeFetch with a live log', () => {
  it('streams a running log line by line and stops on abort', async () => {
    const { admin } = env.emulator();
    const actor = admin.createActor({ name: 'node-log' });
    const { run } = admin.createRun({ actorId: actor.id, status: 'RUNNING' });
    admin.appendLog(run.id, 'one\ntwo\n');
    const controller = new AbortController();
    const lines: string[] = [];
    const error = await (async () => {
      const client = env.client({ fetch: nodeFetch });
      for await (const line of client.run(run.id).log.stream({}, { signal: controller.signal })) {
        lines.push(line);
        if (lines.length === 2) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(lines).toEqual(['one', 'two']);
    expect(error).toBeInstanceOf(ApifyUserAbortError);
  });
});
