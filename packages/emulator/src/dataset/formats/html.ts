import type { RenderContext } from './context.js';
import { cellText, escapeMarkup } from './text.js';

type Item = Record<string, unknown>;

/** `format=html`: a small UTF-8 page holding one table, a header row of the columns, one row per record. */
export async function* renderHtml(records: AsyncIterable<Item>, { columns, dataset }: RenderContext) {
  const title = escapeMarkup(`Dataset ${dataset.name ?? dataset.id}`);
  yield `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<table>\n`;
  if (columns.length > 0) yield `<tr>${columns.map((column) => `<th>${escapeMarkup(column)}</th>`).join('')}</tr>\n`;
  for await (const record of records) {
    const cells = columns.map(
      (column) => `<td>${Object.hasOwn(record, column) ? escapeMarkup(cellText(record[column])) : ''}</td>`,
    );
    yield `<tr>${cells.join('')}</tr>\n`;
  }
  yield '</table>\n</body>\n</html>\n';
}
