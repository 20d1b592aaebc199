/** The largest request body the API accepts, in bytes (9 MiB): pushes and batch adds are split to stay within it. */
export const MAX_BODY_BYTES = 9_437_184;

const encoder = new TextEncoder();

/** The UTF-8 bytes of `value` as JSON. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).byteLength;

/** The entries `[start, end)` of a list that go into one request, and the bytes of their JSON array. */
export interface JsonRange {
  start: number;
  end: number;
  bytes: number;
}

/**
 * Splits a list whose entries serialise to `sizes` bytes into consecutive ranges whose JSON array (`[a,b,…]`) stays
 * within `maxBytes` and holds at most `maxCount` entries, in order. An entry too large for any request gets a range
 * of its own: callers leave such entries out (or reject them) first.
 */
export function* jsonRanges(
  sizes: readonly number[],
  maxCount = Number.POSITIVE_INFINITY,
  maxBytes = MAX_BODY_BYTES,
): Generator<JsonRange> {
  for (let start = 0; start < sizes.length; ) {
    let end = start;
    let bytes = 1; // `[`
    while (
      end < sizes.length &&
      end - start < maxCount &&
      (end === start || bytes + (sizes[end] as number) < maxBytes)
    ) {
      bytes += (sizes[end] as number) + 1; // the entry, then `,` or `]`
      end += 1;
    }
    yield { start, end, bytes };
    start = end;
  }
}
