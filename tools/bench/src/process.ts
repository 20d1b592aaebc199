/**
 * Runs one measured process: `node [nodeFlags] dist/<script> ...args`, and parses its `RESULT {json}` line. The
 * process is killed when `signal` aborts (the smoke test's teardown, Ctrl-C) or after `timeoutMs`, so a run that is
 * given up on leaves nothing behind.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { text } from 'node:stream/consumers';
import { distPath } from './compile.js';

export interface ProcessOptions {
  env?: Record<string, string>;
  /** Flags for `node` itself, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function runProcess<R>(
  script: string,
  args: string[],
  options: ProcessOptions = {},
): Promise<{ result: R; spawnEpochMs: number }> {
  const { env = {}, nodeFlags = [], signal, timeoutMs = 10 * 60_000 } = options;
  const spawnEpochMs = performance.timeOrigin + performance.now();
  const child = spawn(process.execPath, [...nodeFlags, distPath(script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    signal,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const output = Promise.all([text(child.stdout), text(child.stderr)]);
  let exit: [number | null, NodeJS.Signals | null];
  try {
    // Rejects on 'error': the process could not start, or `signal` aborted (it is killed then).
    exit = (await once(child, 'close')) as typeof exit;
  } catch (error) {
    await output.catch(() => undefined);
    throw new Error(`${script} was stopped: ${(error as Error).message}`, { cause: error });
  }
  const [stdout, stderr] = await output;
  const [code, killedBy] = exit;
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (code === 0 && line) return { result: JSON.parse(line.slice('RESULT '.length)) as R, spawnEpochMs };
  const how = code === null ? `a kill (${killedBy}, after the ${timeoutMs} ms timeout?)` : `exit code ${code}`;
  throw new Error(`${script} ${args.join(' ')} ended with ${how}:\n${stderr}${stdout}`);
}
