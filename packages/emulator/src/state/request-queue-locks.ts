import { ApiError } from '../http/api-error.js';
import type { StoredQueueRequest } from '../storage/backends.js';

/**
 * Owner of locks taken without a `clientKey`. Real Apify ties those to the calling Actor run, which a local caller
 * does not have; all key-less callers therefore share one owner (the empty string, which no valid key can equal).
 */
const KEYLESS = '';

/** The owner a lock taken with `clientKey` is recorded under. */
export const lockOwner = (clientKey: string | undefined): string => clientKey ?? KEYLESS;

/** True while `entry` carries a lock that has not expired at `now` (ms). Expiry needs no timer: it is a timestamp. */
export const isLocked = (entry: StoredQueueRequest, now: number): boolean =>
  entry.lockExpiresAt !== undefined && entry.lockExpiresAt > now;

/** 403 `request-handled-or-locked`: the request is in another client's hands, or no longer needs a lock. */
export const lockedByAnother = () =>
  new ApiError(403, 'request-handled-or-locked', 'The request is locked by another client (clientKey).');
export const alreadyHandled = () =>
  new ApiError(403, 'request-handled-or-locked', 'The request has already been handled, so it cannot be locked.');

/**
 * The entries that may hold a live lock. Lock fields live on the stored entry (so a disk queue keeps them); this
 * set only spares scanning the whole queue to find them. Expired locks leave the set lazily, on `sweep`.
 */
export class LockTable {
  private readonly locked = new Set<StoredQueueRequest>();

  constructor(entries: Iterable<StoredQueueRequest>, now: number) {
    for (const entry of entries) if (entry.orderNo !== null && isLocked(entry, now)) this.locked.add(entry);
  }

  /** Locks `entry` for `owner` until `expiresAt` (ms). */
  lock(entry: StoredQueueRequest, owner: string, expiresAt: number): void {
    entry.lockExpiresAt = expiresAt;
    entry.lockedBy = owner;
    this.locked.add(entry);
  }

  /** Removes any lock from `entry`; true when a live lock was released. */
  release(entry: StoredQueueRequest, now: number): boolean {
    const wasLocked = isLocked(entry, now);
    delete entry.lockExpiresAt;
    delete entry.lockedBy;
    this.locked.delete(entry);
    return wasLocked;
  }

  /** Forgets expired locks; returns the latest expiry among them (ms), the moment the head last changed by itself. */
  sweep(now: number): number | undefined {
    let latest: number | undefined;
    for (const entry of this.locked) {
      if (isLocked(entry, now) && entry.orderNo !== null) continue;
      this.locked.delete(entry);
      const expiry = entry.lockExpiresAt;
      if (entry.orderNo !== null && expiry !== undefined && expiry <= now) latest = Math.max(latest ?? 0, expiry);
    }
    return latest;
  }

  /** Live locks held by `owner`. */
  heldBy(owner: string, now: number): StoredQueueRequest[] {
    return [...this.locked].filter((entry) => isLocked(entry, now) && entry.lockedBy === owner);
  }

  /** True when some client holds a live lock. */
  any(now: number): boolean {
    for (const entry of this.locked) if (isLocked(entry, now)) return true;
    return false;
  }

  /** Throws 403 when someone other than `owner` holds a live lock on `entry`. */
  assertFreeFor(entry: StoredQueueRequest, owner: string, now: number): void {
    if (isLocked(entry, now) && entry.lockedBy !== owner) throw lockedByAnother();
  }
}
