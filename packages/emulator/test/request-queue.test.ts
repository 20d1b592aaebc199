import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RequestQueueState } from '../src/state/request-queue.js';
import { LAST_BASE, RUN_BASE, useEmulator } from './support/emulator.js';

const env = useEmulator();
let counter = 0;

/** A finished run of a fresh Actor, with builders for the two bases its default request queue is served under. */
function queueRun() {
  counter += 1;
  const actor = env.emulator.state.createActor({ name: `queue-${counter}` });
  const record = env.emulator.state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
  const queue = env.emulator.state.requestQueues.get(record.run.defaultRequestQueueId);
  if (!queue) throw new Error('run without a request queue');
  const suffix = (sub: string, query: string, joiner: string) =>
    `/request-queue${sub}${query ? `${joiner}${query}` : ''}`;
  return {
    actor,
    record,
    queue,
    byRun: (sub = '', query = '') => `${RUN_BASE(record.run.id)}${suffix(sub, query, '?')}`,
    byLast: (sub = '', query = '') => LAST_BASE(actor.id, `${suffix(sub, `status=SUCCEEDED&${query}`, '?')}`),
  };
}

const request = (n: number | string, extra: Record<string, unknown> = {}) => ({
  url: `https://example.com/${n}`,
  uniqueKey: `key-${n}`,
  ...extra,
});

async function add(path: string, body: unknown) {
  const added = await env.call(path, { method: 'POST', body });
  expect(added.status).toBe(201);
  return added.body.data as { requestId: string; wasAlreadyPresent: boolean; wasAlreadyHandled: boolean };
}

const headIds = async (path: string) =>
  (await env.call(path)).body.data.items.map((item: { uniqueKey: string }) => item.uniqueKey);

describe('request queue object', () => {
  it('describes the queue under both bases, updates it, and deletes it', async () => {
    const { byRun, byLast, record } = queueRun();
    const first = await env.call(byRun());
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({
      id: record.run.defaultRequestQueueId,
      totalRequestCount: 0,
      handledRequestCount: 0,
      pendingRequestCount: 0,
      hadMultipleClients: false,
      actRunId: record.run.id,
    });
    await add(byRun('/requests', 'clientKey=a'), request(1));
    const viaLast = await env.call(byLast());
    expect(viaLast.body.data).toMatchObject({ totalRequestCount: 1, pendingRequestCount: 1 });
    expect(viaLast.body.data.stats.writeCount).toBe(1);
    expect(Date.parse(viaLast.body.data.modifiedAt)).toBeGreaterThanOrEqual(Date.parse(first.body.data.modifiedAt));
    const renamed = await env.call(byLast(), { method: 'PUT', body: { name: 'my-queue' } });
    expect(renamed.body.data.name).toBe('my-queue');
    expect((await env.call(byRun(), { method: 'DELETE' })).status).toBe(204);
    const gone = await env.call(byRun('/head'));
    expect(gone.status).toBe(404);
    expect(gone.body.error).toEqual({ type: 'record-not-found', message: 'Request Queue was not found' });
  });

  it('answers 401 without or with a wrong token, 403 for another user, 404 for unknown runs and requests', async () => {
    const { byRun, byLast } = queueRun();
    const noToken = await env.call(byLast('/head'), { token: null });
    expect(noToken.status).toBe(401);
    expect(noToken.body.error.type).toBe('token-not-provided');
    const write = await env.call(byRun('/requests'), { method: 'POST', body: request(1), token: null });
    expect(write.body.error.type).toBe('token-not-provided');
    expect((await env.call(byRun('/head'), { token: 'wrong' })).body.error.type).toBe('invalid-token');
    const stranger = env.emulator.state.addUser({ id: 'StrangerUser00001', username: 'stranger' });
    env.emulator.state.addToken('stranger-token', stranger.id);
    const foreign = await env.call(byRun('/requests'), { method: 'POST', body: request(1), token: 'stranger-token' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.type).toBe('insufficient-permissions');
    const noRun = await env.call(`${RUN_BASE('NoSuchRun12345678')}/request-queue/head`);
    expect(noRun.body.error).toMatchObject({ type: 'record-not-found', message: 'Actor run was not found' });
    const noRequest = await env.call(byRun('/requests/NoSuchRequest1234'));
    expect(noRequest.status).toBe(404);
    expect(noRequest.body.error.message).toBe('Request was not found');
    for (const method of ['PUT', 'DELETE']) {
      const body = method === 'PUT' ? request(1) : undefined;
      expect((await env.call(byRun('/requests/NoSuchRequest1234'), { method, body })).status).toBe(404);
    }
    expect((await env.call(byRun('/requests/NoSuchRequest1234/lock', 'lockSecs=5'), { method: 'PUT' })).status).toBe(
      404,
    );
  });
});

describe('adding requests', () => {
  it('deduplicates by uniqueKey and reports whether the existing request was handled', async () => {
    const { byRun, byLast, queue } = queueRun();
    const first = await add(byRun('/requests'), request(1, { method: 'POST', userData: { label: 'A' } }));
    expect(first).toMatchObject({ wasAlreadyPresent: false, wasAlreadyHandled: false });
    // The platform's (and Crawlee's) ID: SHA-256 of the uniqueKey, base64 without + / =, first 15 characters.
    const digest = createHash('sha256').update(request(1).uniqueKey).digest('base64');
    expect(first.requestId).toBe(digest.replace(/[+/=]/g, '').slice(0, 15));
    expect(first.requestId).toMatch(/^[A-Za-z0-9]{15}$/);
    const again = await add(byLast('/requests'), request(1, { url: 'https://other.example/' }));
    expect(again).toEqual({ requestId: first.requestId, wasAlreadyPresent: true, wasAlreadyHandled: false });
    const stored = await env.call(byLast(`/requests/${first.requestId}`));
    expect(stored.body.data).toMatchObject({
      id: first.requestId,
      url: 'https://example.com/1',
      method: 'POST',
      userData: { label: 'A' },
    });
    const handled = await add(byRun('/requests'), request(2, { handledAt: new Date().toISOString() }));
    const dupHandled = await add(byRun('/requests'), request(2));
    expect(dupHandled).toEqual({ requestId: handled.requestId, wasAlreadyPresent: true, wasAlreadyHandled: true });
    expect(queue.totalRequestCount).toBe(2);
    expect(queue.handledRequestCount).toBe(1);
    const bad = await env.call(byRun('/requests'), { method: 'POST', body: { url: 'https://x.example/' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('invalid-input');
    const badForefront = await env.call(byRun('/requests', 'forefront=maybe'), { method: 'POST', body: request(9) });
    expect(badForefront.status).toBe(400);
  });

  it('puts forefront requests at the head, the newest first', async () => {
    const { byRun, byLast } = queueRun();
    await add(byRun('/requests'), request('a'));
    await add(byRun('/requests'), request('b'));
    await add(byLast('/requests', 'forefront=true'), request('c'));
    await add(byRun('/requests', 'forefront=1'), request('d'));
    await add(byRun('/requests', 'forefront=false'), request('e'));
    expect(await headIds(byRun('/head'))).toEqual(['key-d', 'key-c', 'key-a', 'key-b', 'key-e']);
    expect(await headIds(byLast('/head', 'limit=2'))).toEqual(['key-d', 'key-c']);
  });

  it('adds 25 requests in one batch, rejects 26, and deduplicates within and across batches', async () => {
    const { byRun, byLast, queue } = queueRun();
    const batch = Array.from({ length: 25 }, (_, n) => request(n));
    const added = await env.call(byRun('/requests/batch'), { method: 'POST', body: batch });
    expect(added.status).toBe(201);
    expect(added.body.data.processedRequests).toHaveLength(25);
    expect(added.body.data.unprocessedRequests).toEqual([]);
    expect(added.body.data.processedRequests[3]).toMatchObject({ uniqueKey: 'key-3', wasAlreadyPresent: false });
    const tooMany = await env.call(byLast('/requests/batch'), {
      method: 'POST',
      body: Array.from({ length: 26 }, (_, n) => request(`x${n}`)),
    });
    expect(tooMany.status).toBe(400);
    expect(queue.totalRequestCount).toBe(25);
    const mixed = await env.call(byLast('/requests/batch', 'forefront=true'), {
      method: 'POST',
      body: [request(0), request('new'), request('new')],
    });
    const flags = mixed.body.data.processedRequests.map((r: { wasAlreadyPresent: boolean }) => r.wasAlreadyPresent);
    expect(flags).toEqual([true, false, true]);
    expect(mixed.body.data.processedRequests[0].requestId).toBe(added.body.data.processedRequests[0].requestId);
    expect((await headIds(byRun('/head', 'limit=2')))[0]).toBe('key-new');
  });
});

describe('deleting requests', () => {
  it('deletes one request and batches by id or uniqueKey, updating the counters', async () => {
    const { byRun, byLast, queue } = queueRun();
    const ids = [];
    for (let n = 0; n < 5; n++) ids.push((await add(byRun('/requests'), request(n))).requestId);
    expect((await env.call(byRun(`/requests/${ids[0]}`), { method: 'DELETE' })).status).toBe(204);
    expect((await env.call(byRun(`/requests/${ids[0]}`))).status).toBe(404);
    const batch = await env.call(byLast('/requests/batch'), {
      method: 'DELETE',
      body: [{ id: ids[1] }, { uniqueKey: 'key-2' }, { id: 'NoSuchRequest1234' }],
    });
    expect(batch.status).toBe(200);
    expect(batch.body.data.processedRequests).toEqual([
      { id: ids[1], uniqueKey: 'key-1' },
      { id: ids[2], uniqueKey: 'key-2' },
      { id: 'NoSuchRequest1234' },
    ]);
    expect(batch.body.data.unprocessedRequests).toEqual([]);
    expect(queue.totalRequestCount).toBe(2);
    expect(await headIds(byRun('/head'))).toEqual(['key-3', 'key-4']);
    const described = await env.call(byRun());
    expect(described.body.data.stats.deleteCount).toBe(3);
    // The uniqueKey is free again.
    expect((await add(byRun('/requests'), request(1))).wasAlreadyPresent).toBe(false);
    const noType = await env.call(byRun('/requests/batch'), {
      method: 'DELETE',
      body: JSON.stringify([{ id: ids[3] }]),
      headers: { 'content-type': 'text/plain' },
    });
    expect(noType.status).toBe(400);
    const tooMany = await env.call(byRun('/requests/batch'), {
      method: 'DELETE',
      body: Array.from({ length: 26 }, (_, n) => ({ uniqueKey: `key-${n}` })),
    });
    expect(tooMany.status).toBe(400);
    expect(queue.totalRequestCount).toBe(3);
  });
});

describe('listing requests', () => {
  it('pages with cursor until exhausted, with no duplicates and no misses, under both bases', async () => {
    const { byRun, byLast, queue } = queueRun();
    const added = new Set<string>();
    for (let start = 0; start < 57; start += 19) {
      const body = Array.from({ length: Math.min(19, 57 - start) }, (_, n) => request(start + n));
      const result = await env.call(byRun('/requests/batch'), { method: 'POST', body });
      for (const r of result.body.data.processedRequests) added.add(r.requestId);
    }
    expect(queue.totalRequestCount).toBe(57);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const base = pages % 2 === 0 ? byRun : byLast;
      const page = await env.call(
        base('/requests', `limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      );
      expect(page.status).toBe(200);
      expect(page.body.data.limit).toBe(10);
      if (cursor) expect(page.body.data.cursor).toBe(cursor);
      seen.push(...page.body.data.items.map((item: { id: string }) => item.id));
      cursor = page.body.data.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(pages).toBe(6);
    expect(seen).toHaveLength(57);
    expect(new Set(seen)).toEqual(added);
    const whole = await env.call(byRun('/requests'));
    expect(whole.body.data.items).toHaveLength(57);
    expect(whole.body.data).not.toHaveProperty('nextCursor');
  });

  it('filters pending and locked requests, pages with exclusiveStartId, and rejects bad combinations', async () => {
    const { byRun, byLast } = queueRun();
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) ids.push((await add(byRun('/requests'), request(n))).requestId);
    const handledBody = request(0, { handledAt: new Date().toISOString() });
    await env.call(byRun(`/requests/${ids[0]}`), { method: 'PUT', body: handledBody });
    await env.call(byRun('/head/lock', 'lockSecs=60&limit=2&clientKey=a'), { method: 'POST' });
    const list = async (query: string) =>
      (await env.call(byLast('/requests', query))).body.data.items.map((i: { uniqueKey: string }) => i.uniqueKey);
    expect((await list('')).sort()).toEqual(['key-0', 'key-1', 'key-2', 'key-3', 'key-4', 'key-5']);
    expect((await list('filter=pending')).sort()).toEqual(['key-1', 'key-2', 'key-3', 'key-4', 'key-5']);
    expect((await list('filter=locked')).sort()).toEqual(['key-1', 'key-2']);
    expect((await list('filter=locked,pending')).sort()).toEqual(['key-1', 'key-2', 'key-3', 'key-4', 'key-5']);
    const sorted = [...ids].sort();
    const afterSecond = await env.call(byRun('/requests', `exclusiveStartId=${sorted[1]}`));
    expect(afterSecond.body.data.items.map((i: { id: string }) => i.id)).toEqual(sorted.slice(2));
    expect(afterSecond.body.data.exclusiveStartId).toBe(sorted[1]);
    const combined = await env.call(byRun('/requests', `exclusiveStartId=${sorted[1]}&filter=pending`));
    expect(combined.status).toBe(400);
    expect(combined.body.error.type).toBe('invalid-request');
    const badCursor = await env.call(byRun('/requests', 'cursor=not-a-cursor'));
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.type).toBe('invalid-value');
    expect((await env.call(byRun('/requests', 'filter=done'))).status).toBe(400);
    expect((await env.call(byRun('/requests', 'limit=10001'))).status).toBe(400);
  });
});

describe('updating requests', () => {
  it('marks a request handled with handledAt, takes it out of the head, and can put it back', async () => {
    const { byRun, byLast, queue } = queueRun();
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) ids.push((await add(byRun('/requests'), request(n))).requestId);
    const handledAt = new Date().toISOString();
    const updated = await env.call(byLast(`/requests/${ids[0]}`), {
      method: 'PUT',
      body: request(0, { handledAt, retryCount: 1 }),
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toEqual({ requestId: ids[0], wasAlreadyPresent: true, wasAlreadyHandled: false });
    expect(await headIds(byRun('/head'))).toEqual(['key-1', 'key-2']);
    const described = (await env.call(byRun())).body.data;
    expect(described).toMatchObject({ totalRequestCount: 3, handledRequestCount: 1, pendingRequestCount: 2 });
    expect((await env.call(byRun(`/requests/${ids[0]}`))).body.data).toMatchObject({ handledAt, retryCount: 1 });
    const again = await env.call(byRun(`/requests/${ids[0]}`), { method: 'PUT', body: request(0, { handledAt }) });
    expect(again.body.data.wasAlreadyHandled).toBe(true);
    expect(queue.handledRequestCount).toBe(1);
    // Clearing handledAt makes it pending again; forefront moves a pending request to the front.
    await env.call(byRun(`/requests/${ids[0]}`), { method: 'PUT', body: request(0, { handledAt: null }) });
    expect(await headIds(byRun('/head'))).toEqual(['key-1', 'key-2', 'key-0']);
    await env.call(byRun(`/requests/${ids[2]}`, 'forefront=true'), { method: 'PUT', body: request(2) });
    expect(await headIds(byRun('/head'))).toEqual(['key-2', 'key-1', 'key-0']);
    expect(queue.handledRequestCount).toBe(0);
  });

  it('rejects a body for another uniqueKey or id with request-id-invalid', async () => {
    const { byRun } = queueRun();
    const { requestId } = await add(byRun('/requests'), request(1));
    const otherKey = await env.call(byRun(`/requests/${requestId}`), { method: 'PUT', body: request(2) });
    expect(otherKey.status).toBe(400);
    expect(otherKey.body.error.type).toBe('request-id-invalid');
    const otherId = await env.call(byRun(`/requests/${requestId}`), {
      method: 'PUT',
      body: { ...request(1), id: 'AnotherRequestId1' },
    });
    expect(otherId.body.error.type).toBe('request-id-invalid');
    const missingBody = await env.call(byRun(`/requests/${requestId}`), { method: 'PUT' });
    expect(missingBody.status).toBe(400);
  });
});

describe('head and locks', () => {
  it('locks the head for one client so another gets the next requests, and reports hadMultipleClients', async () => {
    const { byRun, byLast } = queueRun();
    for (let n = 0; n < 5; n++) await add(byRun('/requests', 'clientKey=a'), request(n));
    const head = await env.call(byRun('/head', 'clientKey=a'));
    expect(head.body.data.hadMultipleClients).toBe(false);
    const locked = await env.call(byRun('/head/lock', 'lockSecs=60&limit=2&clientKey=a'), { method: 'POST' });
    expect(locked.status).toBe(201);
    expect(locked.body.data).toMatchObject({ limit: 2, lockSecs: 60, clientKey: 'a', queueHasLockedRequests: true });
    expect(locked.body.data.items.map((i: { uniqueKey: string }) => i.uniqueKey)).toEqual(['key-0', 'key-1']);
    const expiresIn = Date.parse(locked.body.data.items[0].lockExpiresAt) - env.clock.now();
    expect(expiresIn).toBe(60_000);
    expect(Date.parse(locked.body.data.queueModifiedAt)).toBeGreaterThanOrEqual(
      Date.parse(head.body.data.queueModifiedAt),
    );
    expect(await headIds(byRun('/head', 'clientKey=a'))).toEqual(['key-2', 'key-3', 'key-4']);
    const other = await env.call(byLast('/head/lock', 'lockSecs=60&clientKey=b'), { method: 'POST' });
    expect(other.body.data.items.map((i: { uniqueKey: string }) => i.uniqueKey)).toEqual(['key-2', 'key-3', 'key-4']);
    expect(other.body.data.limit).toBe(25);
    expect(other.body.data.hadMultipleClients).toBe(true);
    const empty = await env.call(byRun('/head/lock', 'lockSecs=60&clientKey=c'), { method: 'POST' });
    expect(empty.body.data.items).toEqual([]);
    expect(empty.body.data.queueHasLockedRequests).toBe(true);
    const tooMany = await env.call(byRun('/head/lock', 'lockSecs=60&limit=26'), { method: 'POST' });
    expect(tooMany.status).toBe(400);
    const noSecs = await env.call(byRun('/head/lock', 'limit=2'), { method: 'POST' });
    expect(noSecs.status).toBe(400);
  });

  it('lets only the holder prolong, release, or delete a locked request', async () => {
    const { byRun, byLast, queue } = queueRun();
    for (let n = 0; n < 3; n++) await add(byRun('/requests'), request(n));
    const locked = await env.call(byRun('/head/lock', 'lockSecs=30&limit=1&clientKey=a'), { method: 'POST' });
    const id = locked.body.data.items[0].id;
    for (const [method, sub, query] of [
      ['PUT', `/requests/${id}/lock`, 'lockSecs=60&clientKey=b'],
      ['PUT', `/requests/${id}/lock`, 'lockSecs=60'],
      ['DELETE', `/requests/${id}/lock`, 'clientKey=b'],
      ['DELETE', `/requests/${id}`, 'clientKey=b'],
    ] as const) {
      const refused = await env.call(byLast(sub, query), { method });
      expect(refused.status, `${method} ${sub}?${query}`).toBe(403);
      expect(refused.body.error.type).toBe('request-handled-or-locked');
    }
    const prolonged = await env.call(byLast(`/requests/${id}/lock`, 'lockSecs=120&clientKey=a&forefront=true'), {
      method: 'PUT',
    });
    expect(prolonged.status).toBe(200);
    expect(Date.parse(prolonged.body.data.lockExpiresAt) - env.clock.now()).toBe(120_000);
    expect(await headIds(byRun('/head'))).toEqual(['key-1', 'key-2']);
    const released = await env.call(byRun(`/requests/${id}/lock`, 'clientKey=a&forefront=false'), {
      method: 'DELETE',
    });
    expect(released.status).toBe(204);
    expect(await headIds(byRun('/head'))).toEqual(['key-1', 'key-2', 'key-0']);
    // A lock can be taken back and released to the front.
    await env.call(byRun(`/requests/${id}/lock`, 'lockSecs=10&clientKey=a'), { method: 'PUT' });
    await env.call(byRun(`/requests/${id}/lock`, 'clientKey=a&forefront=true'), { method: 'DELETE' });
    expect(await headIds(byRun('/head'))).toEqual(['key-0', 'key-1', 'key-2']);
    // Handling a request releases its lock; a handled request cannot be locked again.
    await env.call(byRun('/head/lock', 'lockSecs=30&limit=1&clientKey=a'), { method: 'POST' });
    await env.call(byRun(`/requests/${id}`, 'clientKey=a'), {
      method: 'PUT',
      body: request(0, { handledAt: new Date().toISOString() }),
    });
    const afterHandled = await env.call(byRun(`/requests/${id}/lock`, 'lockSecs=10&clientKey=a'), { method: 'PUT' });
    expect(afterHandled.status).toBe(403);
    const list = await env.call(byRun('/requests', 'filter=locked'));
    expect(list.body.data.items).toEqual([]);
    expect((await env.call(byRun(`/requests/${id}`, 'clientKey=b'), { method: 'DELETE' })).status).toBe(204);
    expect(queue.totalRequestCount).toBe(2);
  });

  it('returns expired locks to the head in their old place without any call from the holder', async () => {
    const { byRun } = queueRun();
    for (let n = 0; n < 3; n++) await add(byRun('/requests'), request(n));
    const locked = await env.call(byRun('/head/lock', 'lockSecs=1&limit=2&clientKey=a'), { method: 'POST' });
    expect(locked.body.data.items).toHaveLength(2);
    const before = await env.call(byRun('/head', 'clientKey=a'));
    expect(before.body.data.items.map((i: { uniqueKey: string }) => i.uniqueKey)).toEqual(['key-2']);
    await env.clock.advance(999);
    expect(await headIds(byRun('/head', 'clientKey=a'))).toEqual(['key-2']);
    await env.clock.advance(1);
    const after = await env.call(byRun('/head', 'clientKey=a'));
    expect(after.body.data.items.map((i: { uniqueKey: string }) => i.uniqueKey)).toEqual(['key-0', 'key-1', 'key-2']);
    expect(Date.parse(after.body.data.queueModifiedAt)).toBeGreaterThan(Date.parse(before.body.data.queueModifiedAt));
    const relock = await env.call(byRun('/head/lock', 'lockSecs=60&limit=1&clientKey=b'), { method: 'POST' });
    expect(relock.body.data.items[0].uniqueKey).toBe('key-0');
    expect(relock.body.data.queueHasLockedRequests).toBe(true);
    // Deleting an expired lock is a no-op, not an error.
    const stale = locked.body.data.items[1].id;
    expect((await env.call(byRun(`/requests/${stale}/lock`, 'clientKey=a'), { method: 'DELETE' })).status).toBe(204);
  });

  it('unlocks every request a client holds and nothing of other clients', async () => {
    const { byRun, byLast } = queueRun();
    for (let n = 0; n < 6; n++) await add(byRun('/requests'), request(n));
    await env.call(byRun('/head/lock', 'lockSecs=60&limit=3&clientKey=a'), { method: 'POST' });
    await env.call(byRun('/head/lock', 'lockSecs=60&limit=2&clientKey=b'), { method: 'POST' });
    const unlocked = await env.call(byLast('/requests/unlock', 'clientKey=a'), { method: 'POST' });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.data).toEqual({ unlockedCount: 3 });
    expect(await headIds(byRun('/head'))).toEqual(['key-0', 'key-1', 'key-2', 'key-5']);
    const again = await env.call(byRun('/requests/unlock', 'clientKey=a'), { method: 'POST' });
    expect(again.body.data.unlockedCount).toBe(0);
    const keyless = await env.call(byRun('/requests/unlock'), { method: 'POST' });
    expect(keyless.body.data.unlockedCount).toBe(0);
    expect((await env.call(byRun('/requests/unlock', 'clientKey=b'), { method: 'POST' })).body.data).toEqual({
      unlockedCount: 2,
    });
    const tooLong = await env.call(byRun('/requests/unlock', `clientKey=${'k'.repeat(33)}`), { method: 'POST' });
    expect(tooLong.status).toBe(400);
  });
});

describe('loading', () => {
  it('rebuilds order, dedup, counters and live locks from what the backend holds', async () => {
    const { byRun, queue, record } = queueRun();
    for (let n = 0; n < 4; n++) await add(byRun('/requests'), request(n));
    await add(byRun('/requests', 'forefront=true'), request('front'));
    const ids = (await env.call(byRun('/requests'))).body.data.items;
    const second = ids.find((r: { uniqueKey: string }) => r.uniqueKey === 'key-1').id;
    await env.call(byRun(`/requests/${second}`), {
      method: 'PUT',
      body: request(1, { handledAt: new Date().toISOString() }),
    });
    await env.call(byRun('/head/lock', 'lockSecs=60&limit=1&clientKey=a'), { method: 'POST' });
    const reloaded = new RequestQueueState(queue.meta, queue.backend);
    env.emulator.state.requestQueues.set(record.run.defaultRequestQueueId, reloaded);
    expect(reloaded.totalRequestCount).toBe(5);
    expect(reloaded.handledRequestCount).toBe(1);
    expect(await headIds(byRun('/head'))).toEqual(['key-0', 'key-2', 'key-3']);
    expect((await add(byRun('/requests'), request(1))).wasAlreadyHandled).toBe(true);
    const stolen = await env.call(byRun('/head/lock', 'lockSecs=60&clientKey=b'), { method: 'POST' });
    expect(stolen.body.data.items.map((i: { uniqueKey: string }) => i.uniqueKey)).toEqual(['key-0', 'key-2', 'key-3']);
    const unlocked = await env.call(byRun('/requests/unlock', 'clientKey=a'), { method: 'POST' });
    expect(unlocked.body.data.unlockedCount).toBe(1);
    expect(await headIds(byRun('/head'))).toEqual(['key-front']);
  });
});
