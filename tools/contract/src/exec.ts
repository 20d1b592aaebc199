/**
 * Async process helper. Never use spawnSync here: the emulator runs in this process, and a synchronous child
 * would block its event loop while the child talks to it.
 */
import { spawn } from 'node:child_process';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function exec(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ExecResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: `${stderr}${error.message}`, ms: performance.now() - started });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** The result of one contract run (a generated client, or schemathesis), as main.ts prints it. */
export interface ContractResult {
  name: string;
  /** The distinct operationIds exercised, e.g. `actorRun_get`. */
  operations: string[];
  result: 'PASSED' | 'FAILED' | 'SKIPPED';
  /** Human-readable lines: what ran, timings, failures, what is missing. */
  details: string[];
}

/**
 * Parses the `ok   <check> <detail>` / `FAIL <check> <reason>` lines the check programs print; a check is named by
 * the operationIds it calls, joined with `+`. `operations` is the distinct operationIds over all checks.
 */
export function parseCheckOutput(stdout: string): {
  passed: string[];
  failed: string[];
  lines: string[];
  operations: string[];
} {
  const passed: string[] = [];
  const failed: string[] = [];
  const lines = stdout.split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    const match = /^(ok|FAIL)\s+(\S+)/.exec(line);
    if (!match?.[2]) continue;
    (match[1] === 'ok' ? passed : failed).push(match[2]);
  }
  const operations = [...new Set([...passed, ...failed].flatMap((check) => check.split('+')))];
  return { passed, failed, lines, operations };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
