import type { components, operations, QueueRequestInput } from '@apify-runs/types';
import type { CallOptions } from '../options.js';

/** The query parameters of a run-queue operation, as the spec declares them (the last-run twins are identical). */
type Query<Id extends keyof operations> = NonNullable<operations[Id]['parameters']['query']>;

/**
 * A request to add: the spec's `RequestWithoutId`, except that `uniqueKey` may be omitted. It then defaults to the
 * `url` exactly as given (as Apify's SDK does, but without its URL normalisation), so adding the same URL twice is
 * deduplicated by the server.
 */
export type NewQueueRequest = Omit<QueueRequestInput, 'uniqueKey'> & { uniqueKey?: string };

/** `listRequests` options: one page, continued with the previous page's `nextCursor`. */
export type ListRequestsOptions = CallOptions &
  Pick<Query<'actorRun_requestQueue_requests_get'>, 'limit' | 'cursor' | 'filter' | 'clientKey'>;

/** `iterateRequests` options. */
export type IterateRequestsOptions = CallOptions &
  Pick<Query<'actorRun_requestQueue_requests_get'>, 'filter' | 'clientKey'> & {
    /** Requests fetched per call; default 1000 (the API allows up to 10 000). */
    pageSize?: number;
  };

/** `addRequest` options. */
export type AddRequestOptions = CallOptions & Query<'actorRun_requestQueue_requests_post'>;

/** `batchAddRequests` options. */
export type BatchAddRequestsOptions = CallOptions &
  Query<'actorRun_requestQueue_requests_batch_post'> & {
    /**
     * How many times requests the server reported as unprocessed are sent again, with exponential backoff from
     * 500 ms; default 3. Whatever is still unprocessed after that is returned in `unprocessedRequests`.
     */
    maxUnprocessedRetries?: number;
    /**
     * Batches of 25 in flight at once; default 5. With more than 1, batches may land in any order: pass 1 when the
     * order across batches matters (e.g. with `forefront`).
     */
    concurrency?: number;
  };

/** `batchDeleteRequests` options. */
export type BatchDeleteRequestsOptions = CallOptions & Query<'actorRun_requestQueue_requests_batch_delete'>;

/** `updateRequest` options. */
export type UpdateRequestOptions = CallOptions & Query<'actorRun_requestQueue_request_put'>;

/** `deleteRequest` options. */
export type DeleteRequestOptions = CallOptions & Query<'actorRun_requestQueue_request_delete'>;

/** `prolongLock` options (`lockSecs` is required). */
export type ProlongLockOptions = CallOptions & Query<'actorRun_requestQueue_request_lock_put'>;

/** `deleteLock` options. */
export type DeleteLockOptions = CallOptions & Query<'actorRun_requestQueue_request_lock_delete'>;

/** `head` options. */
export type HeadOptions = CallOptions & Query<'actorRun_requestQueue_head_get'>;

/** `lockHead` options (`lockSecs` is required; `limit` is at most 25). */
export type LockHeadOptions = CallOptions & Query<'actorRun_requestQueue_head_lock_post'>;

/** `unlockRequests` options. */
export type UnlockRequestsOptions = CallOptions & Query<'actorRun_requestQueue_requests_unlock_post'>;

/** The answer of `prolongLock`: when the lock now ends. */
export type RequestLock = components['schemas']['RequestLock'];

/** The answer of `unlockRequests`: how many locks were released. */
export type UnlockResult = components['schemas']['UnlockResult'];
