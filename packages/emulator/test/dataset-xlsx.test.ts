import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../src/dataset/formats/xlsx.js';
import { columnName } from '../src/dataset/formats/xlsx-sheet.js';
import { datasetRun } from './support/dataset-runs.js';
import { useEmulator } from './support/emulator.js';

// The emulator's own XLSX writer (fflate), read back with exceljs: a real spreadsheet reader, a dev dependency only.
const env = useEmulator();

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** The values of row `n` (1-based) of the sheet, one per column. */
const rowValues = (sheet: ExcelJS.Worksheet, n: number, columns: number) =>
  Array.from({ length: columns }, (_, i) => sheet.getRow(n).getCell(i + 1).value);

describe('xlsx writer', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 1999].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'BXX',
    ]);
  });

  it('keeps numbers, booleans, text, JSON and empty cells, escapes markup and cuts at 32,767 characters', async () => {
    const long = `${'a'.repeat(32_766)}😀tail`;
    const items = [
      {
        text: 'Fish & <chips> "quoted" \'single\'',
        number: -1.5,
        zero: 0,
        big: 1e21,
        yes: true,
        no: false,
        nested: { a: [1, 2] },
        control: 'bell\u0007 tab\t line\nbreak',
        emoji: 'snow ☃ and 😀',
        spaced: '  padded  ',
      },
      { text: long, missing: null },
    ];
    const context = datasetRun(env.emulator);
    await context.dataset.pushItems(items);
    const result = await env.call(context.byRun('/items', 'format=xlsx'), { raw: true });
    expect(result.status).toBe(200);
    const workbook = await readWorkbook(new Uint8Array(await result.response.arrayBuffer()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Items']);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const columns = [
      'text',
      'number',
      'zero',
      'big',
      'yes',
      'no',
      'nested',
      'control',
      'emoji',
      'spaced',
      'missing',
    ] as const;
    expect(rowValues(sheet, 1, columns.length)).toEqual([...columns]);
    expect(rowValues(sheet, 2, columns.length)).toEqual([
      'Fish & <chips> "quoted" \'single\'',
      -1.5,
      0,
      1e21,
      true,
      false,
      '{"a":[1,2]}',
      'bell tab\t line\nbreak',
      'snow ☃ and 😀',
      '  padded  ',
      null,
    ]);
    // Cut on a code point boundary: the emoji would straddle the limit, so it goes with the rest.
    const cut = sheet.getRow(3).getCell(1).value as string;
    expect(cut).toBe('a'.repeat(32_766));
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
  });

  it('writes wide and long sheets row by row (columns past Z, rows over many compressed pieces)', async () => {
    const columns = Array.from({ length: 60 }, (_, i) => `c${i}`);
    const items = Array.from({ length: 3_000 }, (_, row) =>
      Object.fromEntries(
        columns.map((column, i) => [column, i % 2 === 0 ? row * 100 + i : `r${row} ${column} ${'x'.repeat(20)}`]),
      ),
    );
    const context = datasetRun(env.emulator);
    await context.dataset.pushItems(items);
    const result = await env.call(context.byLast('/items', 'format=xlsx&offset=10&limit=2500'), { raw: true });
    const bytes = new Uint8Array(await result.response.arrayBuffer());
    const sheet = (await readWorkbook(bytes)).worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(2_501);
    expect(sheet.columnCount).toBe(60);
    expect(sheet.getCell('BH1').value).toBe('c59');
    expect(sheet.getCell('AA2').value).toBe(10 * 100 + 26);
    expect(sheet.getCell('AB2501').value).toBe(`r2509 c27 ${'x'.repeat(20)}`);
    // Deflated: the XML of these rows is several MB.
    expect(bytes.length).toBeLessThan(1_000_000);
  });

  it('reads records only as fast as the workbook is consumed', async () => {
    let read = 0;
    async function* records() {
      for (let i = 0; i < 200_000; i += 1) {
        read += 1;
        yield { index: i, title: `item ${i} with some text to fill the sheet` };
      }
    }
    const stream = renderXlsx(records(), {
      columns: ['index', 'title'],
      request: {} as never,
      dataset: { id: 'x', name: null, itemsUrl: '' },
    });
    // The first chunks are the fixed parts; wait for sheet data, then stop reading and let the stream settle.
    await new Promise<void>((resolve) => {
      stream.on('data', () => {
        if (read > 0) {
          stream.pause();
          resolve();
        }
      });
    });
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(20_000);
    stream.destroy();
  });
});
