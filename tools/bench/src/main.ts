/**
 * `pnpm bench`: runs every workload and writes RESULTS.md next to this package's package.json; or, with `--profile`,
 * writes a CPU profile of one client's process instead (see the README for every flag).
 *
 *   pnpm bench [--reps 7] [--w3-reps 7] [--w5-reps (as --w3-reps)] [--w1-requests 2000] [--w2-concurrency 200]
 *              [--w2-rounds 10] [--w3-items 1000000] [--w3-page-size 10000] [--w5-items 1000000]
 *              [--w5-page-size 10000] [--w5-delay-ms 50] [--w5-concurrency 4] [--probe-requests 2000] [--no-w3-both]
 *              [--out RESULTS.md]
 *   pnpm bench --render .reports/results.json
 *   pnpm bench --profile ours [--workload w1] [--interval 100] [--top 25]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BenchOptions, type BenchResults, DEFAULT_OPTIONS, runBench, WORKLOAD_CLIENTS } from './bench.js';
import { readProfile, renderProfileSummary, summarizeProfile } from './cpuprofile.js';
import { profileClient } from './profile.js';
import { renderResults } from './report.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = resolve(PACKAGE_DIR, '.reports');

const { values } = parseArgs({
  // `pnpm bench -- --reps 3` passes the `--` through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    reps: { type: 'string' },
    'w3-reps': { type: 'string' },
    'w1-requests': { type: 'string' },
    'w2-concurrency': { type: 'string' },
    'w2-rounds': { type: 'string' },
    'w3-items': { type: 'string' },
    'w3-page-size': { type: 'string' },
    'w5-reps': { type: 'string' },
    'w5-items': { type: 'string' },
    'w5-page-size': { type: 'string' },
    'w5-delay-ms': { type: 'string' },
    'w5-concurrency': { type: 'string' },
    'probe-requests': { type: 'string' },
    out: { type: 'string' },
    'no-w3-both': { type: 'boolean' },
    /** Re-render RESULTS.md from a saved results file instead of running. */
    render: { type: 'string' },
    profile: { type: 'string' },
    workload: { type: 'string' },
    interval: { type: 'string' },
    top: { type: 'string' },
  },
});

/** A whole number ≥ `min` from a flag, or the default; anything else ends the run with a clear message. */
function count(flag: keyof typeof values, fallback: number, min = 1): number {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isSafeInteger(n) || n < min) {
    console.error(`--${flag} wants a whole number ≥ ${min}, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}

const d = DEFAULT_OPTIONS;
const w3Reps = count('w3-reps', d.w3Reps);
const options: BenchOptions = {
  ...d,
  reps: count('reps', d.reps),
  w3Reps,
  w5Reps: count('w5-reps', values['w3-reps'] === undefined ? d.w5Reps : w3Reps),
  w1: { ...d.w1, requests: count('w1-requests', d.w1.requests) },
  w2: { concurrency: count('w2-concurrency', d.w2.concurrency), rounds: count('w2-rounds', d.w2.rounds) },
  w3: { items: count('w3-items', d.w3.items), pageSize: count('w3-page-size', d.w3.pageSize) },
  w5: {
    items: count('w5-items', d.w5.items),
    pageSize: count('w5-page-size', d.w5.pageSize),
    delayMs: count('w5-delay-ms', d.w5.delayMs, 0),
    concurrency: count('w5-concurrency', d.w5.concurrency),
  },
  probeRequests: count('probe-requests', d.probeRequests, 0),
  w3Both: !values['no-w3-both'],
};

// Ctrl-C: kill the running process and stop the servers before exiting.
const abort = new AbortController();
process.once('SIGINT', () => abort.abort(new Error('interrupted')));
options.signal = abort.signal;

if (values.profile) {
  const workload = (values.workload ?? 'w1') as keyof typeof WORKLOAD_CLIENTS;
  if (!(workload in WORKLOAD_CLIENTS)) {
    console.error(`--workload is one of ${Object.keys(WORKLOAD_CLIENTS).join(', ')}, got ${workload}`);
    process.exit(2);
  }
  const intervalUs = count('interval', 100);
  const file = await profileClient({ client: values.profile, workload, outDir: REPORTS, intervalUs }, options);
  console.log(`wrote ${file}\n`);
  console.log(renderProfileSummary(summarizeProfile(readProfile(file)), count('top', 25)));
} else {
  const results: BenchResults = values.render
    ? (JSON.parse(readFileSync(resolve(PACKAGE_DIR, values.render), 'utf8')) as BenchResults)
    : await runBench(options);
  if (!results.w5) {
    console.error(`${values.render} was written by an older \`pnpm bench\` (no W5): run the benchmark again`);
    process.exit(2);
  }
  const profileFile = resolve(PACKAGE_DIR, 'PROFILE.md');
  const profile = existsSync(profileFile) ? readFileSync(profileFile, 'utf8') : undefined;
  const out = resolve(PACKAGE_DIR, values.out ?? 'RESULTS.md');
  writeFileSync(out, renderResults(results, profile));
  if (!values.render) {
    // The raw numbers, for re-rendering (`--render .reports/results.json`); git-ignored.
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(resolve(REPORTS, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  }
  console.log(`wrote ${out} (${(results.totalMs / 60_000).toFixed(1)} min)`);
}
