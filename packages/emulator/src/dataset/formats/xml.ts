import type { RenderContext } from './context.js';
import { cellText, escapeMarkup } from './text.js';

type Item = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Item =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A property name as an XML name: characters a name cannot hold become `_`, and so does a bad first character. */
export function xmlName(key: string): string {
  const name = key.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^[\p{L}_]/u.test(name) ? name : `_${name}`;
}

/**
 * One value as an element. Objects become nested elements, except that a `@` property (an object) holds the
 * element's attributes and a `#` property its text; arrays repeat the element once per entry; null is empty.
 */
export function xmlElement(key: string, value: unknown): string {
  const tag = xmlName(key);
  if (value === undefined || value === null) return `<${tag}/>`;
  if (Array.isArray(value)) return value.map((entry) => xmlElement(key, entry)).join('');
  if (!isPlainObject(value)) return `<${tag}>${escapeMarkup(cellText(value))}</${tag}>`;
  let attributes = '';
  let content = '';
  for (const [name, nested] of Object.entries(value)) {
    if (name === '@' && isPlainObject(nested)) {
      for (const [attribute, text] of Object.entries(nested)) {
        attributes += ` ${xmlName(attribute)}="${escapeMarkup(cellText(text))}"`;
      }
    } else if (name === '#') {
      content += escapeMarkup(cellText(nested));
    } else {
      content += xmlElement(name, nested);
    }
  }
  return content === '' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${content}</${tag}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** `format=xml`: `<xmlRoot>` holding one `<xmlRow>` per record. */
export async function* renderXml(records: AsyncIterable<Item>, { request }: RenderContext) {
  const root = xmlName(request.xmlRoot);
  yield `${XML_DECLARATION}<${root}>\n`;
  for await (const record of records) yield `${xmlElement(request.xmlRow, record)}\n`;
  yield `</${root}>\n`;
}
