import { badRequest } from '../http/api-error.js';

/** Limits of the tabular formats (apify-api-facts.md §5.2). */
export const MAX_COLUMNS = 2000;
export const MAX_COLUMN_NAME_CHARS = 200;

/**
 * The columns of a tabular response: the union of the records' keys in first-seen order. It is the first of two
 * passes over the window (the second writes the rows), which keeps memory flat at the price of reading twice:
 * only the column names are held. Runs before the response starts, so a table over the limits is a clean 400.
 */
export async function collectColumns(records: AsyncIterable<Record<string, unknown>>, signal?: AbortSignal) {
  const columns = new Set<string>();
  for await (const record of records) {
    if (signal?.aborted) break;
    for (const key of Object.keys(record)) {
      if (columns.has(key)) continue;
      if (key.length > MAX_COLUMN_NAME_CHARS) {
        throw badRequest(`Column name "${key.slice(0, 40)}…" is longer than ${MAX_COLUMN_NAME_CHARS} characters.`);
      }
      columns.add(key);
      if (columns.size > MAX_COLUMNS) {
        throw badRequest(`The items have more than ${MAX_COLUMNS} distinct fields, too many for a table.`);
      }
    }
  }
  return [...columns];
}
