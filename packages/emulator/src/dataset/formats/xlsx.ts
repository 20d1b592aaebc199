import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RenderContext } from './context.js';

type Item = Record<string, unknown>;

/** Longest text an Excel cell holds. */
const MAX_CELL_CHARS = 32_767;

function cellValue(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text;
}

/**
 * `format=xlsx`: one worksheet, a header row of the columns, one row per record, written with exceljs' streaming
 * writer. Rows are committed as they come and the writer waits whenever the response buffer is full, so a slow
 * client does not make the server hold the whole workbook.
 */
export function renderXlsx(records: AsyncIterable<Item>, { columns }: RenderContext): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Items');
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.once('drain', done);
      out.once('close', done);
    });
  const write = async () => {
    if (columns.length > 0) sheet.addRow([...columns]).commit();
    for await (const record of records) {
      sheet.addRow(columns.map((column) => cellValue(Object.hasOwn(record, column) ? record[column] : null))).commit();
      if (out.writableNeedDrain) await drained();
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
