import type { RenderContext } from './context.js';
import { escapeMarkup } from './text.js';
import { XML_DECLARATION, xmlElement } from './xml.js';

type Item = Record<string, unknown>;

/** `format=rss`: an RSS 2.0 channel (title, link to the items, description) with one `<item>` per record. */
export async function* renderRss(records: AsyncIterable<Item>, { request, dataset }: RenderContext) {
  const title = request.feedTitle ?? `Dataset ${dataset.name ?? dataset.id}`;
  const description = request.feedDescription ?? `Items in dataset with id "${dataset.id}".`;
  yield `${XML_DECLARATION}<rss version="2.0">\n<channel>\n<title>${escapeMarkup(title)}</title>\n`;
  yield `<link>${escapeMarkup(dataset.itemsUrl)}</link>\n<description>${escapeMarkup(description)}</description>\n`;
  for await (const record of records) yield `${xmlElement('item', record)}\n`;
  yield '</channel>\n</rss>\n';
}
