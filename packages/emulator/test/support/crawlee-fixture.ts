import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PNG signature plus a few bytes: enough to tell binary content from text. */
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);

export const FIXTURE_ITEMS = [
  { url: 'https://example.com/1', title: 'One' },
  { url: 'https://example.com/2', title: 'Two' },
  { url: 'https://example.com/3', title: 'Three' },
];

/** Request IDs and their requests as Crawlee's memory storage writes them. */
export const FIXTURE_REQUESTS = [
  {
    id: 'req00000000000A',
    url: 'https://example.com/a',
    uniqueKey: 'https://example.com/a',
    orderNo: 1_700_000_000_001,
  },
  { id: 'req00000000000B', url: 'https://example.com/b', uniqueKey: 'https://example.com/b', orderNo: null },
];

export function makeTempDir(prefix = 'emulator-disk-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/**
 * Writes a storage folder the way `apify run` / Crawlee leave it: three dataset items, INPUT (no metadata file, as
 * the CLI writes it), OUTPUT and a screenshot (each with Crawlee's record metadata), and two queue entries.
 */
export function writeCrawleeFixture(dir: string): void {
  const datasets = join(dir, 'datasets', 'default');
  mkdirSync(datasets, { recursive: true });
  for (const [index, item] of FIXTURE_ITEMS.entries()) {
    writeJson(join(datasets, `${String(index + 1).padStart(9, '0')}.json`), item);
  }

  const stores = join(dir, 'key_value_stores', 'default');
  mkdirSync(stores, { recursive: true });
  writeJson(join(stores, 'INPUT.json'), { startUrls: ['https://example.com'] });
  writeJson(join(stores, 'OUTPUT.json'), { ok: true });
  writeJson(join(stores, 'OUTPUT.__metadata__.json'), {
    key: 'OUTPUT',
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
  });
  writeFileSync(join(stores, 'screenshot.png'), PNG_BYTES);
  writeJson(join(stores, 'screenshot.__metadata__.json'), {
    key: 'screenshot',
    contentType: 'image/png',
    extension: 'png',
  });

  const queues = join(dir, 'request_queues', 'default');
  mkdirSync(queues, { recursive: true });
  for (const { orderNo, ...request } of FIXTURE_REQUESTS) {
    const full = {
      ...request,
      method: 'GET',
      retryCount: 0,
      userData: {},
      ...(orderNo === null ? { handledAt: '2024-01-01T00:00:00.000Z' } : {}),
    };
    writeJson(join(queues, `${request.id}.json`), {
      id: request.id,
      json: JSON.stringify(full),
      method: 'GET',
      orderNo,
      retryCount: 0,
      uniqueKey: request.uniqueKey,
      url: request.url,
    });
  }
}
