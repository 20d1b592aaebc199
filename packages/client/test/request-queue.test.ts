import type { BatchAddResult } from '@apify-runs/types';
import { describe, expect, it } from 'vitest';
import {
  type ApifyClientOptions,
  ApifyInputError,
  ApifyUserAbortError,
  BadRequestError,
  InternalServerError,
  MAX_PUSH_BODY_BYTES,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '../src/index.js';
import type { RequestQueueClient } from '../src/resources/request-queue.js';
import { useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';

// The backoff between rounds of unprocessed requests runs on a fake clock.
const time = useFakeTime();
const env = useEmulator({}, time);

interface Sent {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | null;
  body: unknown;
}

/** A `fetch` that records every API call (and can rewrite one) before the real network call. */
function recordingFetch(
  rewrite?: (request: Request, sent: Sent, real: typeof fetch) => Promise<Response | undefined>,
): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.body ? await request.clone().text() : '';
    const entry: Sent = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      contentType: request.headers.get('content-type'),
      body: text ? JSON.parse(text) : undefined,
    };
    sent.push(entry);
    return (await rewrite?.(request, entry, fetch)) ?? fetch(request);
  };
  return { fetch: wrapped as typeof fetch, sent };
}

let counter = 0;

/** A fresh actor with one SUCCEEDED run, addressed by `kind`; each test gets its own queue. */
function setup(kind: 'run' | 'lastRun', options: ApifyClientOptions = {}) {
  const admin = env.emulator().admin;
  const actor = admin.createActor({ name: `rq-actor-${++counter}` });
  const { run, requestQueueId } = admin.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
  const client = env.client(options);
  const queue: RequestQueueClient =
    kind === 'run'
      ? client.run(run.id).requestQueue
      : client.lastRun(`${actor.username}/${actor.name}`, { status: 'SUCCEEDED' }).requestQueue;
  return { queue, requestQueueId, runId: run.id, client };
}

const urls = (count: number, prefix = 'https://example.com/page') =>
  Array.from({ length: count }, (_, index) => ({ url: `${prefix}/${index}`, userData: { index } }));

const isBatchPost = (sent: Sent) => sent.method === 'POST' && sent.path.endsWith('/request-queue/requests/batch');

describe.each(['run', 'lastRun'] as const)('request queue via %s', (kind) => {
  it('gets, updates and deletes the queue; afterwards every call is a NotFoundError', async () => {
    const { queue, requestQueueId } = setup(kind);
    const info = await queue.get();
    expect(info.id).toBe(requestQueueId);
    expect(info.totalRequestCount).toBe(0);
    const name = `renamed-${kind}-${counter}`;
    expect((await queue.update({ name })).name).toBe(name);
    expect((await queue.get()).name).toBe(name);
    await queue.delete();
    await expect(queue.get()).rejects.toBeInstanceOf(NotFoundError);
    // The queue itself is gone, so a missing request must not look like `undefined`.
    await expect(queue.getRequest('AnyRequestId')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('adds a request (uniqueKey defaults to url), dedups it and reads it back', async () => {
    const { queue } = setup(kind);
    const added = await queue.addRequest({ url: 'https://example.com/a', userData: { label: 'A' } });
    expect(added).toMatchObject({ wasAlreadyPresent: false, wasAlreadyHandled: false });
    const again = await queue.addRequest({ url: 'https://example.com/a' });
    expect(again).toEqual({ requestId: added.requestId, wasAlreadyPresent: true, wasAlreadyHandled: false });
    const request = await queue.getRequest(added.requestId);
    expect(request).toMatchObject({
      id: added.requestId,
      uniqueKey: 'https://example.com/a',
      userData: { label: 'A' },
    });

    const front = await queue.addRequest({ url: 'https://example.com/b', uniqueKey: 'b-key' }, { forefront: true });
    const head = await queue.head({ limit: 5 });
    expect(head.items.map((item) => item.id)).toEqual([front.requestId, added.requestId]);
    expect(head.items[0]?.uniqueKey).toBe('b-key');
    expect(await queue.getRequest('NoSuchRequest123')).toBeUndefined();
  });

  it('adds 60 requests in 3 batches of at most 25 and merges the results in order', async () => {
    const recorder = recordingFetch();
    const { queue } = setup(kind, { fetch: recorder.fetch });
    const requests = urls(60);
    const result = await queue.batchAddRequests(requests);
    const posts = recorder.sent.filter(isBatchPost);
    expect(posts.map((post) => (post.body as unknown[]).length)).toEqual([25, 25, 10]);
    expect(result.unprocessedRequests).toEqual([]);
    expect(result.processedRequests.map((request) => request.uniqueKey)).toEqual(requests.map((r) => r.url));
    expect(new Set(result.processedRequests.map((request) => request.requestId)).size).toBe(60);
    expect(result.processedRequests.every((request) => !request.wasAlreadyPresent)).toBe(true);
    expect((await queue.get()).totalRequestCount).toBe(60);
    // Sending them again is harmless: the server deduplicates by uniqueKey.
    const again = await queue.batchAddRequests(requests, { concurrency: 1 });
    expect(again.processedRequests.every((request) => request.wasAlreadyPresent)).toBe(true);
    expect((await queue.get()).totalRequestCount).toBe(60);
  });

  it('splits 25 requests of 500 kB by bytes, and returns one too large to send with its reason', async () => {
    const recorder = recordingFetch();
    const { queue } = setup(kind, { fetch: recorder.fetch });
    const blob = 'x'.repeat(500_000);
    const requests = Array.from({ length: 25 }, (_, index) => ({
      url: `https://example.com/big/${index}`,
      userData: { blob },
    }));
    const huge = { url: 'https://example.com/huge', userData: { blob: 'y'.repeat(MAX_PUSH_BODY_BYTES) } };
    const result = await queue.batchAddRequests([...requests.slice(0, 10), huge, ...requests.slice(10)], {
      concurrency: 1,
    });
    const posts = recorder.sent.filter(isBatchPost);
    // 18 requests of ~500 kB fill a body under 9,437,184 bytes; the 19th would not fit.
    expect(posts.map((post) => (post.body as unknown[]).length)).toEqual([18, 7]);
    const bytes = posts.map((post) => new TextEncoder().encode(JSON.stringify(post.body)).byteLength);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(MAX_PUSH_BODY_BYTES);
    expect(result.processedRequests.map((request) => request.uniqueKey)).toEqual(requests.map((r) => r.url));
    expect(result.unprocessedRequests).toEqual([
      {
        uniqueKey: huge.url,
        url: huge.url,
        reason: expect.stringMatching(/^\d+ bytes as JSON; a request may hold 9437184\.$/),
      },
    ]);
    expect((await queue.get()).totalRequestCount).toBe(25);
    const stored = await queue.getRequest(result.processedRequests[24]?.requestId ?? '');
    expect(stored?.userData).toEqual({ blob });
  });

  it('re-sends requests the server reported unprocessed, with their full content', async () => {
    let rewritten = false;
    const recorder = recordingFetch(async (request, sent, real) => {
      if (rewritten || !isBatchPost(sent)) return undefined;
      rewritten = true;
      // The server "processes" only the first 20 of this batch and reports the last 5 unprocessed.
      const body = sent.body as Array<{ uniqueKey: string; url: string }>;
      const kept = body.slice(0, 20);
      const response = await real(new Request(request, { body: JSON.stringify(kept) }));
      const json = (await response.json()) as { data: BatchAddResult };
      json.data.unprocessedRequests = body.slice(20).map(({ uniqueKey, url }) => ({ uniqueKey, url, method: 'GET' }));
      return new Response(JSON.stringify(json), { status: 201, headers: { 'content-type': 'application/json' } });
    });
    const { queue } = setup(kind, { fetch: recorder.fetch });
    const requests = urls(60);
    const result = await time.run(queue.batchAddRequests(requests, { concurrency: 1 }));
    const posts = recorder.sent.filter(isBatchPost);
    expect(posts.map((post) => (post.body as unknown[]).length)).toEqual([25, 5, 25, 10]);
    expect(posts[1]?.body).toEqual(requests.slice(20, 25).map((r) => ({ ...r, uniqueKey: r.url })));
    expect(result.unprocessedRequests).toEqual([]);
    expect(new Set(result.processedRequests.map((request) => request.uniqueKey))).toEqual(
      new Set(requests.map((r) => r.url)),
    );
    expect(result.processedRequests).toHaveLength(60);
    expect(result.processedRequests.every((request) => !request.wasAlreadyPresent)).toBe(true);
    expect((await queue.get()).totalRequestCount).toBe(60);
  });

  it('returns requests still unprocessed after maxUnprocessedRetries, and aborts during the backoff', async () => {
    const recorder = recordingFetch(async (_request, sent) => {
      if (!isBatchPost(sent)) return undefined;
      const body = sent.body as Array<{ uniqueKey: string; url: string }>;
      const data = {
        processedRequests: [],
        unprocessedRequests: body.map(({ uniqueKey, url }) => ({ uniqueKey, url })),
      };
      return new Response(JSON.stringify({ data }), { status: 201, headers: { 'content-type': 'application/json' } });
    });
    const { queue } = setup(kind, { fetch: recorder.fetch });
    const result = await time.run(queue.batchAddRequests(urls(3), { maxUnprocessedRetries: 1 }));
    expect(recorder.sent.filter(isBatchPost)).toHaveLength(2);
    expect(result.processedRequests).toEqual([]);
    expect(result.unprocessedRequests.map((request) => request.uniqueKey)).toEqual(urls(3).map((r) => r.url));

    const controller = new AbortController();
    const started = Date.now();
    const pending = queue.batchAddRequests(urls(3), {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(time.run(pending)).rejects.toBeInstanceOf(ApifyUserAbortError);
    // The abort ends the backoff (at least 500 ms) there and then.
    expect(Date.now() - started).toBe(100);
  });

  it('lists one page and iterates over more than 2 pages without duplicates or misses', async () => {
    const recorder = recordingFetch();
    const { queue } = setup(kind, { fetch: recorder.fetch });
    const { processedRequests } = await queue.batchAddRequests(urls(57));
    const ids = processedRequests.map((request) => request.requestId);

    const first = await queue.listRequests({ limit: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.nextCursor).toBeTruthy();
    const second = await queue.listRequests({ limit: 10, cursor: first.nextCursor });
    expect(second.items.map((r) => r.id)).not.toContain(first.items[0]?.id);

    const before = recorder.sent.length;
    const seen: string[] = [];
    for await (const request of queue.iterateRequests({ pageSize: 10 })) seen.push(request.id);
    expect(recorder.sent.length - before).toBe(6);
    expect(seen).toHaveLength(57);
    expect(new Set(seen)).toEqual(new Set(ids));

    // Mark 7 handled; the pending filter then skips them across pages.
    for (const id of ids.slice(0, 7)) {
      const request = await queue.getRequest(id);
      if (!request) throw new Error(`request ${id} vanished`);
      await queue.updateRequest({ ...request, handledAt: new Date().toISOString() });
    }
    const pending: string[] = [];
    for await (const request of queue.iterateRequests({ pageSize: 7, filter: ['pending'] })) pending.push(request.id);
    expect(pending.sort()).toEqual(ids.slice(7).sort());
    expect(recorder.sent.at(-1)?.query.get('filter')).toBe('pending');
  });

  it('iterateRequestPages() yields each page with its cursor, one request per page, and stops on break', async () => {
    const recorder = recordingFetch();
    const { queue } = setup(kind, { fetch: recorder.fetch });
    const { processedRequests } = await queue.batchAddRequests(urls(23));
    const before = recorder.sent.length;
    const pages = [];
    for await (const page of queue.iterateRequestPages({ pageSize: 10 })) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((page) => page.limit)).toEqual([10, 10, 10]);
    expect(pages.slice(0, 2).every((page) => page.nextCursor)).toBe(true);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(
      [...processedRequests.map((request) => request.requestId)].sort(),
    );
    expect(recorder.sent.length - before).toBe(3);
    // The cursor of each page is what the next request carried.
    expect(recorder.sent.slice(before + 1).map((sent) => sent.query.get('cursor'))).toEqual(
      pages.slice(0, 2).map((page) => page.nextCursor),
    );
    const sent = recorder.sent.length;
    for await (const page of queue.iterateRequestPages({ pageSize: 5 })) {
      expect(page.items).toHaveLength(5);
      break;
    }
    expect(recorder.sent.length - sent).toBe(1);
  });

  it('batch-deletes by id and uniqueKey in batches of 25 with a JSON content type', async () => {
    const recorder = recordingFetch();
    const { queue } = setup(kind, { fetch: recorder.fetch });
    const requests = urls(30);
    const { processedRequests } = await queue.batchAddRequests(requests);
    const identifiers = processedRequests.map((request, index) =>
      index % 2 === 0 ? { id: request.requestId } : { uniqueKey: request.uniqueKey },
    );
    const result = await queue.batchDeleteRequests(identifiers);
    const deletes = recorder.sent.filter((s) => s.method === 'DELETE' && s.path.endsWith('/requests/batch'));
    expect(deletes.map((call) => (call.body as unknown[]).length)).toEqual([25, 5]);
    expect(deletes.every((call) => call.contentType === 'application/json')).toBe(true);
    expect(result.processedRequests).toHaveLength(30);
    expect(result.unprocessedRequests).toEqual([]);
    expect((await queue.get()).totalRequestCount).toBe(0);
  });

  it('updates and deletes single requests, with typed errors', async () => {
    const { queue } = setup(kind);
    const { requestId } = await queue.addRequest({ url: 'https://example.com/u' });
    const request = await queue.getRequest(requestId);
    if (!request) throw new Error('request missing');
    const updated = await queue.updateRequest({
      ...request,
      userData: { done: true },
      handledAt: '2025-01-01T00:00:00Z',
    });
    expect(updated).toEqual({ requestId, wasAlreadyPresent: true, wasAlreadyHandled: false });
    expect(await queue.getRequest(requestId)).toMatchObject({ userData: { done: true } });
    expect((await queue.head()).items).toEqual([]);
    expect((await queue.get()).handledRequestCount).toBe(1);

    const error = await queue.updateRequest({ ...request, uniqueKey: 'other' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).type).toBe('request-id-invalid');

    await queue.deleteRequest(requestId);
    expect(await queue.getRequest(requestId)).toBeUndefined();
    await expect(queue.deleteRequest(requestId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps locks per clientKey: the non-owner gets PermissionDeniedError', async () => {
    const { queue } = setup(kind);
    const { processedRequests } = await queue.batchAddRequests(urls(3), { concurrency: 1 });
    const [id1, id2, id3] = processedRequests.map((request) => request.requestId) as [string, string, string];

    const lockedByA = await queue.lockHead({ lockSecs: 60, limit: 2, clientKey: 'worker-a' });
    expect(lockedByA.items.map((item) => item.id)).toEqual([id1, id2]);
    expect(lockedByA.clientKey).toBe('worker-a');
    expect(lockedByA.items[0]?.lockExpiresAt).toBeTruthy();
    const lockedByB = await queue.lockHead({ lockSecs: 60, clientKey: 'worker-b' });
    expect(lockedByB.items.map((item) => item.id)).toEqual([id3]);
    expect((await queue.head({ clientKey: 'worker-b' })).items).toEqual([]);

    const denied = await queue.prolongLock(id1, { lockSecs: 10, clientKey: 'worker-b' }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect((denied as PermissionDeniedError).type).toBe('request-handled-or-locked');
    await expect(queue.deleteLock(id1, { clientKey: 'worker-b' })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(queue.deleteRequest(id1, { clientKey: 'worker-b' })).rejects.toBeInstanceOf(PermissionDeniedError);
    const batch = await queue.batchDeleteRequests([{ id: id1 }], { clientKey: 'worker-b' });
    expect(batch.unprocessedRequests.map((request) => request.id)).toEqual([id1]);

    const prolonged = await queue.prolongLock(id1, { lockSecs: 600, clientKey: 'worker-a' });
    expect(Date.parse(prolonged.lockExpiresAt)).toBeGreaterThan(Date.parse(lockedByA.items[0]?.lockExpiresAt ?? ''));
    const locked = await queue.listRequests({ filter: ['locked'], clientKey: 'worker-a' });
    expect(locked.items.map((item) => item.id).sort()).toEqual([id1, id2, id3].sort());

    await queue.deleteLock(id1, { clientKey: 'worker-a', forefront: true });
    expect((await queue.head({ limit: 1 })).items.map((item) => item.id)).toEqual([id1]);
    expect(await queue.unlockRequests({ clientKey: 'worker-a' })).toEqual({ unlockedCount: 1 });
    expect(await queue.unlockRequests({ clientKey: 'worker-b' })).toEqual({ unlockedCount: 1 });
    expect((await queue.head()).items).toHaveLength(3);
  });

  it('rejects bad ids before sending, and maps API errors to their classes', async () => {
    const recorder = recordingFetch();
    const { queue } = setup(kind, { fetch: recorder.fetch });
    for (const id of ['..', '.', '']) {
      await expect(queue.getRequest(id)).rejects.toBeInstanceOf(ApifyInputError);
      await expect(queue.deleteRequest(id)).rejects.toBeInstanceOf(ApifyInputError);
      await expect(queue.prolongLock(id, { lockSecs: 1 })).rejects.toBeInstanceOf(ApifyInputError);
    }
    expect(recorder.sent).toEqual([]);
    // An id with reserved characters stays one path segment.
    expect(await queue.getRequest('a/../b?x=1#y')).toBeUndefined();
    const sentPath = recorder.sent[0]?.path ?? '';
    expect(sentPath.endsWith('/request-queue/requests/a%2F..%2Fb%3Fx%3D1%23y')).toBe(true);
    expect(recorder.sent[0]?.query.get('x')).toBeNull();

    await expect(queue.lockHead({ lockSecs: 60, limit: 26 })).rejects.toBeInstanceOf(BadRequestError);
    await expect(queue.prolongLock('NoSuchRequest123', { lockSecs: 5 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('request queue of a run that does not exist', () => {
  it('throws NotFoundError (the 404 is ambiguous) for get and getRequest, under both locators', async () => {
    const client = env.client();
    const admin = env.emulator().admin;
    const actor = admin.createActor({ name: `rq-no-runs-${++counter}` });
    const queues = [
      client.run('NoSuchRun00000000').requestQueue,
      client.lastRun(actor.id, { status: 'SUCCEEDED' }).requestQueue,
    ];
    for (const queue of queues) {
      await expect(queue.get()).rejects.toBeInstanceOf(NotFoundError);
      await expect(queue.getRequest('SomeRequestId')).rejects.toBeInstanceOf(NotFoundError);
      await expect(queue.head()).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe('batch failures', () => {
  it('rejects with the typed error of a failing batch and starts no further batches', async () => {
    const recorder = recordingFetch();
    const { queue, runId } = setup('run', { fetch: recorder.fetch });
    env.emulator().faults.add({
      match: { path: `/v2/actor-runs/${runId}/request-queue/requests/batch`, method: 'POST' },
      times: 1,
      fault: { kind: 'status', status: 503 },
    });
    await expect(queue.batchAddRequests(urls(100), { concurrency: 1 })).rejects.toBeInstanceOf(InternalServerError);
    expect(recorder.sent.filter(isBatchPost)).toHaveLength(1);
    // Calling again is safe and completes the job.
    const result = await queue.batchAddRequests(urls(100));
    expect(result.processedRequests).toHaveLength(100);
    expect((await queue.get()).totalRequestCount).toBe(100);
  });

  it('surfaces 429 on a single add as RateLimitError (retries are off in this client)', async () => {
    const { queue, runId } = setup('run');
    env.emulator().faults.add({
      match: { path: `/v2/actor-runs/${runId}/request-queue/requests` },
      times: 1,
      fault: { kind: 'status', status: 429, retryAfter: 1 },
    });
    await expect(queue.addRequest({ url: 'https://example.com/x' })).rejects.toBeInstanceOf(RateLimitError);
  });
});
