import { cellText, escapeMarkup } from './text.js';

// The SpreadsheetML (ECMA-376) parts of a one-sheet workbook. Cells hold inline strings, numbers and booleans, so the
// workbook needs no shared-string table and each row can be written as soon as its record is read.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The sheet's name in the workbook. */
export const SHEET_NAME = 'Items';
export const SHEET_PATH = 'xl/worksheets/sheet1.xml';

/** Every part but the sheet itself, in the order they go into the archive. */
export const STATIC_PARTS: readonly (readonly [path: string, xml: string])[] = [
  [
    '[Content_Types].xml',
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/${SHEET_PATH}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
  ],
  [
    '_rels/.rels',
    `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
  ],
  [
    'xl/workbook.xml',
    `${XML_HEADER}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
      `<sheets><sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
      '</Relationships>',
  ],
  [
    // The smallest style sheet spreadsheet programs accept without a repair prompt: one font, the two required fills.
    'xl/styles.xml',
    `${XML_HEADER}<styleSheet xmlns="${MAIN}">` +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>',
  ],
];

export const SHEET_START = `${XML_HEADER}<worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_END = '</sheetData></worksheet>';

/** Longest text an Excel cell holds. */
const MAX_CELL_CHARS = 32_767;

/** `A`, `B`, …, `Z`, `AA`, …: the letters of a 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * One cell, or '' for an empty one. Numbers and booleans keep their type; other values are written as text, objects
 * and arrays as their JSON, cut at Excel's limit of 32,767 characters.
 */
export function cellXml(value: unknown, ref: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  const raw = cellText(value);
  // Cut before escaping, on a code point boundary, so neither an entity nor a surrogate pair is split.
  let text = raw.length > MAX_CELL_CHARS ? raw.slice(0, MAX_CELL_CHARS) : raw;
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeMarkup(text)}</t></is></c>`;
}

/** One `<row>` of cells, `number` counted from 1; `refs` are the column letters. */
export function rowXml(number: number, values: readonly unknown[], refs: readonly string[]): string {
  let cells = '';
  for (let i = 0; i < values.length; i += 1) cells += cellXml(values[i], `${refs[i]}${number}`);
  return `<row r="${number}">${cells}</row>`;
}
