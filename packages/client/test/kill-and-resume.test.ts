import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ItemsPosition } from '../src/index.js';
import { useChildren } from './support/children.js';
import { TOKEN, useEmulator } from './support/emulator.js';
import { expectedItems, filterItems, type Item } from './support/items.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

const env = useEmulator();
const CHILD = fileURLToPath(new URL('./children/iterate-items.ts', import.meta.url));
const start = useChildren();
/** Four processes and 6,000 lines through pipes: a wider safety net than the usual 60 s, for a busy machine. */
const PROCESSES_TIMEOUT_MS = 120_000;

/**
 * Runs the child from `position`; with `killAfter`, SIGKILLs it once that many lines have arrived. Every complete line
 * that reaches the pipe counts as seen (also those read after the kill), and the last one's position is the save.
 */
async function runChild(run: string[], position: ItemsPosition | undefined, killAfter?: number) {
  const child = await start(CHILD, [env.emulator().url, TOKEN, ...run, position ? JSON.stringify(position) : '']);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const seen: Item[] = [];
  let saved = position;
  let done = false;
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  for await (const line of createInterface({ input: child.stdout as NodeJS.ReadableStream })) {
    if (line === 'DONE') {
      done = true;
      continue;
    }
    const record = JSON.parse(line) as { item: Item; position: ItemsPosition };
    seen.push(record.item);
    saved = record.position;
    if (seen.length === killAfter) child.kill('SIGKILL');
  }
  await exited;
  return { seen, saved, done, killed: child.signalCode === 'SIGKILL', stderr };
}

describe.each(LOCATORS)('an iteration killed mid-way and resumed in a new process, via %s', (name, locate) => {
  it(
    'sees every item exactly once overall',
    async () => {
      const scene = storageScene(env, locate, 'kill-resume');
      const address = name === 'run(id)' ? ['run', scene.runId] : ['lastRun', `demo/${scene.actorName}`];
      const items = filterItems(6000).map((item, i) => (Object.keys(item).length ? { ...item, n: i } : item));
      await scene.admin.pushItems(scene.datasetId, items);
      const all: Item[] = [];
      let position: ItemsPosition | undefined;
      // Three kills at arbitrary points (the child is far ahead of what the pipe let through), then a run to the end.
      for (const killAfter of [700, 1234, 999]) {
        const run = await runChild(address, position, killAfter);
        expect(run.killed, run.stderr).toBe(true);
        expect(run.done).toBe(false);
        all.push(...run.seen);
        position = run.saved;
      }
      const last = await runChild(address, position);
      expect(last.done, last.stderr).toBe(true);
      all.push(...last.seen);
      expect(all).toEqual(expectedItems(items, { clean: true }));
    },
    PROCESSES_TIMEOUT_MS,
  );
});
