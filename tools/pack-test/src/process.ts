import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';

export interface CommandResult {
  code: number | null;
  output: string;
}

/**
 * The environment of every command the pack test runs: without the `npm_config_*` that pnpm exports to scripts (they
 * would point npm at the workspace), and with `nodeDir` first on PATH, so `npm`, `npx`, `tsc` and the emulator's
 * `#!/usr/bin/env node` bin all run on the Node version under test, as they would for a user who has that Node.
 */
export function cleanEnv(nodeDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(config|package|lifecycle)_/i.test(key) && key.toLowerCase() !== 'npm_config_registry') continue;
    env[key] = value;
  }
  return {
    ...env,
    PATH: `${nodeDir}${path.delimiter}${env.PATH ?? ''}`,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

/** Runs a command with exactly `env` (see `cleanEnv`); `output` is stdout and stderr as they arrived. */
export async function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 300_000,
): Promise<CommandResult> {
  const result = await exec(command, args, { cwd, env, inheritEnv: false, timeoutMs });
  const note = result.timedOut ? `\n[pack-test] timed out after ${timeoutMs} ms` : '';
  return { code: result.code, output: `${result.output}${note}` };
}

/** Runs a command and returns what it printed; throws with the last 40 lines when it exits with another code than 0. */
export async function must(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${result.code}:\n${tail}`);
  }
  return result.output;
}

const EMULATOR_START_TIMEOUT_MS = 20_000;
/** Emulators started and not yet stopped, for the clean-up on a signal. */
const running = new Set<ChildProcess>();

/** Starts the installed `apify-runs-emulator` bin and resolves with the URL of its `listening on` line. */
export function startEmulatorBin(
  project: string,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; url: Promise<string> } {
  const bin = path.join(project, 'node_modules', '.bin', 'apify-runs-emulator');
  const child = spawn(bin, ['--port', '0', '--seed', 'demo'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = new Promise<string>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`no "listening on" line within ${EMULATOR_START_TIMEOUT_MS} ms:\n${stdout}${stderr}`)),
      EMULATOR_START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^listening on (http:\/\/\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${signal ?? code}) before listening:\n${stdout}${stderr}`));
    });
  });
  return { child, url };
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** Stops every emulator still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stop(child)));
}
