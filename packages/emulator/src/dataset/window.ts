import type { DatasetBackend } from '../storage/backends.js';
import type { Transform } from './transform.js';

type Item = Record<string, unknown>;

/** The stored items an items GET covers, fixed when the request starts so later pushes do not shift it. */
export interface ItemWindow {
  offset: number;
  /** The limit applied; undefined when the request set none. */
  limit?: number;
  desc: boolean;
  /** Stored items when the request started. */
  total: number;
  /** Stored-item positions [start, end) of the window (the same for `desc`, which only reverses the order). */
  start: number;
  end: number;
}

/** How many stored items a desc read pulls at once: it must hold one chunk to reverse it. */
const DESC_CHUNK = 1000;

/** Places the window: with `desc`, `offset` counts from the newest item. */
export function itemWindow(total: number, offset: number, limit: number | undefined, desc: boolean): ItemWindow {
  const available = Math.max(0, total - offset);
  const count = limit === undefined ? available : Math.min(limit, available);
  const start = desc ? total - Math.min(offset, total) - count : Math.min(offset, total);
  return { offset, ...(limit !== undefined ? { limit } : {}), desc, total, start, end: start + count };
}

/** Stored items of the window in the requested order, read lazily (newest-first reads go chunk by chunk). */
export async function* storedItems(backend: DatasetBackend, window: ItemWindow): AsyncGenerator<Item> {
  if (!window.desc) {
    yield* backend.read(window.start, window.end);
    return;
  }
  for (let high = window.end; high > window.start; high -= DESC_CHUNK) {
    const chunk: Item[] = [];
    for await (const item of backend.read(Math.max(window.start, high - DESC_CHUNK), high)) chunk.push(item);
    for (let index = chunk.length - 1; index >= 0; index -= 1) yield chunk[index] as Item;
  }
}

/** The output records of the window: each stored item through the transformation (0..n records each). */
export async function* outputRecords(
  backend: DatasetBackend,
  window: ItemWindow,
  transform: Transform,
): AsyncGenerator<Item> {
  for await (const item of storedItems(backend, window)) yield* transform(item);
}
