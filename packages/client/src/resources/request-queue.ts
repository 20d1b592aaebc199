import type {
  BatchAddResult,
  BatchDeleteResult,
  ListOfRequests,
  LockedQueueHead,
  QueueHead,
  QueueRequest,
  QueueRequestInput,
  RequestIdentifier,
  RequestQueue,
  RequestRegistration,
} from '@apify-runs/types';
import { encodeSegment } from '../encode.js';
import { isNotFound } from '../errors.js';
import type { CallOptions } from '../options.js';
import { chunk, mapBounded, sleep, unprocessedDelay } from './request-queue-batch.js';
import type {
  AddRequestOptions,
  BatchAddRequestsOptions,
  BatchDeleteRequestsOptions,
  DeleteLockOptions,
  DeleteRequestOptions,
  HeadOptions,
  IterateRequestsOptions,
  ListRequestsOptions,
  LockHeadOptions,
  NewQueueRequest,
  ProlongLockOptions,
  RequestLock,
  UnlockRequestsOptions,
  UnlockResult,
  UpdateRequestOptions,
} from './request-queue-types.js';
import { StorageResource } from './storage.js';

type Data<T> = { data: T };

/** Splits the transport options off a method's options; the rest is the operation's query. */
function split<T extends CallOptions>(options: T): [CallOptions, Omit<T, keyof CallOptions>] {
  const { signal, timeoutMs, ...query } = options;
  return [{ signal, timeoutMs }, query];
}

/** `uniqueKey` defaults to the URL as given (documented on `NewQueueRequest`). */
const withUniqueKey = (request: NewQueueRequest): QueueRequestInput => ({
  ...request,
  uniqueKey: request.uniqueKey ?? request.url,
});

/** Validates a request ID early, so `..` or `''` never reaches a URL (the path serializer encodes it). */
const requestPath = (id: string): Record<string, string> => {
  encodeSegment(id, 'requestId');
  return { requestId: id };
};

/**
 * The run's default request queue, for either locator. Locks belong to the `clientKey` that took them: give every
 * crawler process its own key and pass it to every call.
 */
export class RequestQueueClient extends StorageResource<RequestQueue> {
  protected readonly base = '/request-queue';

  /** One page of requests in ID order; pass the page's `nextCursor` as `cursor` for the next one. */
  async listRequests(options: ListRequestsOptions = {}): Promise<ListOfRequests> {
    const [call, query] = split(options);
    return (await this.call<Data<ListOfRequests>>('GET', '/request-queue/requests', { ...call, query })).data.data;
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
  async *iterateRequests(options: IterateRequestsOptions = {}): AsyncGenerator<QueueRequest, void, undefined> {
    const { pageSize = 1000, filter, clientKey, ...call } = options;
    let cursor: string | undefined;
    for (;;) {
      const page = await this.listRequests({ ...call, limit: pageSize, cursor, filter, clientKey });
      yield* page.items;
      // A cursor that does not move would repeat the same page forever.
      if (!page.nextCursor || page.nextCursor === cursor) return;
      cursor = page.nextCursor;
    }
  }

  /**
   * Adds a request, or finds the one with the same `uniqueKey` (`wasAlreadyPresent`). Retried like an idempotent
   * call, because the server deduplicates by `uniqueKey`. `uniqueKey` defaults to `url`.
   */
  async addRequest(request: NewQueueRequest, options: AddRequestOptions = {}): Promise<RequestRegistration> {
    const [call, query] = split(options);
    const init = { ...call, query, body: withUniqueKey(request), retry: 'idempotent' as const };
    return (await this.call<Data<RequestRegistration>>('POST', '/request-queue/requests', init)).data.data;
  }

  /**
   * Adds any number of requests: batches of 25 sent `concurrency` at a time, the ones the server reports as
   * unprocessed sent again with exponential backoff (`maxUnprocessedRetries` rounds). The result merges every batch;
   * `unprocessedRequests` holds only those still not added at the end. A failing batch rejects the call; batches
   * already sent stay added, and calling again is safe (the server deduplicates by `uniqueKey`).
   *
   * @example
   * ```ts
   * const urls = ['https://example.com/1', 'https://example.com/2'];
   * const { unprocessedRequests } = await queue.batchAddRequests(urls.map((url) => ({ url })));
   * ```
   */
  async batchAddRequests(
    requests: readonly NewQueueRequest[],
    options: BatchAddRequestsOptions = {},
  ): Promise<BatchAddResult> {
    const { maxUnprocessedRetries = 3, concurrency = 5, forefront, clientKey, ...call } = options;
    const batches = chunk(requests.map(withUniqueKey));
    const results = await mapBounded(batches, concurrency, (batch) =>
      this.addBatch(batch, { forefront, clientKey }, call, maxUnprocessedRetries),
    );
    return {
      processedRequests: results.flatMap((result) => result.processedRequests),
      unprocessedRequests: results.flatMap((result) => result.unprocessedRequests),
    };
  }

  private async addBatch(
    batch: QueueRequestInput[],
    query: Pick<BatchAddRequestsOptions, 'forefront' | 'clientKey'>,
    call: CallOptions,
    maxRounds: number,
  ): Promise<BatchAddResult> {
    const processedRequests: BatchAddResult['processedRequests'] = [];
    let pending = batch;
    for (let round = 0; ; round++) {
      const init = { ...call, query, body: pending, retry: 'idempotent' as const };
      const { data } = await this.call<Data<BatchAddResult>>('POST', '/request-queue/requests/batch', init);
      processedRequests.push(...data.data.processedRequests);
      const unprocessed = data.data.unprocessedRequests;
      if (unprocessed.length === 0 || round >= maxRounds) {
        return { processedRequests, unprocessedRequests: unprocessed };
      }
      // Re-send the caller's full requests (the server's drafts carry only uniqueKey, url and method).
      const byKey = new Map(pending.map((request) => [request.uniqueKey, request]));
      pending = unprocessed.map((draft) => byKey.get(draft.uniqueKey) ?? draft);
      await sleep(unprocessedDelay(round), call.signal);
    }
  }

  /**
   * Deletes requests given by `id` or `uniqueKey`, in batches of 25 sent one after another. Requests locked by
   * another client come back in `unprocessedRequests`.
   */
  async batchDeleteRequests(
    identifiers: readonly RequestIdentifier[],
    options: BatchDeleteRequestsOptions = {},
  ): Promise<BatchDeleteResult> {
    const [call, query] = split(options);
    const result: BatchDeleteResult = { processedRequests: [], unprocessedRequests: [] };
    for (const batch of chunk(identifiers)) {
      const { data } = await this.call<Data<BatchDeleteResult>>('DELETE', '/request-queue/requests/batch', {
        ...call,
        query,
        body: batch,
        // Required by the API: some HTTP stacks drop the type of a DELETE body.
        headers: { 'content-type': 'application/json' },
      });
      result.processedRequests.push(...data.data.processedRequests);
      result.unprocessedRequests.push(...data.data.unprocessedRequests);
    }
    return result;
  }

  /**
   * One request, or `undefined` when the queue holds no request with this ID. A missing run or queue still throws
   * `NotFoundError`: a 404 is confirmed with one extra read of the queue before it counts as "no such request".
   */
  async getRequest(id: string, options: CallOptions = {}): Promise<QueueRequest | undefined> {
    const path = requestPath(id);
    try {
      return (await this.call<Data<QueueRequest>>('GET', '/request-queue/requests/{requestId}', { ...options, path }))
        .data.data;
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.get(options);
      return undefined;
    }
  }

  /**
   * Replaces a request (its `id` picks it; `uniqueKey` cannot change). Setting `handledAt` marks it handled, which
   * takes it off the head and releases its lock.
   */
  async updateRequest(request: QueueRequest, options: UpdateRequestOptions = {}): Promise<RequestRegistration> {
    const [call, query] = split(options);
    const { id, ...body } = request;
    const init = { ...call, query, body, path: requestPath(id) };
    return (await this.call<Data<RequestRegistration>>('PUT', '/request-queue/requests/{requestId}', init)).data.data;
  }

  /** Deletes a request; `PermissionDeniedError` while another client holds its lock. */
  async deleteRequest(id: string, options: DeleteRequestOptions = {}): Promise<void> {
    const [call, query] = split(options);
    const init = { ...call, query, path: requestPath(id) };
    await this.call('DELETE', '/request-queue/requests/{requestId}', init);
  }

  /**
   * Extends this client's lock on a request to `lockSecs` from now. `PermissionDeniedError` when another
   * `clientKey` holds it.
   */
  async prolongLock(id: string, options: ProlongLockOptions): Promise<RequestLock> {
    const [call, query] = split(options);
    const init = { ...call, query, path: requestPath(id) };
    return (await this.call<Data<RequestLock>>('PUT', '/request-queue/requests/{requestId}/lock', init)).data.data;
  }

  /** Releases this client's lock on a request (`forefront` puts it back at the head). */
  async deleteLock(id: string, options: DeleteLockOptions = {}): Promise<void> {
    const [call, query] = split(options);
    const init = { ...call, query, path: requestPath(id) };
    await this.call('DELETE', '/request-queue/requests/{requestId}/lock', init);
  }

  /** The first `limit` pending, unlocked requests, without locking them. */
  async head(options: HeadOptions = {}): Promise<QueueHead> {
    const [call, query] = split(options);
    return (await this.call<Data<QueueHead>>('GET', '/request-queue/head', { ...call, query })).data.data;
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
  async lockHead(options: LockHeadOptions): Promise<LockedQueueHead> {
    const [call, query] = split(options);
    const init = { ...call, query, retry: 'idempotent' as const };
    return (await this.call<Data<LockedQueueHead>>('POST', '/request-queue/head/lock', init)).data.data;
  }

  /** Releases every lock `clientKey` holds in the queue; resolves with how many were released. */
  async unlockRequests(options: UnlockRequestsOptions = {}): Promise<UnlockResult> {
    const [call, query] = split(options);
    const init = { ...call, query, retry: 'idempotent' as const };
    return (await this.call<Data<UnlockResult>>('POST', '/request-queue/requests/unlock', init)).data.data;
  }
}
