/**
 * Runs a command to its end and collects what it printed. Asynchronous on purpose: a tool that serves the emulator
 * in its own process must not block its event loop while the child talks to it (spawnSync would).
 */
import { spawn } from 'node:child_process';

export interface ExecResult {
  /** Exit code; null when it was killed (timeout) or could not start (then `stderr` says why). */
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface ExecOptions {
  cwd?: string;
  /** Added to this process's environment; a key set to `undefined` is removed from it. */
  env?: Record<string, string | undefined>;
  /** Killed with SIGKILL after this long; default 4 minutes. */
  timeoutMs?: number;
}

export function exec(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
    const done = (code: number | null, extra = '') => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr: `${stderr}${extra}`, ms: performance.now() - started });
    };
    child.on('error', (error) => done(null, error.message));
    child.on('close', (code) => done(code));
  });
}
