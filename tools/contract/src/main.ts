/**
 * `pnpm test:contract`: proves the bundled spec works as a contract for other languages. For each language it
 * starts one fresh emulator in-process (demo scene), generates a client from openapi/dist/openapi.json with a pinned
 * generator, runs a small program with it against the emulator, and prints a summary table. A language whose
 * toolchain is missing is SKIPPED with what it needs (set CONTRACT_REQUIRE_ALL=1 to make that a failure, as CI does
 * where the toolchains are installed). Schemathesis runs last (src/schemathesis.ts).
 *
 * `pnpm test:contract [python] [go] [schemathesis]` runs only the named contracts (all of them by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Emulator, startEmulator } from '@apify-runs/emulator';
import { runGo } from './go.js';
import { CONTRACT_DIR } from './paths.js';
import { runPython } from './python.js';
import { type ContractResult, seconds } from './result.js';
import { runSchemathesis } from './schemathesis.js';
import { detectGo, detectPython } from './toolchains.js';

const TOKEN = 'apify_demo_token';
const REPORTS = join(CONTRACT_DIR, '.reports');

type Runner = (url: string, token: string, emulator: Emulator) => Promise<ContractResult>;

/** Runs one contract against its own fresh emulator, so runs do not see each other's writes or finished runs. */
async function withEmulator(name: string, runner: Runner): Promise<ContractResult & { ms: number }> {
  const started = performance.now();
  const emulator = await startEmulator({ seed: 'demo', tokens: [TOKEN] });
  try {
    return { ...(await runner(emulator.url, TOKEN, emulator)), ms: performance.now() - started };
  } catch (error) {
    return {
      name,
      operations: [],
      result: 'FAILED',
      details: [String((error as Error).stack ?? error)],
      ms: performance.now() - started,
    };
  } finally {
    await emulator.close();
  }
}

const skipped = (name: string, missing: string): ContractResult & { ms: number } => ({
  name,
  operations: [],
  result: 'SKIPPED',
  details: [missing],
  ms: 0,
});

const CONTRACTS = ['python', 'go', 'schemathesis'] as const;

function selectedContracts(args: string[]): Set<string> {
  const unknown = args.filter((arg) => !(CONTRACTS as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    throw new Error(`unknown contract ${unknown.join(', ')}: choose from ${CONTRACTS.join(', ')}`);
  }
  return new Set(args.length > 0 ? args : CONTRACTS);
}

/** `.reports/contract.json` (or $CONTRACT_REPORT), one entry per contract, with the counters tools/ci-summary.mjs sums over all suites. */
function writeReport(results: ContractResult[], requireAll: boolean): void {
  const count = (result: ContractResult['result']) => results.filter((r) => r.result === result).length;
  const skipped = count('SKIPPED');
  const report = {
    numPassedTests: count('PASSED'),
    numFailedTests: count('FAILED') + (requireAll ? skipped : 0),
    numPendingTests: requireAll ? 0 : skipped,
    numTodoTests: 0,
    contracts: results.map(({ name, result, operations }) => ({ name, result, operations: operations.length })),
  };
  const file = process.env.CONTRACT_REPORT ?? join(REPORTS, 'contract.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const selected = selectedContracts(process.argv.slice(2));
  const [python, go] = await Promise.all([detectPython(), detectGo()]);
  console.log(
    `toolchains: python ${python.available ? python.version : 'MISSING'}, go ${go.available ? go.version : 'MISSING'}`,
  );
  const results: Array<ContractResult & { ms: number }> = [];

  const report = (result: ContractResult & { ms: number }): void => {
    results.push(result);
    console.log(`\n── ${result.name}: ${result.result} (${seconds(result.ms)})`);
    for (const line of result.details) console.log(`   ${line.replaceAll('\n', '\n   ')}`);
  };

  if (selected.has('python')) {
    report(
      python.available
        ? await withEmulator('python', (url, token) => runPython(url, token, python))
        : skipped('python', python.missing ?? 'python3'),
    );
  }
  if (selected.has('go')) report(go.available ? await withEmulator('go', runGo) : skipped('go', go.missing ?? 'go'));
  // Schemathesis against the same kind of fresh emulator (src/schemathesis.ts); it shares the Python venv.
  if (selected.has('schemathesis')) {
    report(
      python.available
        ? await withEmulator('schemathesis', runSchemathesis)
        : skipped('schemathesis', python.missing ?? 'python3'),
    );
  }

  const rows = results.map((r) => [
    r.name,
    r.result === 'SKIPPED' ? '—' : String(r.operations.length),
    r.result,
    r.result === 'SKIPPED' ? '—' : seconds(r.ms),
  ]);
  const header = ['language', 'operations exercised', 'result', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  for (const row of rows) console.log(line(row));
  console.log(`total ${seconds(performance.now() - started)}`);

  const requireAll = process.env.CONTRACT_REQUIRE_ALL === '1';
  writeReport(results, requireAll);
  for (const r of results.filter((r) => r.result === 'SKIPPED')) {
    console.log(`${requireAll ? 'error' : 'note'}: ${r.name} was SKIPPED: ${r.details[0]}`);
  }
  const failed = results.filter((r) => r.result === 'FAILED' || (requireAll && r.result === 'SKIPPED'));
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: Error) => {
  console.error(`test:contract: ${error.message}`);
  return 2;
});
