// Prints one closing line, "N passed, N failed", summed over every JSON report in a package's `.reports/` folder: the
// vitest reports of `pnpm test` (vitest.json) and of the runs on Node 22 and 24 (vitest-node22.json, …), the steps of
// `pnpm test:pack` (tools/pack-test/.reports/pack-test.json) and the contracts of `pnpm test:contract`
// (tools/contract/.reports/contract.json), all with the same counters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'tools']) {
  for (const name of readdirSync(path.join(root, group))) {
    const reports = path.join(root, group, name, '.reports');
    if (!existsSync(reports)) continue;
    for (const file of readdirSync(reports).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(path.join(reports, file), 'utf8'));
      if (typeof data.numPassedTests !== 'number') continue;
      passed += data.numPassedTests;
      failed += data.numFailedTests;
      skipped += data.numPendingTests + data.numTodoTests;
    }
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
