import { readdirSync, readFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredQueueRequest } from '../src/storage/backends.js';
import { DiskDataset } from '../src/storage/disk-dataset.js';
import { DiskJournal, JOURNAL_DIR, type JournalFs } from '../src/storage/disk-journal.js';
import { DiskQueue } from '../src/storage/disk-queue.js';
import { DiskRecords } from '../src/storage/disk-records.js';
import { makeTempDir } from './support/crawlee-fixture.js';

/**
 * A crash at every single step of a change: the file operations of a commit stop at step k (the k-th and every later
 * one never happens, as if the process were killed there), then the next start recovers the folder. Each change must
 * then be wholly there or wholly absent, for every k.
 */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The journal's file operations, stopping for good at operation `stopAt` (counted from 0). */
function crashingFs(stopAt: number): { fs: JournalFs; calls: () => number; settled: () => Promise<void> } {
  let calls = 0;
  const started: Promise<unknown>[] = [];
  const gate =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      calls += 1;
      if (calls > stopAt) return new Promise<R>(() => {});
      const done = operation(...args);
      started.push(done.catch(() => undefined));
      return done;
    };
  /** Resolves once every operation before the crash point has finished, and so have the ones they led to. */
  const settled = async () => {
    for (let seen = -1; seen !== started.length; ) {
      seen = started.length;
      await Promise.all(started);
      for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return {
    fs: {
      copyFile: gate(fsPromises.copyFile),
      mkdir: gate(fsPromises.mkdir) as JournalFs['mkdir'],
      rename: gate(fsPromises.rename),
      rm: gate(fsPromises.rm),
      writeFile: gate(fsPromises.writeFile),
    },
    calls: () => calls,
    settled,
  };
}

/** Every file under `dir` (relative path → content), the journal left out. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(dir.length + 1);
    if (!relative.startsWith('.apify-runs-emulator')) out[relative] = readFileSync(path, 'latin1');
  }
  return out;
}

interface Scenario<B> {
  /** The storage before the change, written normally. */
  setUp(folder: string, journal: DiskJournal): Promise<void>;
  open(folder: string, journal: DiskJournal): B;
  change(backend: B): Promise<unknown>;
}

/** Runs `change` with a crash at each step, recovers, and checks the folder is exactly before or exactly after. */
async function crashEverywhere<B>(scenario: Scenario<B>): Promise<{ steps: number; outcomes: Set<string> }> {
  const layout = () => {
    const temp = makeTempDir('emulator-journal-');
    cleanups.push(temp.remove);
    return { root: temp.dir, folder: join(temp.dir, 'store', 'default') };
  };
  // Without a crash: the files before and after, and how many operations the change takes.
  const clean = layout();
  await scenario.setUp(clean.folder, new DiskJournal(clean.root));
  const before = filesOf(clean.root);
  const counting = crashingFs(Number.POSITIVE_INFINITY);
  await scenario.change(scenario.open(clean.folder, new DiskJournal(clean.root, counting.fs)));
  const after = filesOf(clean.root);
  expect(after).not.toEqual(before);
  const steps = counting.calls();
  const outcomes = new Set<string>();
  for (let stopAt = 0; stopAt <= steps; stopAt += 1) {
    const run = layout();
    await scenario.setUp(run.folder, new DiskJournal(run.root));
    const crashing = crashingFs(stopAt);
    void scenario.change(scenario.open(run.folder, new DiskJournal(run.root, crashing.fs)));
    await crashing.settled();
    new DiskJournal(run.root).recoverSync();
    const files = filesOf(run.root);
    const outcome = JSON.stringify(files) === JSON.stringify(before) ? 'before' : 'after';
    expect(files, `crash at step ${stopAt} of ${steps}`).toEqual(outcome === 'before' ? before : after);
    expect(readdirSync(join(run.root, JOURNAL_DIR))).toEqual([]);
    outcomes.add(outcome);
  }
  return { steps, outcomes };
}

describe('a crash at any step of a change, then a restart', () => {
  it('leaves a dataset push wholly there or wholly absent', async () => {
    const { steps, outcomes } = await crashEverywhere({
      setUp: (folder, journal) => new DiskDataset(folder, journal).append([{ n: 1 }, { n: 2 }]),
      open: (folder, journal) => new DiskDataset(folder, journal),
      change: (dataset) => dataset.append(Array.from({ length: 12 }, (_, n) => ({ n: n + 3, pad: 'x'.repeat(n) }))),
    });
    expect(steps).toBeGreaterThan(25);
    expect(outcomes).toEqual(new Set(['before', 'after']));
  });

  it('leaves a record write (value, metadata, the replaced file) all new or all old, and a delete whole', async () => {
    const setUp = async (folder: string, journal: DiskJournal) => {
      const records = new DiskRecords(folder, journal);
      await records.set('OUTPUT', { value: Buffer.from('{"old":true}'), contentType: 'application/json' });
      await records.set('INPUT', { value: Buffer.from('in'), contentType: 'text/plain' });
    };
    const open = (folder: string, journal: DiskJournal) => new DiskRecords(folder, journal);
    const replaced = await crashEverywhere({
      setUp,
      open,
      change: (records) =>
        records.set('OUTPUT', {
          value: Buffer.from('<p>new</p>'),
          contentType: 'text/html',
          contentEncoding: 'identity',
        }),
    });
    expect(replaced.outcomes).toEqual(new Set(['before', 'after']));
    const deleted = await crashEverywhere({ setUp, open, change: (records) => records.delete('INPUT') });
    expect(deleted.outcomes).toEqual(new Set(['before', 'after']));
  });

  it('leaves a batch of request changes (adds and a delete) all done or none', async () => {
    const entry = (id: string, orderNo: number | null): StoredQueueRequest => ({
      request: { id, url: `https://example.com/${id}`, uniqueKey: id },
      orderNo,
    });
    const { outcomes } = await crashEverywhere({
      setUp: (folder, journal) => new DiskQueue(folder, journal).commit({ save: [entry('keep', 1), entry('gone', 2)] }),
      open: (folder, journal) => new DiskQueue(folder, journal),
      change: (queue) => queue.commit({ save: [entry('a', 3), entry('b', 4), entry('keep', null)], delete: ['gone'] }),
    });
    expect(outcomes).toEqual(new Set(['before', 'after']));
  });

  it('removes a dropped storage folder at once', async () => {
    const { outcomes } = await crashEverywhere({
      setUp: (folder, journal) => new DiskDataset(folder, journal).append([{ n: 1 }, { n: 2 }, { n: 3 }]),
      open: (folder, journal) => new DiskDataset(folder, journal),
      change: (dataset) => dataset.drop(),
    });
    expect(outcomes).toEqual(new Set(['before', 'after']));
  });
});
