import { Readable } from 'node:stream';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { RenderContext } from './context.js';
import { chunked } from './text.js';
import { columnName, rowXml, SHEET_END, SHEET_PATH, SHEET_START, STATIC_PARTS } from './xlsx-sheet.js';

type Item = Record<string, unknown>;

/**
 * `format=xlsx`: one worksheet named `Items`, a header row of the columns, one row per record. The workbook is a ZIP
 * archive written with fflate as the records are read, so memory stays at about 64 KiB of sheet XML however many rows
 * there are, and a slow client pauses the reading (the stream is pulled).
 */
export function renderXlsx(records: AsyncIterable<Item>, { columns }: RenderContext): Readable {
  return Readable.from(workbookChunks(records, columns), { objectMode: false });
}

async function* workbookChunks(records: AsyncIterable<Item>, columns: readonly string[]): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | undefined;
  // fflate's streaming classes call back synchronously while data is pushed, so `ready` fills during `push`.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const flush = () => {
    if (failure) throw failure;
    return ready.splice(0);
  };

  for (const [path, xml] of STATIC_PARTS) {
    const part = new ZipDeflate(path, { level: 6 });
    zip.add(part);
    part.push(strToU8(xml), true);
  }
  yield* flush();

  const sheet = new ZipDeflate(SHEET_PATH, { level: 6 });
  zip.add(sheet);
  for await (const piece of chunked(sheetXml(records, columns))) {
    sheet.push(strToU8(piece));
    yield* flush();
  }
  sheet.push(new Uint8Array(0), true);
  zip.end();
  yield* flush();
}

/** The worksheet's XML, a row at a time: the header row of the columns, then one row per record. */
async function* sheetXml(records: AsyncIterable<Item>, columns: readonly string[]): AsyncGenerator<string> {
  const refs = columns.map((_, index) => columnName(index));
  let row = 0;
  yield SHEET_START;
  if (columns.length > 0) yield rowXml(++row, columns, refs);
  for await (const record of records) {
    yield rowXml(
      ++row,
      columns.map((column) => (Object.hasOwn(record, column) ? record[column] : null)),
      refs,
    );
  }
  yield SHEET_END;
}
