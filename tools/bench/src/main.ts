/**
 * `pnpm bench`: runs every workload and writes RESULTS.md next to this package's package.json.
 *
 *   pnpm bench [--reps 7] [--w3-reps 5] [--out RESULTS.md] [--no-w3-both] [--render .reports/results.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BenchResults, DEFAULT_OPTIONS, runBench } from './bench.js';
import { renderResults } from './report.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  // `pnpm bench -- --reps 3` passes the `--` through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    reps: { type: 'string' },
    'w3-reps': { type: 'string' },
    out: { type: 'string' },
    'no-w3-both': { type: 'boolean' },
    /** Re-render RESULTS.md from a saved `--json` file instead of running. */
    render: { type: 'string' },
  },
});

const results: BenchResults = values.render
  ? (JSON.parse(readFileSync(resolve(PACKAGE_DIR, values.render), 'utf8')) as BenchResults)
  : await runBench({
      ...DEFAULT_OPTIONS,
      reps: Number(values.reps ?? DEFAULT_OPTIONS.reps),
      w3Reps: Number(values['w3-reps'] ?? DEFAULT_OPTIONS.w3Reps),
      w3Both: !values['no-w3-both'],
    });
const out = resolve(PACKAGE_DIR, values.out ?? 'RESULTS.md');
writeFileSync(out, renderResults(results));
if (!values.render) {
  // The raw numbers, for re-rendering (`--render .reports/results.json`); git-ignored.
  mkdirSync(resolve(PACKAGE_DIR, '.reports'), { recursive: true });
  writeFileSync(resolve(PACKAGE_DIR, '.reports/results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
console.log(`wrote ${out} (${(results.totalMs / 60_000).toFixed(1)} min)`);
