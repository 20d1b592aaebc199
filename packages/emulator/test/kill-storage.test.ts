/**
 * All-or-nothing writes on disk, the hard way: an emulator child process serving a storage folder takes concurrent
 * pushes (64 items), batch adds (25 requests) and record writes (changing content types), and is killed with
 * SIGKILL at a random moment. An emulator restarted on the same folder must hold every acknowledged write, no part
 * of any write, and a folder in the layout Crawlee and the Apify CLI read. Then again, on the same folder.
 * Seeded (`KILL_SEED`), bounded (`KILL_ITERATIONS`); the kill moment varies, what is checked does not.
 */

import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../src/faults/match.js';
import { type EmulatorProcess, spawnEmulator, startEmulator } from '../src/index.js';
import { JOURNAL_DIR } from '../src/storage/disk-journal.js';
import { makeTempDir } from './support/crawlee-fixture.js';
import { until } from './support/until.js';

const ITERATIONS = Number(process.env.KILL_ITERATIONS ?? 3);
const SEED = Number(process.env.KILL_SEED ?? 12);
const TOKEN = 'kill_token';
const LAST = '/v2/acts/local~local-actor/runs/last';
const PUSH_ITEMS = 64;
const BATCH = 25;
const RECORD_KEYS = ['r0', 'r1', 'r2'];
const TYPES = [
  ['application/json', (value: string) => JSON.stringify({ value })],
  ['text/plain', (value: string) => `value ${value}`],
  ['image/png', (value: string) => `\x89PNG${value}`],
] as const;

/** What the clients were told was stored (acknowledged), and what they sent without hearing back. */
interface Ledger {
  pushes: Set<string>;
  sentPushes: Set<string>;
  batches: Set<string>;
  sentBatches: Set<string>;
  /** Per key: the value last acknowledged, and the one sent after it (still in flight at the kill). */
  records: Map<string, { acked?: string; inFlight?: string }>;
}

const temp = makeTempDir('emulator-kill-');
const children = new Set<EmulatorProcess>();
afterAll(async () => {
  for (const child of children) child.child.kill('SIGKILL');
  temp.remove();
});

async function writeUntilKilled(base: string, iteration: number, ledger: Ledger) {
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  let acks = 0;
  let stopped = false;
  const loop = async (write: (n: number) => Promise<void>) => {
    for (let n = 0; !stopped; n += 1) {
      try {
        await write(n);
        acks += 1;
      } catch {
        return; // the emulator is gone
      }
    }
  };
  const push = (lane: string) => async (n: number) => {
    const id = `${iteration}-${lane}${n}`;
    const items = Array.from({ length: PUSH_ITEMS }, (_, i) => ({ push: id, i, pad: 'p'.repeat(200) }));
    ledger.sentPushes.add(id);
    const response = await fetch(`${base}/dataset/items`, { method: 'POST', headers, body: JSON.stringify(items) });
    if (response.status !== 201) throw new Error(`push answered ${response.status}`);
    ledger.pushes.add(id);
  };
  const batch = async (n: number) => {
    const id = `${iteration}-b${n}`;
    const requests = Array.from({ length: BATCH }, (_, i) => ({
      url: `https://example.com/${id}/${i}`,
      uniqueKey: `${id}/${i}`,
    }));
    ledger.sentBatches.add(id);
    const response = await fetch(`${base}/request-queue/requests/batch`, {
      method: 'POST',
      headers,
      body: JSON.stringify(requests),
    });
    if (response.status !== 201) throw new Error(`batch add answered ${response.status}`);
    ledger.batches.add(id);
  };
  const record = async (n: number) => {
    const key = RECORD_KEYS[n % RECORD_KEYS.length] as string;
    const value = `${iteration}.${n}`;
    const [type, body] = TYPES[(n + iteration) % TYPES.length] as (typeof TYPES)[number];
    const entry = ledger.records.get(key) ?? {};
    ledger.records.set(key, { ...entry, inFlight: value });
    const response = await fetch(`${base}/key-value-store/records/${key}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type },
      body: body(value),
    });
    if (response.status !== 201) throw new Error(`record write answered ${response.status}`);
    ledger.records.set(key, { acked: value });
  };
  const writers = [loop(push('a')), loop(push('c')), loop(batch), loop(record)];
  return {
    writers,
    acks: () => acks,
    stop: () => {
      stopped = true;
    },
  };
}

/** Everything the restarted emulator serves, read back, checked against the ledger. */
async function verify(dir: string, ledger: Ledger): Promise<void> {
  const emulator = await startEmulator({ storageDir: dir, tokens: [TOKEN] });
  let items: Array<{ push: string; i: number }> = [];
  const requests: Array<{ uniqueKey: string }> = [];
  try {
    const get = async (path: string) => {
      const response = await fetch(`${emulator.url}${LAST}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status, path).toBe(200);
      return response;
    };
    items = (await (await get('/dataset/items')).json()) as typeof items;
    const perPush = new Map<string, number[]>();
    for (const item of items) perPush.set(item.push, [...(perPush.get(item.push) ?? []), item.i]);
    for (const [push, indexes] of perPush) {
      expect(ledger.sentPushes.has(push), `push ${push} was never sent`).toBe(true);
      // A whole push, in order: never part of one.
      expect(indexes, `push ${push}`).toEqual(Array.from({ length: PUSH_ITEMS }, (_, i) => i));
    }
    for (const push of ledger.pushes) expect(perPush.has(push), `acknowledged push ${push}`).toBe(true);
    // A push that was in flight and made it is as durable now as an acknowledged one.
    for (const push of perPush.keys()) ledger.pushes.add(push);

    for (let cursor: string | undefined; ; ) {
      const page = (await (
        await get(`/request-queue/requests?limit=10000${cursor ? `&cursor=${cursor}` : ''}`)
      ).json()) as {
        data: { items: Array<{ uniqueKey: string }>; nextCursor?: string };
      };
      requests.push(...page.data.items);
      cursor = page.data.nextCursor;
      if (!cursor) break;
    }
    const perBatch = new Map<string, number>();
    for (const request of requests) {
      const batch = request.uniqueKey.slice(0, request.uniqueKey.lastIndexOf('/'));
      perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
    }
    for (const [batch, count] of perBatch) {
      expect(ledger.sentBatches.has(batch), `batch ${batch} was never sent`).toBe(true);
      expect(count, `batch ${batch}`).toBe(BATCH);
    }
    for (const batch of ledger.batches) expect(perBatch.get(batch), `acknowledged batch ${batch}`).toBe(BATCH);
    for (const batch of perBatch.keys()) ledger.batches.add(batch);

    for (const [key, { acked, inFlight }] of ledger.records) {
      const response = await fetch(`${emulator.url}${LAST}/key-value-store/records/${key}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      if (acked === undefined && response.status === 404) continue;
      expect(response.status, `record ${key}`).toBe(200);
      const text = Buffer.from(await response.arrayBuffer()).toString('latin1');
      const type = response.headers.get('content-type') ?? '';
      // The value and its content type belong to the same write: the acknowledged one, or the one in flight.
      const candidates = [acked, inFlight].filter((value): value is string => value !== undefined);
      const matches = candidates.filter((value) =>
        TYPES.some(([t, body]) => type.startsWith(t) && Buffer.from(body(value)).toString('latin1') === text),
      );
      expect(
        matches,
        `record ${key}: ${type} ${JSON.stringify(text)} (acked ${acked}, in flight ${inFlight})`,
      ).toHaveLength(1);
      // What is there now is what the next kill must keep (or replace with the next write to the key).
      ledger.records.set(key, { acked: matches[0] as string });
    }
  } finally {
    await emulator.close();
  }
  checkLayout(dir, items.length, requests.length);
}

/** The folder as Crawlee reads it: only its own file names, every JSON file whole, counts in the metadata right. */
function checkLayout(dir: string, itemCount: number, requestCount: number): void {
  const datasets = join(dir, 'datasets', 'default');
  const itemFiles = readdirSync(datasets)
    .filter((name) => name !== '__metadata__.json')
    .sort();
  expect(itemFiles).toEqual(Array.from({ length: itemCount }, (_, i) => `${String(i + 1).padStart(9, '0')}.json`));
  for (const name of itemFiles.slice(-3 * PUSH_ITEMS)) JSON.parse(readFileSync(join(datasets, name), 'utf8'));
  expect(JSON.parse(readFileSync(join(datasets, '__metadata__.json'), 'utf8')).itemCount).toBe(itemCount);

  const stores = join(dir, 'key_value_stores', 'default');
  const names = readdirSync(stores).filter((name) => name !== '__metadata__.json');
  const metadata = names.filter((name) => name.endsWith('.__metadata__.json'));
  const values = names.filter((name) => !name.endsWith('.__metadata__.json'));
  expect(values.map((name) => name.slice(0, name.lastIndexOf('.'))).sort()).toEqual(
    metadata.map((name) => name.slice(0, -'.__metadata__.json'.length)).sort(),
  );
  for (const name of metadata) {
    const meta = JSON.parse(readFileSync(join(stores, name), 'utf8')) as { key: string; extension: string };
    expect(values).toContain(`${meta.key}.${meta.extension}`);
  }

  const queues = join(dir, 'request_queues', 'default');
  const requestFiles = readdirSync(queues).filter((name) => name !== '__metadata__.json');
  expect(requestFiles).toHaveLength(requestCount);
  for (const name of requestFiles.slice(0, 50))
    expect(JSON.parse(readFileSync(join(queues, name), 'utf8')).json).toBeTypeOf('string');
  expect(JSON.parse(readFileSync(join(queues, '__metadata__.json'), 'utf8')).totalRequestCount).toBe(requestCount);

  for (const folder of [datasets, stores, queues])
    expect(readdirSync(folder).filter((name) => name.includes('~'))).toEqual([]);
  expect(readdirSync(join(dir, JOURNAL_DIR))).toEqual([]);
}

describe('SIGKILL during writes to a storage folder', () => {
  it(`keeps every acknowledged write and no part of any other, over ${ITERATIONS} kills`, async () => {
    const random = mulberry32(SEED);
    const ledger: Ledger = {
      pushes: new Set(),
      sentPushes: new Set(),
      batches: new Set(),
      sentBatches: new Set(),
      records: new Map(),
    };
    for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
      const emulator = await spawnEmulator({ args: ['--storage', temp.dir, '--token', TOKEN], stderr: 'ignore' });
      children.add(emulator);
      const writing = await writeUntilKilled(`${emulator.url}${LAST}`, iteration, ledger);
      // Kill after a varying number of acknowledged writes, a varying moment later: mid-write, most of the time.
      const target = 2 + Math.floor(random() * 10);
      await until(() => writing.acks() >= target, `${target} acknowledged writes`);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 8)));
      const exited = once(emulator.child, 'exit');
      emulator.child.kill('SIGKILL');
      await exited;
      children.delete(emulator);
      writing.stop();
      await Promise.all(writing.writers);
      await verify(temp.dir, ledger);
    }
    expect(ledger.pushes.size).toBeGreaterThan(0);
    expect(ledger.sentPushes.size).toBeGreaterThan(ledger.pushes.size);
  }, 300_000);
});
