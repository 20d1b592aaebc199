import type { DatasetItem } from '@apify-runs/types';
import { ApifyError, ApifyInputError } from '../errors.js';
import { fitsAlone, jsonBytes, MAX_BODY_BYTES, tooLarge } from './json-batches.js';

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
    const stored = failedMayBeStored ? 'may have been stored' : 'were not stored';
    super(`${pushedCount} item(s) pushed; the next ${failedCount} ${stored}: ${cause}`, { cause });
    this.pushedCount = pushedCount;
    this.failedCount = failedCount;
    this.failedMayBeStored = failedMayBeStored;
  }
}

const isItem = (value: unknown): value is DatasetItem =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Serialises every item once to measure it (UTF-8 bytes), rejecting non-objects and any item that cannot fit in a
 * request on its own before anything is sent. Returns the byte size of each item, and the items as checked.
 */
export function measureItems(items: readonly unknown[]): { sizes: number[]; valid: DatasetItem[] } {
  const sizes: number[] = [];
  const valid: DatasetItem[] = [];
  items.forEach((item, index) => {
    if (!isItem(item)) throw new ApifyInputError(`Item ${index} is not a JSON object.`);
    const size = jsonBytes(item);
    if (!fitsAlone(size)) throw new ApifyInputError(`Item ${index} is ${tooLarge(size)}`);
    sizes.push(size);
    valid.push(item);
  });
  return { sizes, valid };
}
