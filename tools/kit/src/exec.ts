/**
 * Runs a command to its end and collects what it printed. Asynchronous on purpose: a tool that serves the emulator
 * in its own process must not block its event loop while the child talks to it (spawnSync would).
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ExecResult {
  /** Exit code; null when it was killed (timeout, signal) or could not start (then `stderr` says why). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, in the order they arrived (what a terminal would have shown). */
  output: string;
  ms: number;
  /** Whether it was killed because `timeoutMs` passed. */
  timedOut: boolean;
}

export interface ExecOptions {
  cwd?: string;
  /** Added to this process's environment; a key set to `undefined` is removed from it. */
  env?: Record<string, string | undefined>;
  /** `false`: the child gets `env` alone, not this process's environment with `env` added. Default `true`. */
  inheritEnv?: boolean;
  /** Killed with SIGKILL after this long; default 4 minutes. A safety net, not a measure. */
  timeoutMs?: number;
  /** Killed with SIGKILL when this aborts (a test's teardown, a caller that gave up). */
  signal?: AbortSignal;
  /** Called with each piece of stdout as it arrives, for callers that react to what the child prints. */
  onStdout?: (chunk: string) => void;
}

/** Children still running; all of them are killed when this process exits, however a test run ends. */
const running = new Set<ChildProcess>();
let exitHook = false;

/** Kills (SIGKILL) every child `exec` started that is still running: for a test's teardown. */
export function stopChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

export function exec(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = options.inheritEnv === false ? {} : { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  if (!exitHook) {
    exitHook = true;
    process.once('exit', stopChildren);
  }
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      output += chunk;
      options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      output += chunk;
    });
    let timedOut = false;
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs ?? 240_000);
    if (options.signal?.aborted) kill();
    options.signal?.addEventListener('abort', kill, { once: true });
    const done = (code: number | null, extra = '') => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', kill);
      running.delete(child);
      const ms = performance.now() - started;
      resolve({ code, stdout, stderr: `${stderr}${extra}`, output: `${output}${extra}`, ms, timedOut });
    };
    child.on('error', (error) => done(null, error.message));
    child.on('close', (code) => done(code));
  });
}
