import type {
  BatchDeleteResult,
  ListOfRequests,
  LockedQueueHead,
  QueueHead,
  QueueRequest,
  QueueRequestInput,
  RequestIdentifier,
  RequestQueue,
  RequestRegistration,
  UpdateStorageRequest,
} from '@apify-runs/types';
import { unlessMissing } from '../errors.js';
import { ItemIterator, type ResumableIterator } from '../pagination/items.js';
import { type Fetched, pages } from '../pagination/pages.js';
import { checkPosition } from '../pagination/position.js';
import type { RequestOptions } from '../transport/types.js';
import { LocatedResource } from './located.js';
import { addBatches, batches, mapBounded, merged, sleep, unprocessedDelay } from './request-queue-batch.js';
import type {
  AddRequestParams,
  BatchAddRequestsParams,
  BatchAddRequestsResult,
  BatchDeleteRequestsParams,
  DeleteLockParams,
  DeleteRequestParams,
  HeadParams,
  IterateRequestsParams,
  ListRequestsParams,
  LockHeadParams,
  NewQueueRequest,
  ProlongLockParams,
  RequestLock,
  RequestsPosition,
  UnlockRequestsParams,
  UnlockResult,
  UpdateRequestParams,
} from './request-queue-types.js';

/** `uniqueKey` defaults to the URL as given (documented on `NewQueueRequest`). */
const withUniqueKey = (request: NewQueueRequest): QueueRequestInput => ({
  ...request,
  uniqueKey: request.uniqueKey ?? request.url,
});

/**
 * The run's default request queue, for either locator. Locks belong to the `clientKey` that took them: give every
 * crawler process its own key and pass it to every call. A 404 of the queue throws `NotFoundError`: on a run's
 * storage it may mean the run or the queue is missing.
 */
export class RequestQueueClient extends LocatedResource {
  /** The queue's metadata. */
  get(options?: RequestOptions): Promise<RequestQueue> {
    return this.data('get', '/request-queue', {}, options);
  }

  /** Renames the queue or changes who may read it; resolves with the updated metadata. */
  update(changes: UpdateStorageRequest, options?: RequestOptions): Promise<RequestQueue> {
    return this.data('put', '/request-queue', { body: changes }, options);
  }

  /** Deletes the queue and its requests. */
  async delete(options?: RequestOptions): Promise<void> {
    await this.call('delete', '/request-queue', { parseAs: 'none' }, options);
  }

  /** One page of requests in ID order; pass the page's `nextCursor` as `cursor` for the next one. */
  listRequests(params: ListRequestsParams = {}, options?: RequestOptions): Promise<ListOfRequests> {
    return this.data('get', '/request-queue/requests', { query: params }, options);
  }

  /**
   * Every request of the queue (optionally only `pending` and/or `locked` ones), fetched page by page following
   * `nextCursor`, so memory stays bounded by `pageSize`.
   *
   * @example
   * ```ts
   * for await (const request of client.run(runId).requestQueue.iterateRequests({ filter: ['pending'] })) {
   *   console.log(request.url);
   * }
   * ```
   */
  iterateRequests(
    params: IterateRequestsParams = {},
    options: RequestOptions = {},
  ): ResumableIterator<QueueRequest, RequestsPosition | undefined> {
    return new ItemIterator(
      () => this.#requestPages(params, options, false),
      (page) => page.items,
      params.resumeFrom,
    );
  }

  /**
   * The pages behind `iterateRequests`, for work done a page at a time: each is a `listRequests` answer, fetched
   * after the previous one was handed out. Resumable like `iterateRequests` (`position`, `resumeFrom`).
   *
   * @example
   * ```ts
   * for await (const page of queue.iterateRequestPages({ pageSize: 100 })) await save(page.items);
   * ```
   */
  iterateRequestPages(
    params: IterateRequestsParams = {},
    options: RequestOptions = {},
  ): ResumableIterator<ListOfRequests, RequestsPosition | undefined> {
    return new ItemIterator(
      () => this.#requestPages(params, options, true),
      (page) => [page],
      params.resumeFrom,
    );
  }

  /** The listing's pages from the start or a position; by page, a page counts as handed out whole or not at all. */
  #requestPages(params: IterateRequestsParams, options: RequestOptions, byPage: boolean) {
    const { pageSize = 1000, resumeFrom, ...query } = params;
    const resume = resumeFrom && checkPosition(resumeFrom, 'requests', ['skip', 'size'], ['cursor']);
    type Cursor = { cursor?: string | undefined; size?: number | undefined; skip?: number | undefined };
    const fetchPage = async ({ cursor, size = pageSize, skip }: Cursor, signal: AbortSignal) => {
      const page = await this.listRequests({ ...query, limit: size, cursor }, { ...options, signal });
      // A cursor that does not move would repeat the same page forever.
      const next = page.nextCursor && page.nextCursor !== cursor ? { cursor: page.nextCursor } : undefined;
      return { page: skip ? { ...page, items: page.items.slice(skip) } : page, next };
    };
    const start = resume?.skip ? resume : { cursor: resume?.cursor };
    // Inside a page (or after the last one): the page's cursor and how many of its requests were handed out.
    const position = ({ cursor, page, next }: Fetched<Cursor, ListOfRequests>, handedOut: number) => {
      const done = byPage && handedOut ? page.items.length : handedOut;
      return done < page.items.length || !next
        ? {
            kind: 'requests' as const,
            cursor: cursor.cursor,
            skip: (cursor.skip ?? 0) + done,
            size: cursor.size ?? pageSize,
          }
        : { kind: 'requests' as const, cursor: next.cursor, skip: 0 };
    };
    return {
      pages: pages<Cursor, ListOfRequests>(start, fetchPage, { prefetch: false, signal: options.signal }),
      position,
    };
  }

  /**
   * Adds a request, or finds the one with the same `uniqueKey` (`wasAlreadyPresent`). Retried like an idempotent
   * call, because the server deduplicates by `uniqueKey`. `uniqueKey` defaults to `url`.
   */
  addRequest(
    request: NewQueueRequest,
    params: AddRequestParams = {},
    options?: RequestOptions,
  ): Promise<RequestRegistration> {
    const init = { query: params, body: withUniqueKey(request), retry: 'idempotent' } as const;
    return this.data('post', '/request-queue/requests', init, options);
  }

  /**
   * Adds any number of requests: batches of at most 25 whose body stays within the API's 9,437,184-byte limit, sent
   * `concurrency` at a time, the ones the server reports as unprocessed sent again with exponential backoff
   * (`maxUnprocessedRetries` rounds). The result merges every batch; `unprocessedRequests` holds only those still not
   * added at the end, and any request too large to send on its own, with its `reason` (every other one is added). A
   * failing batch rejects the call; batches already sent stay added, and calling again is safe (the server
   * deduplicates by `uniqueKey`).
   *
   * @example
   * ```ts
   * const urls = ['https://example.com/1', 'https://example.com/2'];
   * const { unprocessedRequests } = await queue.batchAddRequests(urls.map((url) => ({ url })));
   * ```
   */
  async batchAddRequests(
    requests: readonly NewQueueRequest[],
    params: BatchAddRequestsParams = {},
    options: RequestOptions = {},
  ): Promise<BatchAddRequestsResult> {
    const { maxUnprocessedRetries = 3, concurrency = 5, ...query } = params;
    const split = addBatches(requests.map(withUniqueKey));
    const results = await mapBounded(split.batches, concurrency, (batch) =>
      this.#addBatch(batch, query, options, maxUnprocessedRetries),
    );
    return merged([...results, { processedRequests: [], unprocessedRequests: split.tooLarge }]);
  }

  async #addBatch(
    batch: QueueRequestInput[],
    query: Omit<BatchAddRequestsParams, 'maxUnprocessedRetries' | 'concurrency'>,
    options: RequestOptions,
    maxRounds: number,
  ): Promise<BatchAddRequestsResult> {
    const processedRequests: BatchAddRequestsResult['processedRequests'] = [];
    let pending = batch;
    for (let round = 0; ; round++) {
      const init = { query, body: pending, retry: 'idempotent' } as const;
      const result = await this.data('post', '/request-queue/requests/batch', init, options);
      processedRequests.push(...result.processedRequests);
      const unprocessed = result.unprocessedRequests;
      if (unprocessed.length === 0 || round >= maxRounds) {
        return { processedRequests, unprocessedRequests: unprocessed };
      }
      // Re-send the caller's full requests (the server's drafts carry only uniqueKey, url and method).
      const byKey = new Map(pending.map((request) => [request.uniqueKey, request]));
      pending = unprocessed.map((draft) => byKey.get(draft.uniqueKey) ?? draft);
      await sleep(unprocessedDelay(round), options.signal);
    }
  }

  /**
   * Deletes requests given by `id` or `uniqueKey`, in batches of at most 25 sent one after another. Requests locked by
   * another client come back in `unprocessedRequests`.
   */
  async batchDeleteRequests(
    identifiers: readonly RequestIdentifier[],
    params: BatchDeleteRequestsParams = {},
    options?: RequestOptions,
  ): Promise<BatchDeleteResult> {
    const results = await mapBounded(batches(identifiers), 1, (batch) =>
      this.data('delete', '/request-queue/requests/batch', { query: params, body: batch }, options),
    );
    return merged(results);
  }

  /**
   * One request, or `undefined` when the queue holds no request with this ID. A missing run or queue still throws
   * `NotFoundError`: a 404 is confirmed with one extra read of the queue before it counts as "no such request".
   */
  async getRequest(id: string, options?: RequestOptions): Promise<QueueRequest | undefined> {
    const init = { path: { requestId: id } };
    const request = await unlessMissing(this.data('get', '/request-queue/requests/{requestId}', init, options));
    // Reading the queue throws when the 404 meant the queue (or the run) is missing.
    if (!request) await this.get(options);
    return request;
  }

  /**
   * Replaces a request (its `id` picks it; `uniqueKey` cannot change). Setting `handledAt` marks it handled, which
   * takes it off the head and releases its lock.
   */
  updateRequest(
    request: QueueRequest,
    params: UpdateRequestParams = {},
    options?: RequestOptions,
  ): Promise<RequestRegistration> {
    const { id, ...body } = request;
    const init = { query: params, body, path: { requestId: id } };
    return this.data('put', '/request-queue/requests/{requestId}', init, options);
  }

  /** Deletes a request; `PermissionDeniedError` while another client holds its lock. */
  async deleteRequest(id: string, params: DeleteRequestParams = {}, options?: RequestOptions): Promise<void> {
    const init = { query: params, path: { requestId: id }, parseAs: 'none' } as const;
    await this.call('delete', '/request-queue/requests/{requestId}', init, options);
  }

  /**
   * Extends this client's lock on a request to `lockSecs` from now. `PermissionDeniedError` when another
   * `clientKey` holds it.
   */
  prolongLock(id: string, params: ProlongLockParams, options?: RequestOptions): Promise<RequestLock> {
    return this.data(
      'put',
      '/request-queue/requests/{requestId}/lock',
      { query: params, path: { requestId: id } },
      options,
    );
  }

  /** Releases this client's lock on a request (`forefront` puts it back at the head). */
  async deleteLock(id: string, params: DeleteLockParams = {}, options?: RequestOptions): Promise<void> {
    const init = { query: params, path: { requestId: id }, parseAs: 'none' } as const;
    await this.call('delete', '/request-queue/requests/{requestId}/lock', init, options);
  }

  /** The first `limit` pending, unlocked requests, without locking them. */
  head(params: HeadParams = {}, options?: RequestOptions): Promise<QueueHead> {
    return this.data('get', '/request-queue/head', { query: params }, options);
  }

  /**
   * Returns and locks the first `limit` (≤ 25) free requests for `lockSecs`, on behalf of `clientKey`. Retried on
   * failures like an idempotent call: a lost answer only leaves requests locked by this key until they expire or
   * `unlockRequests` runs, which is what a caller retrying by hand would get too.
   *
   * @example
   * ```ts
   * const { items } = await queue.lockHead({ lockSecs: 60, limit: 10, clientKey: 'worker-1' });
   * ```
   */
  lockHead(params: LockHeadParams, options?: RequestOptions): Promise<LockedQueueHead> {
    return this.data('post', '/request-queue/head/lock', { query: params, retry: 'idempotent' }, options);
  }

  /** Releases every lock `clientKey` holds in the queue; resolves with how many were released. */
  unlockRequests(params: UnlockRequestsParams = {}, options?: RequestOptions): Promise<UnlockResult> {
    return this.data('post', '/request-queue/requests/unlock', { query: params, retry: 'idempotent' }, options);
  }
}
