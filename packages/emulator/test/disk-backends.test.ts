import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmulatorState } from '../src/state/state.js';
import { openDiskStorage } from '../src/storage/disk.js';
import { DiskDataset } from '../src/storage/disk-dataset.js';
import { DiskJournal, JOURNAL_DIR } from '../src/storage/disk-journal.js';
import { DiskQueue } from '../src/storage/disk-queue.js';
import { DiskRecords } from '../src/storage/disk-records.js';
import {
  FIXTURE_ITEMS,
  FIXTURE_REQUESTS,
  makeTempDir,
  PNG_BYTES,
  writeCrawleeFixture,
} from './support/crawlee-fixture.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function tempDir(): string {
  const temp = makeTempDir();
  cleanups.push(temp.remove);
  return temp.dir;
}
function fixture(): string {
  const dir = tempDir();
  writeCrawleeFixture(dir);
  return dir;
}
async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}
const text = (value: Uint8Array) => Buffer.from(value).toString('utf8');
/** A journal in the folder's parent (in the emulator, the storage root's). */
const journalBeside = (folder: string) => new DiskJournal(dirname(folder));

describe('DiskDataset', () => {
  it('counts and reads the items Crawlee wrote, lazily by range', async () => {
    const folder = join(fixture(), 'datasets', 'default');
    const dataset = new DiskDataset(folder, journalBeside(folder));
    expect(dataset.count()).toBe(3);
    expect(await collect(dataset.read(0, 10))).toEqual(FIXTURE_ITEMS);
    expect(await collect(dataset.read(1, 2))).toEqual([FIXTURE_ITEMS[1]]);
    expect(await collect(dataset.read(5, 9))).toEqual([]);
  });

  it('appends as the next nine-digit files, and a reopened folder sees them', async () => {
    const folder = join(fixture(), 'datasets', 'default');
    const dataset = new DiskDataset(folder, journalBeside(folder));
    await dataset.append([{ n: 4 }, { n: 5 }]);
    expect(dataset.count()).toBe(5);
    expect(readdirSync(folder).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `00000000${n}.json`));
    expect(JSON.parse(readFileSync(join(folder, '000000005.json'), 'utf8'))).toEqual({ n: 5 });
    const reopened = new DiskDataset(folder, journalBeside(folder));
    expect(reopened.count()).toBe(5);
    expect(await collect(reopened.read(3, 5))).toEqual([{ n: 4 }, { n: 5 }]);
  });

  it('serialises concurrent appends: no number reused, no item lost', async () => {
    const folder = join(tempDir(), 'datasets', 'fresh');
    const dataset = new DiskDataset(folder, journalBeside(folder));
    await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        dataset.append([
          { n, a: true },
          { n, a: false },
        ]),
      ),
    );
    expect(dataset.count()).toBe(100);
    const files = readdirSync(folder).sort();
    expect(files).toEqual(Array.from({ length: 100 }, (_, i) => `${String(i + 1).padStart(9, '0')}.json`));
    const items = await collect(new DiskDataset(folder, journalBeside(folder)).read(0, 100));
    expect(new Set(items.map((item) => `${item.n}/${item.a}`)).size).toBe(100);
  });

  it('keeps the order of a hand-edited folder with gaps and marks unreadable files instead of failing', async () => {
    const folder = join(tempDir(), 'gaps');
    mkdirSync(folder);
    writeFileSync(join(folder, '000000001.json'), '{"n":1}');
    writeFileSync(join(folder, '000000002.json'), '[1,2]');
    writeFileSync(join(folder, '000000007.json'), '{"n":7}');
    writeFileSync(join(folder, 'notes.txt'), 'not an item');
    const dataset = new DiskDataset(folder, journalBeside(folder));
    expect(dataset.count()).toBe(3);
    await dataset.append([{ n: 8 }]);
    expect(existsSync(join(folder, '000000008.json'))).toBe(true);
    const items = await collect(dataset.read(0, 4));
    expect(items[0]).toEqual({ n: 1 });
    expect(items[1]?.['#error']).toMatch(/000000002\.json/);
    expect(items.slice(2)).toEqual([{ n: 7 }, { n: 8 }]);
  });

  it('drop removes the folder', async () => {
    const folder = join(fixture(), 'datasets', 'default');
    const dataset = new DiskDataset(folder, journalBeside(folder));
    await dataset.drop();
    expect(existsSync(folder)).toBe(false);
    expect(dataset.count()).toBe(0);
  });
});

describe('DiskRecords', () => {
  it('reads records with and without metadata files, keys in UTF-8 binary order', async () => {
    const folder = join(fixture(), 'key_value_stores', 'default');
    const records = new DiskRecords(folder, journalBeside(folder));
    expect(records.keys().map(({ key }) => key)).toEqual(['INPUT', 'OUTPUT', 'screenshot']);
    const input = await records.get('INPUT');
    expect(input?.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(text(input?.value ?? new Uint8Array()))).toEqual({ startUrls: ['https://example.com'] });
    const screenshot = await records.get('screenshot');
    expect(screenshot?.contentType).toBe('image/png');
    expect(Buffer.from(screenshot?.value ?? []).equals(Buffer.from(PNG_BYTES))).toBe(true);
    expect(records.keys().find(({ key }) => key === 'screenshot')?.size).toBe(PNG_BYTES.byteLength);
    expect(await records.get('missing')).toBeUndefined();
  });

  it('also reads the `<key>.<ext>.__metadata__.json` layout and infers types from extensions', async () => {
    const folder = join(tempDir(), 'store');
    mkdirSync(folder);
    writeFileSync(join(folder, 'page.html'), '<p>hi</p>');
    writeFileSync(
      join(folder, 'page.html.__metadata__.json'),
      JSON.stringify({ key: 'page', contentType: 'text/html' }),
    );
    writeFileSync(join(folder, 'notes.txt'), 'plain');
    writeFileSync(join(folder, 'blob'), 'raw');
    writeFileSync(join(folder, 'a.b.weird'), 'x');
    const records = new DiskRecords(folder, journalBeside(folder));
    // Binary order puts upper case before lower case, unlike a locale-aware sort.
    expect(records.keys().map(({ key }) => key)).toEqual(['a.b', 'blob', 'notes', 'page']);
    expect((await records.get('page'))?.contentType).toBe('text/html');
    expect((await records.get('notes'))?.contentType).toBe('text/plain; charset=utf-8');
    expect((await records.get('blob'))?.contentType).toBe('application/octet-stream');
    await records.set('Zeta', { value: new Uint8Array([1]), contentType: 'application/octet-stream' });
    expect(records.keys().map(({ key }) => key)).toEqual(['Zeta', 'a.b', 'blob', 'notes', 'page']);
  });

  it('writes `<key>.<ext>` plus metadata, replaces a key stored under another extension, keeps the encoding', async () => {
    const folder = join(fixture(), 'key_value_stores', 'default');
    const records = new DiskRecords(folder, journalBeside(folder));
    await records.set('OUTPUT', { value: PNG_BYTES, contentType: 'image/png' });
    await records.set('page', {
      value: new Uint8Array([31, 139, 8]),
      contentType: 'text/html',
      contentEncoding: 'gzip',
    });
    await records.set('data', { value: new Uint8Array([1, 2]), contentType: 'application/x-custom' });
    const files = readdirSync(folder).sort();
    expect(files).not.toContain('OUTPUT.json');
    expect(files).toEqual(
      expect.arrayContaining([
        'OUTPUT.png',
        'OUTPUT.__metadata__.json',
        'page.html',
        'data.bin',
        'data.__metadata__.json',
      ]),
    );
    expect(JSON.parse(readFileSync(join(folder, 'page.__metadata__.json'), 'utf8'))).toEqual({
      key: 'page',
      contentType: 'text/html',
      extension: 'html',
      contentEncoding: 'gzip',
    });
    const reopened = new DiskRecords(folder, journalBeside(folder));
    expect((await reopened.get('OUTPUT'))?.contentType).toBe('image/png');
    expect(await reopened.get('page')).toEqual({
      value: new Uint8Array([31, 139, 8]),
      contentType: 'text/html',
      contentEncoding: 'gzip',
    });
    expect((await reopened.get('data'))?.contentType).toBe('application/x-custom');
    expect(reopened.keys().map(({ key }) => key)).toEqual(['INPUT', 'OUTPUT', 'data', 'page', 'screenshot']);
  });

  it('deletes both files and never writes outside its folder', async () => {
    const root = tempDir();
    const folder = join(root, 'store');
    const records = new DiskRecords(folder, journalBeside(folder));
    await records.set('../escape', { value: new Uint8Array([1]), contentType: 'text/plain' });
    await records.set('__metadata__', { value: new Uint8Array([2]), contentType: 'application/json' });
    // Nothing but the store and the (now empty) journal the writes went through.
    expect(readdirSync(root)).toEqual(['.apify-runs-emulator', 'store']);
    expect(readdirSync(join(root, JOURNAL_DIR))).toEqual([]);
    expect(readdirSync(folder)).not.toContain('__metadata__.json');
    const reopened = new DiskRecords(folder, journalBeside(folder));
    expect(reopened.keys().map(({ key }) => key)).toEqual(['../escape', '__metadata__']);
    expect(await reopened.delete('../escape')).toBe(true);
    expect(await reopened.delete('../escape')).toBe(false);
    expect(await reopened.delete('__metadata__')).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps one file per key under concurrent writes with changing types', async () => {
    const folder = join(tempDir(), 'store');
    const records = new DiskRecords(folder, journalBeside(folder));
    const types = ['application/json', 'text/plain', 'image/png', 'text/html'];
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        records.set('KEY', { value: new Uint8Array([n]), contentType: types[n % types.length] as string }),
      ),
    );
    expect(readdirSync(folder).sort()).toEqual(['KEY.__metadata__.json', 'KEY.html']);
    expect((await records.get('KEY'))?.value).toEqual(new Uint8Array([19]));
  });
});

describe('DiskQueue', () => {
  it('loads Crawlee entries and plain requests', () => {
    const folder = join(fixture(), 'request_queues', 'default');
    writeFileSync(join(folder, 'plainRequest01.json'), JSON.stringify({ url: 'https://example.com/plain' }));
    writeFileSync(join(folder, 'garbage.json'), '{not json');
    const entries = new DiskQueue(folder, journalBeside(folder))
      .load()
      .sort((a, b) => a.request.id.localeCompare(b.request.id));
    expect(entries.map((entry) => entry.request.id)).toEqual(['plainRequest01', 'req00000000000A', 'req00000000000B']);
    const [plain, a, b] = entries;
    expect(plain?.request).toMatchObject({ url: 'https://example.com/plain', uniqueKey: 'https://example.com/plain' });
    expect(plain?.orderNo).toEqual(expect.any(Number));
    expect(a?.orderNo).toBe(FIXTURE_REQUESTS[0]?.orderNo);
    expect(a?.request).toMatchObject({ url: 'https://example.com/a', method: 'GET', userData: {} });
    expect(a?.request).not.toHaveProperty('json');
    expect(b?.orderNo).toBeNull();
    expect(b?.request.handledAt).toBe('2024-01-01T00:00:00.000Z');
  });

  it('saves in the Crawlee shape with lock fields, survives a reopen, deletes', async () => {
    const folder = join(tempDir(), 'queue');
    const queue = new DiskQueue(folder, journalBeside(folder));
    const request = {
      id: 'newRequest00001',
      url: 'https://x.test',
      uniqueKey: 'x',
      method: 'POST',
      userData: { a: 1 },
    };
    await queue.commit({ save: [{ request, orderNo: -5, lockExpiresAt: 1_800_000_000_000, lockedBy: 'client-1' }] });
    const onDisk = JSON.parse(readFileSync(join(folder, 'newRequest00001.json'), 'utf8'));
    expect(onDisk).toEqual({
      id: 'newRequest00001',
      json: JSON.stringify(request),
      method: 'POST',
      orderNo: -5,
      retryCount: 0,
      uniqueKey: 'x',
      url: 'https://x.test',
      lockExpiresAt: 1_800_000_000_000,
      lockedBy: 'client-1',
    });
    expect(queue.counts()).toEqual({ total: 1, handled: 0 });
    expect(new DiskQueue(folder, journalBeside(folder)).load()).toEqual([
      { request, orderNo: -5, lockExpiresAt: 1_800_000_000_000, lockedBy: 'client-1' },
    ]);
    await queue.commit({ save: [{ request: { ...request, handledAt: '2024-01-01T00:00:00.000Z' }, orderNo: null }] });
    expect(queue.counts()).toEqual({ total: 1, handled: 1 });
    expect(new DiskQueue(folder, journalBeside(folder)).load()[0]?.orderNo).toBeNull();
    await queue.commit({ delete: ['newRequest00001'] });
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('openDiskStorage', () => {
  it('loads the folder as a finished run of local~local-actor with stable IDs', async () => {
    const dir = fixture();
    const open = async () => {
      const disk = await openDiskStorage(dir);
      const state = new EmulatorState(disk.backends);
      await disk.load(state);
      return { disk, state };
    };
    const first = await open();
    const actor = first.state.resolveActor('local~local-actor');
    expect(actor).toBeDefined();
    expect(first.state.resolveActor(`${first.state.defaultUser.username}~local-actor`)?.id).toBe(actor?.id);
    expect(first.state.resolveActor('~local-actor', first.state.defaultUser.id)?.id).toBe(actor?.id);
    const run = first.state.lastRun(actor?.id ?? '');
    expect(run?.run.status).toBe('SUCCEEDED');
    const dataset = first.state.datasets.get(run?.run.defaultDatasetId ?? '');
    expect(dataset?.meta.name).toBe('default');
    expect(dataset?.itemCount()).toBe(3);
    await dataset?.pushItems([{ n: 4 }]);
    await first.disk.close();
    first.state.dispose();

    const metadata = JSON.parse(readFileSync(join(dir, 'datasets', 'default', '__metadata__.json'), 'utf8'));
    expect(metadata).toMatchObject({ id: run?.run.defaultDatasetId, name: 'default', itemCount: 4 });
    const second = await open();
    const again = second.state.lastRun(second.state.resolveActor('local~local-actor')?.id ?? '');
    expect(again?.run.id).toBe(run?.run.id);
    expect(again?.run.defaultKeyValueStoreId).toBe(run?.run.defaultKeyValueStoreId);
    expect(second.state.datasets.get(again?.run.defaultDatasetId ?? '')?.itemCount()).toBe(4);
    await second.disk.close();
    second.state.dispose();
  });

  it('puts storages created after load in <kind>/<id>/ and restores their name; seeds stay in memory', async () => {
    const dir = tempDir();
    const disk = await openDiskStorage(dir);
    const state = new EmulatorState(disk.backends);
    const seeded = state.createDataset({ name: 'seeded' });
    await seeded.pushItems([{ seeded: true }]);
    await disk.load(state);
    const named = state.createDataset({ name: 'my-results' });
    await named.pushItems([{ a: 1 }]);
    const empty = state.createKeyValueStore();
    await disk.close();
    state.dispose();
    // The missing `default` folders stay missing until something is written to them.
    expect(readdirSync(join(dir, 'datasets'))).toEqual([named.meta.id]);
    expect(readdirSync(join(dir, 'key_value_stores'))).toEqual([empty.meta.id]);

    const disk2 = await openDiskStorage(dir);
    const state2 = new EmulatorState(disk2.backends);
    await disk2.load(state2);
    expect(state2.datasets.get(named.meta.id)?.meta.name).toBe('my-results');
    expect(state2.datasets.get(named.meta.id)?.itemCount()).toBe(1);
    expect(state2.keyValueStores.get(empty.meta.id)?.meta.name).toBeNull();
    expect([...state2.datasets.values()].some((d) => d.meta.name === 'seeded')).toBe(false);
    await disk2.close();
    state2.dispose();
  });
});
