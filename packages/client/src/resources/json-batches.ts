/** The largest request body the API accepts, in bytes (9 MiB): pushes and batch adds are split to stay within it. */
export const MAX_BODY_BYTES = 9_437_184;

const encoder = new TextEncoder();

/** The UTF-8 bytes of `value` as JSON. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).byteLength;

/** Whether an entry of `size` bytes fits in a request on its own (`[` + entry + `]`). */
export const fitsAlone = (size: number): boolean => size + 2 <= MAX_BODY_BYTES;

/** Why an entry of `size` bytes cannot be sent. */
export const tooLarge = (size: number): string => `${size} bytes as JSON; a request may hold ${MAX_BODY_BYTES}.`;

/**
 * Splits a list whose entries serialise to `sizes` bytes into consecutive ranges `[start, end)` whose JSON array
 * (`[a,b,…]`) stays within the body limit and holds at most `maxCount` entries, in order. An entry too large for any
 * request gets a range of its own: callers leave such entries out (or reject them) first.
 */
export function* jsonRanges(
  sizes: readonly number[],
  maxCount = Number.POSITIVE_INFINITY,
): Generator<{ start: number; end: number }> {
  for (let start = 0; start < sizes.length; ) {
    let end = start;
    let bytes = 1; // `[`
    while (
      end < sizes.length &&
      end - start < maxCount &&
      (end === start || bytes + (sizes[end] as number) < MAX_BODY_BYTES)
    ) {
      bytes += (sizes[end] as number) + 1; // the entry, then `,` or `]`
      end += 1;
    }
    yield { start, end };
    start = end;
  }
}
