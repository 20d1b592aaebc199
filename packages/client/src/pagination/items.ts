/**
 * The items of a sequence of pages, one at a time. Items of a page already fetched are handed out from a plain
 * array (each `next()` is one resolved promise, no generator machinery); only the step to the next page awaits the
 * network. Leaving early (`break`, `return`, a thrown error) ends the page source, which cancels its prefetch.
 */
export class ItemIterator<P, T> implements AsyncIterableIterator<T> {
  readonly #pages: AsyncGenerator<P, void, undefined>;
  readonly #itemsOf: (page: P) => readonly T[];
  #items: readonly T[] = [];
  #index = 0;
  #done = false;

  constructor(pages: AsyncGenerator<P, void, undefined>, itemsOf: (page: P) => readonly T[]) {
    this.#pages = pages;
    this.#itemsOf = itemsOf;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#index < this.#items.length) {
      return Promise.resolve({ value: this.#items[this.#index++] as T, done: false });
    }
    return this.#nextPage();
  }

  async #nextPage(): Promise<IteratorResult<T, undefined>> {
    this.#items = [];
    while (!this.#done) {
      const step = await this.#pages.next();
      if (step.done) break;
      const items = this.#itemsOf(step.value);
      if (items.length > 0) {
        this.#items = items;
        this.#index = 1;
        return { value: items[0] as T, done: false };
      }
    }
    this.#done = true;
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    this.#done = true;
    this.#items = [];
    await this.#pages.return(undefined);
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
