import type { IterateItemsParams } from '../../src/index.js';

export type Item = Record<string, unknown>;

/** `count` items with every shape the filters care about: empty, hidden-only (empty once hidden fields go), mixed, plain. */
export const filterItems = (count: number): Item[] =>
  Array.from({ length: count }, (_, i) => {
    if (i % 7 === 3) return {};
    if (i % 11 === 5) return { '#only': i };
    if (i % 13 === 0) return { i, '#secret': 's' };
    return { i };
  });

/** What the server should return overall: the window of stored items, then the filters, as documented. */
export function expectedItems(items: Item[], options: IterateItemsParams): Item[] {
  const ordered = options.desc ? [...items].reverse() : items;
  const offset = options.offset ?? 0;
  const window = ordered.slice(offset, options.limit === undefined ? undefined : offset + options.limit);
  const hidden = options.clean || options.skipHidden;
  const empty = options.clean || options.skipEmpty;
  return window
    .map((item) => (hidden ? Object.fromEntries(Object.entries(item).filter(([key]) => !key.startsWith('#'))) : item))
    .filter((item) => !empty || Object.keys(item).length > 0);
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

/** Resolves once `condition()` holds, checking every few milliseconds (the test's own time limit bounds it). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * Lets `count` turns of the event loop pass (I/O callbacks included), for a test that checks that nothing more
 * happens after an event, without sleeping for a fixed time.
 */
export async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
}
