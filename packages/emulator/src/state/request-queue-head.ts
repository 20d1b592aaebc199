import type { HeadRequest, LockedQueueHead, QueueHead } from '@apify-runs/types';
import { NOT_FOUND } from '../http/api-error.js';
import type { StoredQueueRequest } from '../storage/backends.js';
import type { RequestQueueState } from './request-queue.js';
import { alreadyHandled, isLocked, lockOwner } from './request-queue-locks.js';

/**
 * The head of a queue and its locks: how crawlers share one queue. Locks expire by timestamp alone (no timers);
 * every operation first sweeps expired locks so the head and `queueModifiedAt` reflect them.
 */

/**
 * Latest instant whose ISO form is still an RFC 3339 `date-time` (9999-12-31T23:59:59.999Z): a huge `lockSecs` is
 * capped there instead of failing. (A JavaScript Date goes on to +275760, which `toISOString` writes with an expanded
 * six-digit year that violates the spec's `format: date-time`; found by schemathesis.)
 */
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Default page sizes when `limit` is omitted (see the spec's parameter descriptions). */
export const HEAD_LIMIT = 100;
export const HEAD_LOCK_LIMIT = 25;

/** The first `limit` pending requests no client holds a lock on, in processing order. */
function firstFree(queue: RequestQueueState, limit: number, now: number): StoredQueueRequest[] {
  const found: StoredQueueRequest[] = [];
  if (limit <= 0) return found;
  for (const entry of queue.order.inOrder()) {
    if (isLocked(entry, now)) continue;
    found.push(entry);
    if (found.length >= limit) break;
  }
  return found;
}

function headItem({ request }: StoredQueueRequest): HeadRequest {
  const item: HeadRequest = { id: request.id, uniqueKey: request.uniqueKey, url: request.url };
  if (typeof request.method === 'string') item.method = request.method as HeadRequest['method'];
  if (typeof request.retryCount === 'number') item.retryCount = request.retryCount;
  return item;
}

function entryOf(queue: RequestQueueState, id: string): StoredQueueRequest {
  const entry = queue.entries.get(id);
  if (!entry) throw NOT_FOUND.request();
  return entry;
}

/** `GET …/head`: the first pending, unlocked requests, without locking them. */
export function queueHead(queue: RequestQueueState, limit = HEAD_LIMIT): QueueHead {
  const now = queue.clock.now();
  queue.sweepLocks(now);
  const items = firstFree(queue, limit, now).map(headItem);
  queue.headItemReadCount += items.length;
  queue.meta.touch(false);
  return {
    limit,
    queueModifiedAt: queue.meta.modifiedAt.toISOString(),
    hadMultipleClients: queue.hadMultipleClients,
    items,
  };
}

/** `POST …/head/lock`: locks the first `limit` free requests for `lockSecs` on behalf of `clientKey`. */
export async function lockHead(
  queue: RequestQueueState,
  options: { lockSecs: number; limit?: number; clientKey?: string },
): Promise<LockedQueueHead> {
  const now = queue.clock.now();
  queue.sweepLocks(now);
  const limit = options.limit ?? HEAD_LOCK_LIMIT;
  const expiresAt = Math.min(now + options.lockSecs * 1000, MAX_TIME);
  const owner = lockOwner(options.clientKey);
  const entries = firstFree(queue, limit, now);
  for (const entry of entries) queue.locks.lock(entry, owner, expiresAt);
  if (entries.length > 0) queue.changed();
  queue.headItemReadCount += entries.length;
  await queue.persist(entries);
  const lockExpiresAt = new Date(expiresAt).toISOString();
  return {
    limit,
    lockSecs: options.lockSecs,
    queueModifiedAt: queue.meta.modifiedAt.toISOString(),
    hadMultipleClients: queue.hadMultipleClients,
    queueHasLockedRequests: queue.locks.any(now),
    ...(options.clientKey !== undefined ? { clientKey: options.clientKey } : {}),
    items: entries.map((entry) => ({ ...headItem(entry), lockExpiresAt })),
  };
}

/**
 * `PUT …/requests/{id}/lock`: extends the caller's lock to `lockSecs` from now. Another client's live lock is 403;
 * a request nobody holds (never locked, or its lock expired) is simply locked for the caller, since no one else can
 * be working on it. `forefront` decides where it waits once the lock ends (default: the end of the queue).
 */
export async function prolongLock(
  queue: RequestQueueState,
  id: string,
  options: { lockSecs: number; clientKey?: string; forefront?: boolean },
): Promise<{ lockExpiresAt: string }> {
  const now = queue.clock.now();
  queue.sweepLocks(now);
  const entry = entryOf(queue, id);
  if (entry.orderNo === null) throw alreadyHandled();
  const owner = lockOwner(options.clientKey);
  queue.locks.assertFreeFor(entry, owner, now);
  const expiresAt = Math.min(now + options.lockSecs * 1000, MAX_TIME);
  queue.locks.lock(entry, owner, expiresAt);
  queue.order.place(entry, options.forefront ?? false, queue.pendingCount());
  queue.changed();
  await queue.persist([entry]);
  return { lockExpiresAt: new Date(expiresAt).toISOString() };
}

/**
 * `DELETE …/requests/{id}/lock`: releases the caller's lock; the request returns to the front with `forefront`,
 * else to the end. Another client's live lock is 403; a request without a live lock is left as it is.
 */
export async function deleteLock(
  queue: RequestQueueState,
  id: string,
  options: { clientKey?: string; forefront?: boolean },
): Promise<void> {
  const now = queue.clock.now();
  queue.sweepLocks(now);
  const entry = entryOf(queue, id);
  queue.locks.assertFreeFor(entry, lockOwner(options.clientKey), now);
  if (entry.orderNo === null || !isLocked(entry, now)) return;
  queue.locks.release(entry, now);
  queue.order.place(entry, options.forefront ?? false, queue.pendingCount());
  queue.changed();
  await queue.persist([entry]);
}

/** `POST …/requests/unlock`: releases every live lock `clientKey` holds; the requests keep their places. */
export async function unlockAll(queue: RequestQueueState, clientKey: string | undefined): Promise<number> {
  const now = queue.clock.now();
  queue.sweepLocks(now);
  const held = queue.locks.heldBy(lockOwner(clientKey), now);
  for (const entry of held) queue.locks.release(entry, now);
  if (held.length > 0) queue.changed();
  await queue.persist(held);
  return held.length;
}
