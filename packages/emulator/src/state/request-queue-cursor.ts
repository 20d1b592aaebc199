import { badRequest } from '../http/api-error.js';

/**
 * Listing cursors. Requests are listed in ID order, which stays stable however the queue changes, so a cursor only
 * needs the last ID returned: a page never repeats or skips a request that existed for the whole listing. The
 * cursor is base64url JSON so clients treat it as opaque and a later format can add fields.
 */

/** The cursor that continues a listing after `lastId`. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

/** The last ID a cursor stands for; 400 `invalid-value` for anything this server did not hand out. */
export function decodeCursor(cursor: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const after = (parsed as { after?: unknown } | undefined)?.after;
  if (typeof after !== 'string' || after === '') {
    throw badRequest('Parameter "cursor" is not a cursor this API returned; pass nextCursor of the previous page.');
  }
  return after;
}

/** Index of the first element of sorted `ids` greater than `after` (binary search). */
export function firstAfter(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as string) <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}
