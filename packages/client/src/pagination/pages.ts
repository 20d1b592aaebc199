/** One fetched page and the cursor of the page after it (`undefined`: this was the last one). */
export interface PageStep<C, P> {
  page: P;
  next?: C | undefined;
}

/** A page as the engine hands it out: with the cursor it was read at, so an iterator can tell where it stands. */
export interface Fetched<C, P> extends PageStep<C, P> {
  cursor: C;
}

export interface PagesOptions<C> {
  /**
   * Request the pages ahead while the consumer handles the current one (default `true`); without it, requests are
   * sent only when the next page is needed.
   */
  prefetch?: boolean | undefined;
  /** Requests in flight at once, at most (default 1). Only cursors that `plan` knows ahead can run in parallel. */
  concurrency?: number | undefined;
  /**
   * The cursor of the page after `cursor`, when it is known before that page arrives (offset windows once the total
   * is known); `undefined`: learnt from the page. It must agree with the page's own `next`.
   */
  plan?: ((cursor: C) => C | undefined) | undefined;
  /** Aborts the requests in flight and ends the iteration with their error. */
  signal?: AbortSignal | undefined;
}

/**
 * Yields pages from `fetchPage` in order, from `start` (none when `undefined`) along the cursors, with up to `concurrency` requests in
 * flight: at most `concurrency` pages are held (arrived or on their way) besides the one the consumer has. Any way
 * the consumer leaves (`break`, `return`, a thrown error) aborts every request still in flight, so nothing keeps
 * running in the background. The shared engine of every `iterate*` helper and of ranged downloads.
 */
export async function* pages<C, P>(
  start: C | undefined,
  fetchPage: (cursor: C, signal: AbortSignal) => Promise<PageStep<C, P>>,
  options: PagesOptions<C> = {},
): AsyncGenerator<Fetched<C, P>, void, undefined> {
  const { prefetch = true, concurrency = 1, plan } = options;
  // Ends the requests in flight when the consumer leaves; follows the caller's signal too.
  const ended = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, ended.signal]) : ended.signal;
  const queue: { cursor: C; step: Promise<PageStep<C, P>> }[] = [];
  // The next cursor to request; `undefined` while it can only be learnt from the last page queued.
  let tail: C | undefined = start;
  const fill = () => {
    while (queue.length < concurrency && tail !== undefined) {
      const step = fetchPage(tail, signal);
      // Observed here so an abandoned request never becomes an unhandled rejection; awaited below when used.
      step.catch(() => {});
      queue.push({ cursor: tail, step });
      tail = plan?.(tail);
    }
  };
  try {
    for (;;) {
      fill();
      const head = queue.shift();
      if (!head) return;
      const step = await head.step;
      if (queue.length === 0 && tail === undefined) tail = step.next;
      if (step.next !== undefined && prefetch) fill();
      yield { ...step, cursor: head.cursor };
      if (step.next === undefined) return;
    }
  } finally {
    ended.abort();
  }
}
