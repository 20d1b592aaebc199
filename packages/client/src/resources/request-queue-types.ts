import type { BatchAddResult, components, QueueRequestInput } from '@apify-runs/types';
import type { SharedQuery } from '../call/operations.js';

/**
 * A request to add: the spec's `RequestWithoutId`, except that `uniqueKey` may be omitted. It then defaults to the
 * `url` exactly as given (as Apify's SDK does, but without its URL normalisation), so adding the same URL twice is
 * deduplicated by the server.
 */
export type NewQueueRequest = Omit<QueueRequestInput, 'uniqueKey'> & { uniqueKey?: string | undefined };

/** `listRequests` parameters: one page, continued with the previous page's `nextCursor`. */
export type ListRequestsParams = Pick<
  SharedQuery<'/request-queue/requests', 'get'>,
  'limit' | 'cursor' | 'filter' | 'clientKey'
>;

/** `iterateRequests` parameters. */
export type IterateRequestsParams = Pick<SharedQuery<'/request-queue/requests', 'get'>, 'filter' | 'clientKey'> & {
  /** Requests fetched per call; default 1000 (the API allows up to 10 000). */
  pageSize?: number | undefined;
  /** apify-client's `maxPageLimit` is `pageSize` here. */
  maxPageLimit?: never;
  /** A `position` of an earlier `iterateRequests` with the same filters: continue right after it. */
  resumeFrom?: RequestsPosition | undefined;
};

/**
 * Where a request iteration stands: plain JSON, for `resumeFrom`. The listing's `cursor` of the page it stopped in
 * (absent: the first page), how many of that page's requests were handed out, and the page's size.
 */
export interface RequestsPosition {
  kind: 'requests';
  cursor?: string | undefined;
  skip: number;
  size?: number | undefined;
}

/** `addRequest` parameters. */
export type AddRequestParams = SharedQuery<'/request-queue/requests', 'post'>;

/** `batchAddRequests` parameters. */
export type BatchAddRequestsParams = SharedQuery<'/request-queue/requests/batch', 'post'> & {
  /**
   * How many times requests the server reported as unprocessed are sent again, with exponential backoff from
   * 500 ms; default 3. Whatever is still unprocessed after that is returned in `unprocessedRequests`.
   */
  maxUnprocessedRetries?: number | undefined;
  /**
   * Batches of 25 in flight at once; default 5. With more than 1, batches may land in any order: pass 1 when the
   * order across batches matters (e.g. with `forefront`).
   */
  concurrency?: number | undefined;
  /** apify-client's `maxParallel` is `concurrency` here. */
  maxParallel?: never;
  /** apify-client's `maxUnprocessedRequestsRetries` is `maxUnprocessedRetries` here. */
  maxUnprocessedRequestsRetries?: never;
  /** Not a parameter: the pauses before re-sending grow from 500 ms (doubling, with jitter). */
  minDelayBetweenUnprocessedRequestsRetriesMillis?: never;
};

/**
 * A request `batchAddRequests` did not add: one the server reported unprocessed every time it was sent, or (with
 * `reason`) one the client never sent.
 */
export type UnprocessedRequest = BatchAddResult['unprocessedRequests'][number] & {
  /** Why it was not sent: alone it is larger than the API's 9,437,184-byte body limit. Absent for the server's. */
  reason?: string | undefined;
};

/** What `batchAddRequests` did: every batch merged, in input order per batch. */
export interface BatchAddRequestsResult {
  processedRequests: BatchAddResult['processedRequests'];
  unprocessedRequests: UnprocessedRequest[];
}

/** `batchDeleteRequests` parameters. */
export type BatchDeleteRequestsParams = SharedQuery<'/request-queue/requests/batch', 'delete'>;

/** `updateRequest` parameters. */
export type UpdateRequestParams = SharedQuery<'/request-queue/requests/{requestId}', 'put'>;

/** `deleteRequest` parameters. */
export type DeleteRequestParams = SharedQuery<'/request-queue/requests/{requestId}', 'delete'>;

/** `prolongLock` parameters (`lockSecs` is required). */
export type ProlongLockParams = SharedQuery<'/request-queue/requests/{requestId}/lock', 'put'>;

/** `deleteLock` parameters. */
export type DeleteLockParams = SharedQuery<'/request-queue/requests/{requestId}/lock', 'delete'>;

/** `head` parameters. */
export type HeadParams = SharedQuery<'/request-queue/head', 'get'>;

/** `lockHead` parameters (`lockSecs` is required; `limit` is at most 25). */
export type LockHeadParams = SharedQuery<'/request-queue/head/lock', 'post'>;

/** `unlockRequests` parameters. */
export type UnlockRequestsParams = SharedQuery<'/request-queue/requests/unlock', 'post'>;

/** The answer of `prolongLock`: when the lock now ends. */
export type RequestLock = components['schemas']['RequestLock'];

/** The answer of `unlockRequests`: how many locks were released. */
export type UnlockResult = components['schemas']['UnlockResult'];
