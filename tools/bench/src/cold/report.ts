/**
 * Shared tail of the cold-start scripts: prints when the module body started (node boot + imports, ms since the
 * process's time origin), how long the first call took, and the absolute end time the parent subtracts its spawn
 * time from. Imports nothing but Node built-ins.
 */
import { performance } from 'node:perf_hooks';

// The parent kills a stuck process; this unref'd timer ends it when the parent is gone too.
setTimeout(() => process.exit(3), 11 * 60_000).unref();

export const coldConfig = () => ({
  url: process.env.BENCH_URL ?? '',
  token: process.env.BENCH_TOKEN ?? '',
  runId: process.env.BENCH_RUN ?? '',
});

export async function firstCall(readyMs: number, call: () => Promise<{ id: string } | undefined>): Promise<void> {
  const { runId } = coldConfig();
  try {
    const run = await call();
    const doneMs = performance.now();
    if (run?.id !== runId) throw new Error(`expected run ${runId}, got ${JSON.stringify(run)?.slice(0, 200)}`);
    const result = { readyMs, callMs: doneMs - readyMs, doneMs, endEpochMs: performance.timeOrigin + doneMs };
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`, () => process.exit(0));
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
