import type { StoredQueueRequest } from '../storage/backends.js';

interface Slot {
  entry: StoredQueueRequest;
  orderNo: number;
}

/**
 * The processing order of pending requests. A request only ever moves to a new extreme (the very front or the very
 * end), so two stacks suffice: `front` grows towards smaller order numbers, `back` towards larger ones. A slot goes
 * stale when its request is handled, deleted or moved (its `orderNo` no longer matches); stale slots are skipped
 * and swept out once they outnumber live ones, so every change is O(1) and reading the head is O(stale + wanted).
 */
export class PendingOrder {
  /** Descending order numbers: the last element is the head of the queue. */
  private front: Slot[] = [];
  /** Ascending order numbers. */
  private back: Slot[] = [];
  private lowest = 0;
  private highest = 0;

  /** Indexes the pending entries of a loaded queue; `now` is the emulator's clock. */
  constructor(
    entries: Iterable<StoredQueueRequest>,
    private readonly now: () => number,
  ) {
    const pending: Slot[] = [];
    for (const entry of entries) {
      if (entry.orderNo === null) continue;
      pending.push({ entry, orderNo: entry.orderNo });
      this.lowest = Math.min(this.lowest, entry.orderNo);
      this.highest = Math.max(this.highest, entry.orderNo);
    }
    this.back = pending.sort((a, b) => a.orderNo - b.orderNo);
  }

  /**
   * The order number for a request placed now: timestamps as Crawlee's storages use them (negative at the
   * forefront), kept strictly beyond every number in use so the newest forefront request is always first.
   */
  nextOrderNo(forefront: boolean): number {
    const now = this.now();
    if (forefront) {
      this.lowest = Math.min(-now, this.lowest - 1);
      return this.lowest;
    }
    this.highest = Math.max(now, this.highest + 1);
    return this.highest;
  }

  /** Gives `entry` a new place at the front or the end (its previous slot, if any, goes stale). */
  place(entry: StoredQueueRequest, forefront: boolean, pendingCount: number): void {
    const orderNo = this.nextOrderNo(forefront);
    entry.orderNo = orderNo;
    (forefront ? this.front : this.back).push({ entry, orderNo });
    this.compactIfSparse(pendingCount);
  }

  /** Pending entries in processing order (the caller decides which to skip, e.g. locked ones). */
  *inOrder(): Generator<StoredQueueRequest> {
    for (let index = this.front.length - 1; index >= 0; index -= 1) {
      const slot = this.front[index] as Slot;
      if (slot.entry.orderNo === slot.orderNo) yield slot.entry;
    }
    for (const slot of this.back) {
      if (slot.entry.orderNo === slot.orderNo) yield slot.entry;
    }
  }

  /** Drops stale slots once they are the majority, so memory and scans stay proportional to the pending count. */
  private compactIfSparse(pendingCount: number): void {
    if (this.front.length + this.back.length <= 2 * pendingCount + 64) return;
    const live: Slot[] = [];
    for (const entry of this.inOrder()) live.push({ entry, orderNo: entry.orderNo as number });
    this.front = [];
    this.back = live;
  }
}
