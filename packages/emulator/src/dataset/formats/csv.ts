import type { RenderContext } from './context.js';
import { cellText } from './text.js';

type Item = Record<string, unknown>;

/**
 * `format=csv`: RFC 4180 quoting (a cell is quoted when it holds the delimiter, a quote or a line break), rows
 * separated by `\n`, nested values JSON-encoded, the header from the columns of the first pass.
 */
export async function* renderCsv(records: AsyncIterable<Item>, { columns, request }: RenderContext) {
  if (columns.length === 0) return;
  const delimiter = request.delimiter;
  const cell = (text: string) =>
    text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  const row = (cells: readonly string[]) => `${cells.map(cell).join(delimiter)}\n`;
  if (!request.skipHeaderRow) yield row(columns);
  for await (const record of records) {
    yield row(columns.map((column) => (Object.hasOwn(record, column) ? cellText(record[column]) : '')));
  }
}
