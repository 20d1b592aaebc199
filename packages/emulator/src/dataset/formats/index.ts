import type { Readable } from 'node:stream';
import type { DatasetFormat } from '@apify-runs/types';
import type { RenderContext } from './context.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonl } from './json.js';
import { renderRss } from './rss.js';
import { renderXlsx } from './xlsx.js';
import { renderXml } from './xml.js';

export type { RenderContext } from './context.js';

type Item = Record<string, unknown>;

/** One output format of the items GET. */
export interface ItemsFormat {
  /** The media type (apify-api-facts.md §5.2); text formats add `charset=utf-8`. */
  contentType: string;
  /** File extension for `Content-Disposition`. */
  extension: string;
  /** Whether the output is a table whose columns must be known before the first row. */
  tabular: boolean;
  /** Whether the output is text (a BOM can be put in front of it). */
  text: boolean;
  render(records: AsyncIterable<Item>, context: RenderContext): AsyncIterable<string> | Readable;
}

const text = (type: string) => `${type}; charset=utf-8`;

export const FORMATS: Record<DatasetFormat, ItemsFormat> = {
  json: { contentType: text('application/json'), extension: 'json', tabular: false, text: true, render: renderJson },
  jsonl: {
    contentType: text('application/jsonl'),
    extension: 'jsonl',
    tabular: false,
    text: true,
    render: renderJsonl,
  },
  csv: { contentType: text('text/csv'), extension: 'csv', tabular: true, text: true, render: renderCsv },
  html: { contentType: text('text/html'), extension: 'html', tabular: true, text: true, render: renderHtml },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    tabular: true,
    text: false,
    render: renderXlsx,
  },
  xml: { contentType: text('application/xml'), extension: 'xml', tabular: false, text: true, render: renderXml },
  rss: { contentType: text('application/rss+xml'), extension: 'rss', tabular: false, text: true, render: renderRss },
};
