/**
 * Prints a `.cpuprofile` as Markdown: self time per package and the top functions by self time.
 *
 *   pnpm --filter @apify-runs/bench profile:top .reports/ours-w1.cpuprofile [--top 25]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readProfile, renderProfileSummary, summarizeProfile } from './cpuprofile.js';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { top: { type: 'string' } },
  allowPositionals: true,
});
const top = Number(values.top ?? 25);
if (positionals.length !== 1 || !Number.isSafeInteger(top) || top < 1) {
  console.error('usage: profile:top <file.cpuprofile> [--top N]');
  process.exit(2);
}
const file = resolve(positionals[0] as string);
console.log(`${file}\n`);
console.log(renderProfileSummary(summarizeProfile(readProfile(file)), top));
