import type { ItemsPosition } from '../resources/dataset-items.js';
import type { KeysPosition } from '../resources/key-value-store.js';
import type { RequestsPosition } from '../resources/request-queue-types.js';
import type { Fetched } from './pages.js';

/** The position of any iterator: `kind` says which method it continues. */
export type IteratorPosition = ItemsPosition | KeysPosition | RequestsPosition;

/** Pages in order, and how to tell the position after `handedOut` values of one of them. */
export interface PageSource<C, P, Pos> {
  pages: AsyncGenerator<Fetched<C, P>, void, undefined>;
  position: (page: Fetched<C, P>, handedOut: number) => Pos;
}

/** An iterator that can say where it stands, to be continued later (also in another process). */
export interface ResumableIterator<T, P> extends AsyncIterableIterator<T> {
  /**
   * Where the iteration stands after the last value handed out: plain JSON (store it as it is, or with
   * `JSON.stringify`). Pass it as `resumeFrom` to the same method, with the same filters, to continue exactly after
   * that value, in this process or another one.
   */
  readonly position: P;
}

/**
 * The values of a sequence of pages, one at a time. Values of a page already fetched are handed out from a plain
 * array (each `next()` is one resolved promise, no generator machinery); only the step to the next page awaits the
 * network. Leaving early (`break`, `return`, a thrown error) ends the page source, which cancels its requests.
 * `position` is worked out only when read, from the page and how many of its values were handed out.
 */
export class ItemIterator<C, P, T, Pos> implements ResumableIterator<T, Pos | undefined> {
  readonly #open: () => PageSource<C, P, Pos>;
  readonly #itemsOf: (page: P) => readonly T[];
  #source: PageSource<C, P, Pos> | undefined;
  #start: Pos | undefined;
  #page: Fetched<C, P> | undefined;
  #items: readonly T[] = [];
  #index = 0;
  #done = false;

  /**
   * `open` builds the page source on the first `next()`, so invalid parameters reject the iteration (as an async
   * generator's would) instead of throwing where the iterator is created. `start`: the position before any page.
   */
  constructor(open: () => PageSource<C, P, Pos>, itemsOf: (page: P) => readonly T[], start: Pos | undefined) {
    this.#open = open;
    this.#itemsOf = itemsOf;
    this.#start = start;
  }

  get position(): Pos | undefined {
    return this.#page && this.#source ? this.#source.position(this.#page, this.#index) : this.#start;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#index < this.#items.length) {
      return Promise.resolve({ value: this.#items[this.#index++] as T, done: false });
    }
    return this.#nextPage();
  }

  async #nextPage(): Promise<IteratorResult<T, undefined>> {
    while (!this.#done) {
      this.#source ??= this.#open();
      const step = await this.#source.pages.next();
      if (step.done) break;
      const items = this.#itemsOf(step.value.page);
      this.#page = step.value;
      this.#items = items;
      this.#index = 0;
      if (items.length > 0) {
        this.#index = 1;
        return { value: items[0] as T, done: false };
      }
    }
    this.#finish();
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    this.#finish();
    await this.#source?.pages.return(undefined);
    return { value: undefined, done: true };
  }

  /** Keeps the position where the consumer stopped and lets the page go. */
  #finish(): void {
    this.#done = true;
    if (this.#page && this.#source) this.#start = this.#source.position(this.#page, this.#index);
    this.#page = undefined;
    this.#items = [];
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
