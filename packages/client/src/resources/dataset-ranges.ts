import type { DatasetFormat } from '@apify-runs/types';
import { ApifyError, ApifyInputError } from '../errors.js';

/** One range of a parallel download: its body and the dataset's total when it was served. */
export interface Range {
  bytes: Uint8Array;
  total: number;
}

const encoder = new TextEncoder();
const NEWLINE = 10;
const isBlank = (bytes: Uint8Array) => bytes.every((byte) => byte === 32 || byte === 9 || byte === 10 || byte === 13);

/**
 * Joins the ranges of a parallel download into the document one request would have given, for the formats where
 * that is valid: `json` (the arrays' contents joined with commas inside one array), `jsonl` (lines concatenated) and
 * `csv` (one header row: each range is requested with its header, which must equal the first one, and the repeated
 * ones are dropped; a range whose items lack a field makes other columns, which cannot be joined, and fails the
 * download). Ranges are requested without a byte order mark; `bom` adds one at the start.
 */
export function rangeJoiner(format: DatasetFormat, bom: boolean, headerRow: boolean) {
  if (format !== 'json' && format !== 'jsonl' && format !== 'csv') {
    throw new ApifyInputError(
      `${format} cannot be downloaded in parallel ranges (only json, jsonl and csv can): use dataset.download().`,
    );
  }
  let header: string | undefined;
  let empty = true;
  return {
    open: encoder.encode(`${bom ? '\ufeff' : ''}${format === 'json' ? '[' : ''}`),
    close: encoder.encode(format === 'json' ? ']' : ''),
    /** The chunks range `bytes` adds to the document. */
    add(bytes: Uint8Array): Uint8Array[] {
      if (format === 'json') {
        const inner = bytes.subarray(bytes.indexOf(91) + 1, bytes.lastIndexOf(93));
        if (isBlank(inner)) return [];
        const chunks = empty ? [inner] : [encoder.encode(','), inner];
        empty = false;
        return chunks;
      }
      if (bytes.length === 0) return [];
      // Every range ends with a line break, so the next one starts on a line of its own.
      const ended = bytes.at(-1) === NEWLINE ? [] : [encoder.encode('\n')];
      if (format === 'jsonl') return [bytes, ...ended];
      const cut = bytes.indexOf(NEWLINE) + 1 || bytes.length;
      const own = new TextDecoder().decode(bytes.subarray(0, cut));
      const first = header === undefined;
      if (first) header = own;
      else if (own !== header) {
        throw new ApifyError(
          'The csv ranges have different columns (a field no item of a range has): read it with dataset.download().',
        );
      }
      return [headerRow && first ? bytes : bytes.subarray(cut), ...ended];
    },
  };
}
