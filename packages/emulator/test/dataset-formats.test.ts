import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { datasetRun } from './support/dataset-runs.js';
import { useEmulator } from './support/emulator.js';

const env = useEmulator();

const ITEMS = [
  { url: 'https://a', title: 'Shoes, "trail"', price: 89.9, tags: ['x', 'y'] },
  { url: 'https://b', title: 'Line\nbreak', seller: { name: 'Acme' }, inStock: true },
  { url: 'https://c', price: null },
];

const withItems = async (items: Record<string, unknown>[] = ITEMS) => {
  const context = datasetRun(env.emulator);
  await context.dataset.pushItems(items);
  return context;
};

/** The body bytes as sent (fetch's text() would hide a BOM). */
const bytesOf = async (result: { response: Response }) => Buffer.from(await result.response.arrayBuffer());
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('dataset item formats', () => {
  it('serves json and jsonl with their content types, and a BOM only when asked', async () => {
    const { byRun, byLast } = await withItems();
    const json = await env.call(byRun('/items', 'format=json'));
    expect(json.headers.get('content-type')).toMatch(/^application\/json\b/);
    expect(json.body).toEqual(ITEMS);
    expect((await bytesOf(json)).subarray(0, 3).equals(BOM)).toBe(false);
    const jsonl = await env.call(byLast('/items', 'format=jsonl'));
    expect(jsonl.headers.get('content-type')).toMatch(/^application\/jsonl\b/);
    expect(
      jsonl.body
        .trimEnd()
        .split('\n')
        .map((line: string) => JSON.parse(line)),
    ).toEqual(ITEMS);
    const withBom = await env.call(byRun('/items', 'format=jsonl&bom=1'), { raw: true });
    expect((await bytesOf(withBom)).subarray(0, 3).equals(BOM)).toBe(true);
    const empty = await withItems([]);
    expect((await env.call(empty.byRun('/items'))).body).toEqual([]);
  });

  it('serves csv: BOM by default, union header in first-seen order, quoting, JSON-encoded nested values', async () => {
    const { byRun, byLast } = await withItems();
    const csv = await env.call(byRun('/items', 'format=csv'));
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv\b/);
    const bytes = await bytesOf(csv);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      [
        'url,title,price,tags,seller,inStock',
        'https://a,"Shoes, ""trail""",89.9,"[""x"",""y""]",,',
        'https://b,"Line\nbreak",,,"{""name"":""Acme""}",true',
        'https://c,,,,,',
        '',
      ].join('\n'),
    );
    const semicolon = await env.call(
      byLast('/items', 'format=csv&delimiter=%3B&bom=0&skipHeaderRow=1&fields=url,title&limit=1'),
    );
    const text = (await bytesOf(semicolon)).toString('utf8');
    // Quote characters force quoting whatever the delimiter; a comma alone does not under `;`.
    expect(text).toBe('https://a;"Shoes, ""trail"""\n');
    const commas = await env.call(byLast('/items', 'format=csv&delimiter=%3B&bom=0&fields=url,title&offset=1'));
    expect(commas.body).toBe('url;title\nhttps://b;"Line\nbreak"\nhttps://c;\n');
    const plain = await withItems([{ a: 'x,y', b: 'p;q' }]);
    expect((await env.call(plain.byRun('/items', 'format=csv&delimiter=%3B&bom=0'))).body).toBe('a;b\nx,y;"p;q"\n');
    const tab = await env.call(byRun('/items', 'format=csv&delimiter=%09&fields=url,price&bom=false&offset=2'));
    expect(tab.body).toBe('url\tprice\nhttps://c\t\n');
  });

  it('takes csv columns from the records actually served (after unwind, flatten and paging)', async () => {
    const { byRun } = await withItems([
      { a: 1, nested: { deep: { x: 1 } } },
      { b: 2, list: [{ c: 3 }, { d: 4 }] },
    ]);
    const page = await env.call(byRun('/items', 'format=csv&bom=0&offset=1&unwind=list'));
    expect(page.body).toBe('b,c,d\n2,3,\n2,,4\n');
    const flat = await env.call(byRun('/items', 'format=csv&bom=0&limit=1&flatten=nested'));
    expect(flat.body).toBe('a,nested.deep.x\n1,1\n');
  });

  it('serves html as an escaped table', async () => {
    const { byRun } = await withItems([{ name: '<b>&', n: 1 }, { other: 'x' }]);
    const html = await env.call(byRun('/items', 'format=html'));
    expect(html.headers.get('content-type')).toMatch(/^text\/html\b/);
    expect(html.body).toContain('<table>');
    expect(html.body).toContain('<tr><th>name</th><th>n</th><th>other</th></tr>');
    expect(html.body).toContain('<tr><td>&lt;b&gt;&amp;</td><td>1</td><td></td></tr>');
    expect(html.body).toContain('<tr><td></td><td></td><td>x</td></tr>');
  });

  it('serves xml with xmlRoot/xmlRow, @ attributes, # text, repeated elements for arrays', async () => {
    const { byRun, byLast } = await withItems([
      { '@': { id: 7 }, title: 'A & B', price: { '@': { currency: 'EUR' }, '#': 10 }, tags: ['x', 'y'], none: null },
      { 'bad name': 1, '1st': 2 },
    ]);
    const xml = await env.call(byRun('/items', 'format=xml'));
    expect(xml.headers.get('content-type')).toMatch(/^application\/xml\b/);
    expect(xml.body).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<items>',
        '<item id="7"><title>A &amp; B</title><price currency="EUR">10</price><tags>x</tags><tags>y</tags><none/></item>',
        '<item><bad_name>1</bad_name><_1st>2</_1st></item>',
        '</items>',
        '',
      ].join('\n'),
    );
    const renamed = await env.call(byLast('/items', 'format=xml&xmlRoot=products&xmlRow=product&fields=title'));
    expect(renamed.body).toContain('<products>\n<product><title>A &amp; B</title></product>\n<product/>\n</products>');
  });

  it('serves rss with a channel and one <item> per record', async () => {
    const { byRun, dataset } = await withItems([{ title: 'One', link: 'https://1' }, { title: 'Two' }]);
    const rss = await env.call(byRun('/items', 'format=rss'));
    expect(rss.headers.get('content-type')).toMatch(/^application\/rss\+xml\b/);
    expect(rss.body).toContain('<rss version="2.0">');
    expect(rss.body).toContain(`<title>Dataset ${dataset.meta.id}</title>`);
    expect(rss.body).toContain(`<description>Items in dataset with id &quot;${dataset.meta.id}&quot;.</description>`);
    expect(rss.body.match(/<item>/g)).toHaveLength(2);
    expect(rss.body).toContain('<item><title>One</title><link>https://1</link></item>');
    const titled = await env.call(byRun('/items', 'format=rss&feedTitle=News%20%3C1%3E&feedDescription=Latest'));
    expect(titled.body).toContain('<title>News &lt;1&gt;</title>');
    expect(titled.body).toContain('<description>Latest</description>');
  });

  it('serves xlsx as a workbook exceljs can read back', async () => {
    const { byRun, byLast } = await withItems();
    for (const path of [byRun('/items', 'format=xlsx'), byLast('/items', 'format=xlsx&attachment=1')]) {
      const xlsx = await env.call(path);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await bytesOf(xlsx)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no worksheet');
      expect(sheet.rowCount).toBe(4);
      const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
      expect(row(1)).toEqual(['url', 'title', 'price', 'tags', 'seller', 'inStock']);
      expect(row(2)).toEqual(['https://a', 'Shoes, "trail"', 89.9, '["x","y"]']);
      expect(row(3)?.[5]).toBe(true);
      expect(row(3)?.[4]).toBe('{"name":"Acme"}');
    }
  });

  it('sets Content-Disposition for attachment=1 with the format extension', async () => {
    const { byRun } = await withItems();
    for (const format of ['json', 'jsonl', 'csv', 'html', 'xml', 'rss', 'xlsx']) {
      const result = await env.call(byRun('/items', `format=${format}&attachment=1`));
      expect(result.headers.get('content-disposition')).toBe(`attachment; filename="items.${format}"`);
      const inline = await env.call(byRun('/items', `format=${format}&limit=1`));
      expect(inline.headers.get('content-disposition')).toBeNull();
      expect(inline.headers.get('x-apify-pagination-count')).toBe('1');
    }
  });

  it('refuses tables with more than 2000 columns or over-long column names', async () => {
    const wide = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`c${i}`, i]));
    const { byRun } = await withItems([wide, { ['x'.repeat(201)]: 1 }]);
    const tooWide = await env.call(byRun('/items', 'format=csv&limit=1'));
    expect(tooWide.status).toBe(400);
    const longName = await env.call(byRun('/items', 'format=html&offset=1'));
    expect(longName.status).toBe(400);
    // JSON has no columns, so the same items are fine there.
    expect((await env.call(byRun('/items', 'limit=1'))).status).toBe(200);
  });
});
