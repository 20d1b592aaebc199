import type {
  BatchAddResult,
  BatchDeleteResult,
  ListOfRequests,
  LockedQueueHead,
  QueueHead,
  QueueRequest,
  RequestQueue,
  RequestRegistration,
} from '@apify-runs/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BatchAddRequestsResult,
  createApifyClient,
  type NewQueueRequest,
  type RequestLock,
  type RequestQueueClient,
  type UnlockResult,
  type UnprocessedRequest,
} from '../src/index.js';

const client = createApifyClient({ token: 'type-test', baseUrl: 'http://127.0.0.1:9' });
const queue = client.run('RunId').requestQueue;

describe('RequestQueueClient types', () => {
  it('is the same interface under both locators', () => {
    expectTypeOf(
      client.lastRun('user/actor', { status: 'SUCCEEDED' }).requestQueue,
    ).toEqualTypeOf<RequestQueueClient>();
    expectTypeOf(queue).toEqualTypeOf<RequestQueueClient>();
  });

  it('returns the spec types, unwrapped from `data`', () => {
    expectTypeOf(queue.get).returns.resolves.toEqualTypeOf<RequestQueue>();
    expectTypeOf(queue.update).returns.resolves.toEqualTypeOf<RequestQueue>();
    expectTypeOf(queue.delete).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(queue.listRequests).returns.resolves.toEqualTypeOf<ListOfRequests>();
    expectTypeOf(queue.addRequest).returns.resolves.toEqualTypeOf<RequestRegistration>();
    expectTypeOf(queue.batchAddRequests).returns.resolves.toEqualTypeOf<BatchAddRequestsResult>();
    expectTypeOf(queue.batchDeleteRequests).returns.resolves.toEqualTypeOf<BatchDeleteResult>();
    expectTypeOf(queue.getRequest).returns.resolves.toEqualTypeOf<QueueRequest | undefined>();
    expectTypeOf(queue.updateRequest).returns.resolves.toEqualTypeOf<RequestRegistration>();
    expectTypeOf(queue.prolongLock).returns.resolves.toEqualTypeOf<RequestLock>();
    expectTypeOf(queue.head).returns.resolves.toEqualTypeOf<QueueHead>();
    expectTypeOf(queue.lockHead).returns.resolves.toEqualTypeOf<LockedQueueHead>();
    expectTypeOf(queue.unlockRequests).returns.resolves.toEqualTypeOf<UnlockResult>();
    expectTypeOf<RequestLock['lockExpiresAt']>().toEqualTypeOf<string>();
    expectTypeOf<UnlockResult['unlockedCount']>().toEqualTypeOf<number>();
  });

  it('batchAddRequests returns the spec result, where an unprocessed request may say why it was not sent', () => {
    expectTypeOf<BatchAddRequestsResult['processedRequests']>().toEqualTypeOf<BatchAddResult['processedRequests']>();
    expectTypeOf<UnprocessedRequest>().toExtend<BatchAddResult['unprocessedRequests'][number]>();
    expectTypeOf<UnprocessedRequest['reason']>().toEqualTypeOf<string | undefined>();
  });

  it('iterates QueueRequest values, and pages of them', () => {
    expectTypeOf(queue.iterateRequests()).toExtend<AsyncIterable<QueueRequest>>();
    expectTypeOf(queue.iterateRequestPages({ pageSize: 10 })).toExtend<AsyncIterable<ListOfRequests>>();
    // @ts-expect-error the page size is `pageSize`; `limit` is for one page (listRequests)
    void queue.iterateRequestPages({ limit: 10 });
  });

  it('accepts a request without uniqueKey but not without url', () => {
    expectTypeOf<{ url: string }>().toExtend<NewQueueRequest>();
    // @ts-expect-error url is required
    void queue.addRequest({ uniqueKey: 'k' });
    // @ts-expect-error unknown HTTP method
    void queue.addRequest({ url: 'https://x', method: 'FETCH' });
  });

  it('types the query options from the spec', () => {
    void queue.listRequests({ filter: ['pending', 'locked'], limit: 10, cursor: 'c', clientKey: 'k' });
    // @ts-expect-error `handled` is not a request state filter
    void queue.listRequests({ filter: ['handled'] });
    // @ts-expect-error forefront is a boolean, not the API's "true" string
    void queue.addRequest({ url: 'https://x' }, { forefront: 'true' });
    void queue.batchAddRequests([{ url: 'https://x' }], { forefront: true, maxUnprocessedRetries: 1, concurrency: 2 });
    void queue.iterateRequests({ pageSize: 100, filter: ['locked'] }, { signal: AbortSignal.timeout(1000) });
  });

  it('requires lockSecs for locking and an id for updates', () => {
    // @ts-expect-error lockSecs is required
    void queue.lockHead({ limit: 5 });
    // @ts-expect-error lockSecs is required
    void queue.prolongLock('id', { clientKey: 'k' });
    void queue.prolongLock('id', { lockSecs: 60, forefront: true }, { timeoutMs: 5000 });
    // @ts-expect-error request options go last, not among the parameters
    void queue.prolongLock('id', { lockSecs: 60, timeoutMs: 5000 });
    // @ts-expect-error updateRequest needs the stored request (with its id)
    void queue.updateRequest({ url: 'https://x', uniqueKey: 'x' });
    // @ts-expect-error batch delete needs an id or a uniqueKey
    void queue.batchDeleteRequests([{}]);
  });
});
