/** One fetched page and the cursor of the page after it (`undefined`: this was the last one). */
export interface PageStep<C, P> {
  page: P;
  next?: C | undefined;
}

export interface PagesOptions {
  /**
   * Send the request for page n+1 as soon as page n has arrived, so the network works while the consumer handles
   * page n. At most two pages are held in memory and one request is in flight. Default `true`.
   */
  prefetch?: boolean;
  /** Aborts the request in flight and ends the iteration with its error. */
  signal?: AbortSignal;
}

/**
 * Yields pages from `fetchPage`, from `start` along each step's `next` cursor until a step has none. Any way the
 * consumer leaves (`break`, `return`, a thrown error) aborts a prefetched request that is still in flight, so
 * nothing keeps running in the background. The shared engine of every `iterate*` helper.
 */
export async function* pages<C, P>(
  start: C,
  fetchPage: (cursor: C, signal: AbortSignal) => Promise<PageStep<C, P>>,
  options: PagesOptions = {},
): AsyncGenerator<P, void, undefined> {
  const prefetch = options.prefetch ?? true;
  // Ends a prefetch when the consumer leaves; follows the caller's signal too.
  const ended = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, ended.signal]) : ended.signal;
  let pending: Promise<PageStep<C, P>> | undefined;
  let cursor = start;
  try {
    for (;;) {
      const step = await (pending ?? fetchPage(cursor, signal));
      pending = undefined;
      if (step.next !== undefined && prefetch) {
        pending = fetchPage(step.next, signal);
        // Observed here so an abandoned prefetch never becomes an unhandled rejection; awaited above when used.
        pending.catch(() => {});
      }
      yield step.page;
      if (step.next === undefined) return;
      cursor = step.next;
    }
  } finally {
    ended.abort();
  }
}
