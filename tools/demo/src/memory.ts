/**
 * Measures the client's memory while `iterateItems` walks 1,000,000 dataset items. The emulator runs in a CHILD
 * process, so only the client's memory is counted here. Run: `pnpm --filter @apify-runs/demo memory [count]`.
 */
import { createApifyClient } from '@apify-runs/client';
import { type AdminRunResult, spawnEmulator } from '@apify-runs/emulator';
import { count, megabytes, seconds } from './terminal.js';

const TOTAL = Number(process.argv[2] ?? 1_000_000);
const SAMPLE_EVERY = 50_000;
const TOKEN = 'memory_token';

const usage = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
};

async function main(): Promise<void> {
  const emulator = await spawnEmulator({ args: ['--token', TOKEN] });
  const { url } = emulator;
  try {
    await emulator.admin('/actors', { name: 'memory-check' });
    const { run, datasetId } = await emulator.admin<AdminRunResult>('/runs', {
      actorId: 'demo~memory-check',
      status: 'SUCCEEDED',
    });
    let generatedMs = Date.now();
    await emulator.admin(`/datasets/${datasetId}/generate`, { count: TOTAL });
    generatedMs = Date.now() - generatedMs;
    console.log(`emulator (child process) at ${url}: ${count(TOTAL)} items generated in ${seconds(generatedMs)}`);

    const client = createApifyClient({ token: TOKEN, baseUrl: url });
    const gc = globalThis.gc;
    gc?.();
    const before = usage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    let peakRetained = before.heapUsed;
    console.log(`before: RSS ${megabytes(before.rss)}, heap used ${megabytes(before.heapUsed)}`);
    console.log('    items        RSS  heap used  heap after GC');
    const started = Date.now();
    let seen = 0;
    for await (const item of client.run(run.id).dataset.iterateItems<{ index: number }>()) {
      if (item.index !== seen) throw new Error(`item ${seen} came as index ${item.index}`);
      seen += 1;
      if (seen % SAMPLE_EVERY === 0) {
        const now = usage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed);
        // What is still reachable: garbage V8 has not collected yet is not memory the iteration holds on to.
        gc?.();
        const retained = gc ? usage().heapUsed : Number.NaN;
        peakRetained = Math.max(peakRetained, retained);
        console.log(
          [count(seen), megabytes(now.rss), megabytes(now.heapUsed), gc ? megabytes(retained) : 'n/a']
            .map((cell, i) => cell.padStart(i === 3 ? 14 : 9))
            .join('  '),
        );
      }
    }
    const ms = Date.now() - started;
    gc?.();
    const after = usage();
    const maxRss = process.resourceUsage().maxRSS * 1024;
    if (seen !== TOTAL) throw new Error(`iterated ${seen} items, expected ${TOTAL}`);
    console.log(`after:  RSS ${megabytes(after.rss)}, heap used ${megabytes(after.heapUsed)}`);
    console.log(
      `iterated ${count(seen)} items in ${seconds(ms)} (${count(Math.round(seen / (ms / 1000)))} items/s); ` +
        `peak RSS ${megabytes(Math.max(peakRss, maxRss))} (process max), peak sampled heap ${megabytes(peakHeap)}, ` +
        `peak heap after GC ${gc ? megabytes(peakRetained) : 'n/a (run with --expose-gc)'}`,
    );
  } finally {
    await emulator.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
