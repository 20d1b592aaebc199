import type { DatasetItem } from '@apify-runs/types';
import type { Serialized } from '../call/operations.js';
import { serialized } from '../call/request.js';
import { ApifyError, ApifyInputError } from '../errors.js';
import { jsonBytes, jsonRanges, MAX_BODY_BYTES } from './json-batches.js';

/** The largest request body the API accepts, in bytes (9 MiB); pushes are split to stay within it. */
export const MAX_PUSH_BODY_BYTES = MAX_BODY_BYTES;

/** Thrown by `pushItems` when one of its requests fails; `cause` is the error of that request. */
export class DatasetPushError extends ApifyError {
  override name = 'DatasetPushError';
  /**
   * Items certainly stored: those of the requests that succeeded, always a prefix of the input. Resume with
   * `items.slice(error.pushedCount)` (after checking `failedMayBeStored`).
   */
  readonly pushedCount: number;
  /** Items in the failed request (`items.slice(pushedCount, pushedCount + failedCount)`). */
  readonly failedCount: number;
  /**
   * True when the failed request may still have been stored (the connection broke or timed out after the body was
   * sent): resending those items could duplicate them, so check the dataset first. False after an error status.
   */
  readonly failedMayBeStored: boolean;

  constructor(pushedCount: number, failedCount: number, failedMayBeStored: boolean, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Push failed after ${pushedCount} item(s) were stored; the next ${failedCount} ` +
        `${failedMayBeStored ? 'may have been stored' : 'were not'}: ${reason}`,
      { cause },
    );
    this.pushedCount = pushedCount;
    this.failedCount = failedCount;
    this.failedMayBeStored = failedMayBeStored;
  }
}

const isItem = (value: unknown): value is DatasetItem =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const allItems = (values: readonly unknown[]): values is readonly DatasetItem[] => values.every(isItem);

/** One request of a push: the items `[start, end)` and the exact JSON body bytes that carry them. */
export interface PushChunk {
  start: number;
  end: number;
  body: Serialized<DatasetItem[]>;
}

/**
 * Serialises every item once to measure it (UTF-8 bytes via `TextEncoder`), rejecting non-objects and any item
 * that cannot fit in a request on its own before anything is sent. Returns the byte size of each item, and the
 * items as checked.
 */
export function measureItems(
  items: readonly unknown[],
  maxBytes = MAX_PUSH_BODY_BYTES,
): { sizes: number[]; valid: readonly DatasetItem[] } {
  const sizes = items.map((item, index) => {
    if (!isItem(item)) throw new ApifyInputError(`Item ${index} is not a JSON object.`);
    const size = jsonBytes(item);
    // `[` + item + `]`
    if (size + 2 > maxBytes) {
      throw new ApifyInputError(`Item ${index} is ${size} bytes as JSON; a request may hold ${maxBytes}.`);
    }
    return size;
  });
  if (!allItems(items)) throw new ApifyInputError('Items must be JSON objects.');
  return { sizes, valid: items };
}

/** Groups items into request bodies (`[a,b,...]`) of at most `maxBytes` bytes each, lazily, in input order. */
export function* pushChunks(
  items: readonly DatasetItem[],
  sizes: readonly number[],
  maxBytes = MAX_PUSH_BODY_BYTES,
): Generator<PushChunk> {
  const encoder = new TextEncoder();
  for (const { start, end, bytes } of jsonRanges(sizes, undefined, maxBytes)) {
    const body = new Uint8Array(bytes);
    let at = 0;
    for (let index = start; index < end; index++) {
      body[at++] = index === start ? 0x5b : 0x2c; // `[` or `,`
      at += encoder.encodeInto(JSON.stringify(items[index]), body.subarray(at)).written;
    }
    // The items are serialised a second time here; an item that changed since it was measured would not fit.
    if (at !== bytes - 1) throw new ApifyError('An item changed while it was being pushed; nothing more was sent.');
    body[at] = 0x5d; // `]`
    yield { start, end, body: serialized<DatasetItem[]>(body) };
  }
}
