/** Runs a contract's check program against the emulator and turns its `ok`/`FAIL` lines into the contract's result. */
import { exec } from '@apify-runs/tool-kit/exec';
import { type ContractResult, parseCheckOutput, seconds } from './result.js';

export interface CheckProgram {
  /** The contract, e.g. `java`. */
  name: string;
  /** How the details line names it, e.g. `check.py`. */
  label: string;
  command: string;
  args?: string[];
  /** Added to APIFY_RUNS_URL and APIFY_RUNS_TOKEN. */
  env?: Record<string, string>;
}

/** PASSED when the program exits 0 after at least one `ok` and no `FAIL`; `details` gets its lines. */
export async function runCheckProgram(
  program: CheckProgram,
  url: string,
  token: string,
  details: string[],
): Promise<ContractResult> {
  const run = await exec(program.command, program.args ?? [], {
    env: { APIFY_RUNS_URL: url, APIFY_RUNS_TOKEN: token, ...program.env },
    timeoutMs: 120_000,
  });
  const { passed, failed, lines, operations } = parseCheckOutput(run.stdout);
  details.push(`${program.label}: ${seconds(run.ms)}`, ...lines);
  if (run.stderr.trim()) details.push(run.stderr.trim());
  const ok = run.code === 0 && failed.length === 0 && passed.length > 0;
  return { name: program.name, operations, result: ok ? 'PASSED' : 'FAILED', details };
}
