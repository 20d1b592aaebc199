/**
 * Schemathesis (pinned) against a live emulator with the demo scene: every operation of openapi/dist/openapi.json,
 * a fixed seed, property-based examples plus the coverage and stateful phases, and the checks that make the spec a
 * contract: no 5xx, responses (body, status, content type, headers) as the spec says, invalid requests rejected.
 *
 * Several passes on the same emulator: everything that deletes nothing first, then the DELETE operations (they
 * remove the demo scene's records, requests, storages and run, so they go last; see PASSES). Configuration (demo IDs for path parameters, and the deliberate
 * leniencies that are pinned instead of fuzzed) lives in ../schemathesis/schemathesis.toml. Reports (JUnit XML and
 * the CLI output of each pass) go to ../.reports/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, EmulatorAdmin } from '@apify-runs/emulator';
import { exec } from '@apify-runs/tool-kit/exec';
import { describeCoverage, recordStatuses, specOperationIds } from './coverage.js';
import { CONTRACT_DIR, SPEC_JSON } from './paths.js';
import { type ContractResult, seconds } from './result.js';
import { ensurePinned, venvBin } from './venv.js';

/** Pinned: bump deliberately, then run `pnpm test:contract`. */
export const SCHEMATHESIS_VERSION = '4.32.5';

const ST = venvBin('st');
const CONFIG = join(CONTRACT_DIR, 'schemathesis', 'schemathesis.toml');
const REPORTS = join(CONTRACT_DIR, '.reports');

/**
 * Destructive operations go last, smallest first, so each one still finds what it deletes: records and requests,
 * then the storages, then the run itself. Deleting a lock destroys nothing, so it stays in the first pass, where
 * the stateful phase can lock a request and then unlock it.
 */
// Filters of different kinds select the union of what each selects, so each pass is one operationId regex.
const byId = (regex: string) => ['--include-operation-id-regex', regex];
const PASSES = [
  { name: 'non-destructive', filter: ['--exclude-operation-id-regex', '(?<!_lock)_delete$'], maxTime: 180 },
  { name: 'DELETE records and requests', filter: byId('_(record|request|requests_batch)_delete$'), maxTime: 25 },
  { name: 'DELETE storages', filter: byId('_(dataset|keyValueStore|requestQueue)_delete$'), maxTime: 15 },
  { name: 'DELETE run', filter: byId('^actorRun_delete$'), maxTime: 10 },
] as const;

/**
 * Reads what matters from `st run` output: the number of operations tested, the closing verdict line
 * ("3 failures, 2 warnings in 180.02s"), and the failing operations, each followed by its check codes and errors.
 */
export function summarizeRun(output: string): { tested?: string; verdict?: string; failures: string[] } {
  const failures = output
    .split('\n')
    .filter((line) => /^_{3,} .+ _{3,}$|^- ST\d+ |^(Runtime Error|[A-Z]\w+Error:)/.test(line))
    .map((line) => line.replace(/^_+ | _+$/g, '').trim());
  return {
    tested: /Tested:\s+(\d+)/.exec(output)?.[1],
    verdict: /=+ (.+ in [\d.]+s) =+\s*$/m.exec(output)?.[1],
    failures,
  };
}

/**
 * Runs the demo scene lacks for a 2xx from every operation, in an Actor of their own (schemathesis.toml points the
 * operations at them):
 * - `ContractRunning01` stays RUNNING, for metamorph and reboot (the demo's running run succeeds within seconds). It
 *   is the Actor's last run, so the last-run group reaches it too.
 * - `ContractFinished1` (SUCCEEDED, started earlier) for resurrect and abort, which flip it between RUNNING and
 *   finished, so that the demo's finished run stays finished and can be deleted in the last pass.
 */
function addContractRuns(admin: EmulatorAdmin): void {
  admin.createActor({ name: 'contract-running' });
  admin.createRun({
    actorId: 'demo~contract-running',
    id: 'ContractFinished1',
    status: 'SUCCEEDED',
    startedAt: new Date('2020-01-01T00:00:00.000Z'),
  });
  admin.createRun({ actorId: 'demo~contract-running', id: 'ContractRunning01', status: 'RUNNING' });
}

export async function runSchemathesis(url: string, token: string, emulator: Emulator): Promise<ContractResult> {
  const details: string[] = [];
  const result = (outcome: ContractResult['result'], message?: string): ContractResult => ({
    name: 'schemathesis',
    operations: specOperationIds(),
    result: outcome,
    details: message ? [...details, message] : details,
  });

  // 1. venv + pinned schemathesis (the venv is shared with the Python client contract)
  const venv = await ensurePinned('schemathesis', SCHEMATHESIS_VERSION);
  if (!venv.ok) return result(venv.stage === 'venv' ? 'SKIPPED' : 'FAILED', venv.message);
  details.push(`venv + schemathesis ${SCHEMATHESIS_VERSION}: ${seconds(venv.ms)}`);

  // 2. the passes, with the emulator's answers recorded per operation (src/coverage.ts)
  mkdirSync(REPORTS, { recursive: true });
  let failed = false;
  addContractRuns(emulator.admin);
  const coverage = recordStatuses(emulator.server);
  for (const pass of PASSES) {
    const slug = pass.name.toLowerCase().replace(/[^a-z]+/g, '-');
    const args = [
      '--config-file',
      CONFIG,
      'run',
      SPEC_JSON,
      '--url',
      url,
      '-H',
      `Authorization: Bearer ${token}`,
      '--seed',
      '42',
      '--max-examples',
      '20',
      // One worker: with two, Hypothesis parses lambda sources on two threads at once and CPython 3.11's
      // ast.parse can fail with "AST constructor recursion depth mismatch" (a thread-safety bug in 3.11).
      '--workers',
      '1',
      '--max-time',
      String(pass.maxTime),
      '--request-timeout',
      '20',
      ...pass.filter,
      '--no-color',
      '--report',
      'junit',
      '--report-junit-path',
      join(REPORTS, `schemathesis-${slug}.xml`),
      '--report-dir',
      REPORTS,
    ];
    const run = await exec(ST, args, { cwd: CONTRACT_DIR, timeoutMs: (pass.maxTime + 120) * 1000 });
    const output = `${run.stdout}${run.stderr}`;
    writeFileSync(join(REPORTS, `schemathesis-${slug}.txt`), output.replaceAll(token, '[token]'));
    const summary = summarizeRun(output);
    details.push(
      `pass ${pass.name}: ${summary.tested ?? '?'} operations, ${summary.verdict ?? `exit code ${run.code}`} (${seconds(run.ms)})`,
    );
    if (run.code !== 0) {
      failed = true;
      details.push(...summary.failures.map((line) => `  ${line}`));
    }
  }
  coverage.stop();
  details.push(...describeCoverage(coverage));
  // Independent of schemathesis' own check: any 5xx the emulator answered is a failure.
  if ([...coverage.statuses.values()].some((codes) => [...codes].some((code) => code >= 500))) failed = true;
  details.push(`reports: ${REPORTS}`);
  return result(failed ? 'FAILED' : 'PASSED');
}
