// Prints one closing line, "N passed, N failed", summed over the vitest JSON reports that `pnpm test` wrote and the
// steps of `pnpm test:pack` (tools/pack-test/.reports/pack-test.json) and the contracts of `pnpm test:contract`
// (tools/contract/.reports/contract.json), both with the same counters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'tools']) {
  for (const name of readdirSync(path.join(root, group))) {
    for (const file of ['vitest.json', 'pack-test.json', 'contract.json']) {
      const report = path.join(root, group, name, '.reports', file);
      if (!existsSync(report)) continue;
      const data = JSON.parse(readFileSync(report, 'utf8'));
      passed += data.numPassedTests;
      failed += data.numFailedTests;
      skipped += data.numPendingTests + data.numTodoTests;
    }
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
