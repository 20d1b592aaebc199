import type {
  BatchDeleteResult,
  ListOfRequests,
  QueueRequest,
  RequestIdentifier,
  RequestQueue,
  RequestRegistration,
} from '@apify-runs/types';
import { badRequest, NOT_FOUND } from '../http/api-error.js';
import type { QueueBackend, StoredQueueRequest } from '../storage/backends.js';
import { newId, requestIdFor } from './ids.js';
import { decodeCursor, encodeCursor, firstAfter } from './request-queue-cursor.js';
import { isLocked, LockTable, lockOwner } from './request-queue-locks.js';
import { PendingOrder } from './request-queue-order.js';
import type { StorageMeta } from './storage-meta.js';

/** A request to add or store: the API's `RequestWithoutId` (an `id` in it is ignored on add). */
export interface AddRequestInput {
  uniqueKey: string;
  url: string;
  method?: string;
  userData?: object;
  [key: string]: unknown;
}

/** Where a request goes and who asks; `clientKey` only matters for locks. */
export interface PlacementOptions {
  forefront?: boolean;
  clientKey?: string;
}

export interface ListOptions {
  limit?: number;
  cursor?: string;
  exclusiveStartId?: string;
  filter?: Array<'locked' | 'pending'>;
}

/** Page size of the request listing when `limit` is omitted. */
const DEFAULT_LIST_LIMIT = 100;

/**
 * A request queue: requests deduplicated by `uniqueKey`, pending ones in processing order, locks, counters. Every
 * change is written through the backend; the indexes are rebuilt from `backend.load()` on construction, so a queue
 * loaded from disk behaves exactly as before the restart. Head and lock operations are in `request-queue-head.ts`.
 */
export class RequestQueueState {
  readCount = 0;
  writeCount = 0;
  deleteCount = 0;
  headItemReadCount = 0;
  /** True once a second client (another `clientKey`, or any call without one) has used the queue. */
  hadMultipleClients = false;
  /** The first client seen: its key, or null for a key-less call (which no later call can be the same as). */
  private firstClient: string | null | undefined;
  /** @internal shared with the head/lock operations */
  readonly entries = new Map<string, StoredQueueRequest>();
  private readonly byUniqueKey = new Map<string, StoredQueueRequest>();
  /** @internal */
  readonly order: PendingOrder;
  /** @internal */
  readonly locks: LockTable;
  private handled = 0;
  private bytes = 0;
  private readonly sizes = new Map<string, number>();
  /** IDs in listing order; rebuilt lazily after an add or a delete. */
  private sortedIds: string[] | undefined;

  constructor(
    readonly meta: StorageMeta,
    readonly backend: QueueBackend,
  ) {
    const loaded = backend.load();
    for (const entry of loaded) {
      this.entries.set(entry.request.id, entry);
      this.byUniqueKey.set(entry.request.uniqueKey, entry);
      if (entry.orderNo === null) this.handled += 1;
      this.measure(entry);
    }
    this.order = new PendingOrder(loaded, () => this.clock.now());
    this.locks = new LockTable(loaded, this.clock.now());
  }

  /** The emulator's clock (lock expiry and order numbers follow it). */
  get clock() {
    return this.meta.clock;
  }

  get totalRequestCount(): number {
    return this.entries.size;
  }

  get handledRequestCount(): number {
    return this.handled;
  }

  /**
   * Records which client calls, for `hadMultipleClients`, and returns how to take that back: a call that then fails
   * with a 4xx must leave the queue as it was.
   */
  noteClient(clientKey: string | undefined): () => void {
    const { firstClient, hadMultipleClients } = this;
    if (!this.hadMultipleClients) {
      if (this.firstClient === undefined) this.firstClient = clientKey ?? null;
      else if (clientKey === undefined || clientKey !== this.firstClient) this.hadMultipleClients = true;
    }
    return () => {
      this.firstClient = firstClient;
      this.hadMultipleClients = hadMultipleClients;
    };
  }

  /** The API's `RequestQueue` object. */
  describe(baseUrl: string): RequestQueue {
    this.sweepLocks();
    return {
      ...this.meta.common(baseUrl, 'storage/request-queues'),
      totalRequestCount: this.entries.size,
      handledRequestCount: this.handled,
      pendingRequestCount: this.entries.size - this.handled,
      hadMultipleClients: this.hadMultipleClients,
      stats: {
        deleteCount: this.deleteCount,
        headItemReadCount: this.headItemReadCount,
        readCount: this.readCount,
        storageBytes: this.bytes,
        writeCount: this.writeCount,
      },
    };
  }

  /** Adds a request unless one with its `uniqueKey` exists; a `handledAt` in the input stores it as handled. */
  async addRequest(input: AddRequestInput, options: PlacementOptions = {}): Promise<RequestRegistration> {
    const [registration] = await this.addRequests([input], options);
    return registration as RequestRegistration;
  }

  /**
   * Adds requests in order, each unless its `uniqueKey` exists (also earlier in the same batch), and stores them as
   * one change: after a crash, the whole batch is there or none of it.
   */
  async addRequests(
    inputs: readonly AddRequestInput[],
    options: PlacementOptions = {},
  ): Promise<RequestRegistration[]> {
    const added: StoredQueueRequest[] = [];
    const registrations = inputs.map((input): RequestRegistration => {
      const existing = this.byUniqueKey.get(input.uniqueKey);
      if (existing) {
        return {
          requestId: existing.request.id,
          wasAlreadyPresent: true,
          wasAlreadyHandled: existing.orderNo === null,
        };
      }
      // Derived from the uniqueKey; a (practically impossible) hash collision falls back to a random ID.
      let id = requestIdFor(input.uniqueKey);
      while (this.entries.has(id)) id = newId();
      const entry: StoredQueueRequest = { request: toStored(input, id), orderNo: null };
      this.entries.set(id, entry);
      this.byUniqueKey.set(entry.request.uniqueKey, entry);
      this.sortedIds = undefined;
      if (isHandled(input)) this.handled += 1;
      else this.order.place(entry, options.forefront ?? false, this.pendingCount());
      this.changed();
      added.push(entry);
      return { requestId: id, wasAlreadyPresent: false, wasAlreadyHandled: false };
    });
    await this.persist(added);
    return registrations;
  }

  /** A stored request, or undefined. */
  getRequest(id: string): QueueRequest | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.readCount += 1;
    this.meta.touch(false);
    return { ...entry.request } as QueueRequest;
  }

  /**
   * Replaces a request. `handledAt` marks it handled (it leaves the head and loses its lock); without it a handled
   * request becomes pending again, and `forefront` moves a pending one to the front. The body must describe the
   * same request: a different `uniqueKey` (or `id`) is 400 `request-id-invalid`.
   */
  async updateRequest(
    id: string,
    input: AddRequestInput,
    options: PlacementOptions = {},
  ): Promise<RequestRegistration> {
    const entry = this.entries.get(id);
    if (!entry) throw NOT_FOUND.request();
    if (input.uniqueKey !== entry.request.uniqueKey || (input.id !== undefined && input.id !== id)) {
      throw badRequest(
        `The request ID "${id}" does not match the uniqueKey "${input.uniqueKey}"; uniqueKey cannot change.`,
        'request-id-invalid',
      );
    }
    const wasHandled = entry.orderNo === null;
    entry.request = toStored(input, id);
    if (isHandled(input)) {
      if (!wasHandled) this.handled += 1;
      entry.orderNo = null;
      this.locks.release(entry, this.clock.now());
    } else if (wasHandled || options.forefront) {
      if (wasHandled) this.handled -= 1;
      this.order.place(entry, options.forefront ?? false, this.pendingCount());
    }
    this.changed();
    await this.persist([entry]);
    return { requestId: id, wasAlreadyPresent: true, wasAlreadyHandled: wasHandled };
  }

  /** Deletes a request; 404 if missing, 403 while another client holds its lock. */
  async deleteRequest(id: string, clientKey: string | undefined): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) throw NOT_FOUND.request();
    this.locks.assertFreeFor(entry, lockOwner(clientKey), this.clock.now());
    await this.remove([entry]);
  }

  /**
   * Deletes up to 25 requests given by `id` or `uniqueKey`. Missing ones count as processed (there is nothing left
   * to delete); ones locked by another client come back unprocessed, so the caller can retry after the lock ends.
   */
  async deleteRequests(identifiers: RequestIdentifier[], clientKey: string | undefined): Promise<BatchDeleteResult> {
    const result: BatchDeleteResult = { processedRequests: [], unprocessedRequests: [] };
    const owner = lockOwner(clientKey);
    const now = this.clock.now();
    const removed = new Set<StoredQueueRequest>();
    for (const identifier of identifiers) {
      const entry =
        identifier.id !== undefined
          ? this.entries.get(identifier.id)
          : this.byUniqueKey.get(identifier.uniqueKey as string);
      if (!entry || removed.has(entry)) {
        result.processedRequests.push({ ...identifier } as RequestIdentifier);
        continue;
      }
      const { id, uniqueKey, url, method } = entry.request;
      if (isLocked(entry, now) && entry.lockedBy !== owner) {
        result.unprocessedRequests.push({ id, uniqueKey, url, ...(method ? { method } : {}) } as never);
        continue;
      }
      removed.add(entry);
      result.processedRequests.push({ id, uniqueKey });
    }
    // One change for the whole batch: after a crash, all of it is deleted or none.
    await this.remove([...removed]);
    return result;
  }

  /** One page of requests in ID order, optionally only `pending` and/or `locked` ones. */
  listRequests(options: ListOptions): ListOfRequests {
    const { cursor, exclusiveStartId, filter } = options;
    if (exclusiveStartId !== undefined && filter?.length) {
      throw badRequest(
        'Parameters "exclusiveStartId" and "filter" cannot be combined; use "cursor".',
        'invalid-request',
      );
    }
    if (exclusiveStartId !== undefined && cursor !== undefined) {
      throw badRequest('Parameters "exclusiveStartId" and "cursor" cannot be combined.', 'invalid-request');
    }
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    const after = cursor !== undefined ? decodeCursor(cursor) : exclusiveStartId;
    this.sortedIds ??= [...this.entries.keys()].sort();
    const ids = this.sortedIds;
    const now = this.clock.now();
    const wanted = (entry: StoredQueueRequest) =>
      !filter?.length ||
      (filter.includes('pending') && entry.orderNo !== null) ||
      (filter.includes('locked') && entry.orderNo !== null && isLocked(entry, now));
    const items: QueueRequest[] = [];
    let more = false;
    for (let index = after === undefined ? 0 : firstAfter(ids, after); index < ids.length; index += 1) {
      const entry = this.entries.get(ids[index] as string);
      if (!entry || !wanted(entry)) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push({ ...entry.request } as QueueRequest);
    }
    this.readCount += 1;
    this.meta.touch(false);
    const last = items.at(-1);
    return {
      items,
      limit,
      ...(cursor !== undefined ? { cursor } : {}),
      ...(exclusiveStartId !== undefined ? { exclusiveStartId } : {}),
      ...(more && last ? { nextCursor: encodeCursor(last.id) } : {}),
    };
  }

  /** Forgets expired locks; the queue counts as modified when the last of them expired (its head changed then). */
  sweepLocks(now = this.clock.now()): void {
    const expiredAt = this.locks.sweep(now);
    if (expiredAt !== undefined && expiredAt > this.meta.modifiedAt.getTime()) {
      this.meta.modifiedAt = new Date(expiredAt);
    }
  }

  /** @internal Marks the queue modified (and accessed) now. */
  changed(): void {
    this.writeCount += 1;
    this.meta.touch(true);
  }

  /** @internal Writes entries through the backend as one change, keeping `storageBytes` current. */
  async persist(entries: readonly StoredQueueRequest[]): Promise<void> {
    if (entries.length === 0) return;
    for (const entry of entries) this.measure(entry);
    await this.backend.commit({ save: entries });
  }

  /** @internal */
  pendingCount(): number {
    return this.entries.size - this.handled;
  }

  private async remove(entries: readonly StoredQueueRequest[]): Promise<void> {
    if (entries.length === 0) return;
    for (const entry of entries) {
      const id = entry.request.id;
      this.entries.delete(id);
      this.byUniqueKey.delete(entry.request.uniqueKey);
      this.sortedIds = undefined;
      if (entry.orderNo === null) this.handled -= 1;
      this.locks.release(entry, this.clock.now());
      // The entry is detached now; clearing its order number makes its slot in the pending order stale.
      entry.orderNo = null;
      this.bytes -= this.sizes.get(id) ?? 0;
      this.sizes.delete(id);
      this.deleteCount += 1;
    }
    this.meta.touch(true);
    await this.backend.commit({ delete: entries.map((entry) => entry.request.id) });
  }

  private measure(entry: StoredQueueRequest): void {
    const id = entry.request.id;
    const size = Buffer.byteLength(JSON.stringify(entry.request));
    this.bytes += size - (this.sizes.get(id) ?? 0);
    this.sizes.set(id, size);
  }
}

const isHandled = (input: AddRequestInput) => typeof input.handledAt === 'string' && input.handledAt !== '';

/** The stored form of a request: the input as sent, with the queue's ID and the default method. */
function toStored(input: AddRequestInput, id: string): StoredQueueRequest['request'] {
  const { id: _ignored, ...rest } = input;
  return { ...rest, id, method: input.method ?? 'GET' } as StoredQueueRequest['request'];
}
