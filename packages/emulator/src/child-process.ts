import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Options of {@link spawnEmulator}. */
export interface SpawnEmulatorOptions {
  /**
   * Command-line flags of `apify-runs-emulator`, e.g. `['--seed', 'demo', '--token', 't']`. `--port 0` and
   * `--exit-on-stdin-end` are added: the child stops when this process ends, even if `close()` is never called.
   */
  args?: string[];
  /** Where the child's stderr goes; default `inherit`. */
  stderr?: 'inherit' | 'ignore';
}

/** An emulator running in a child process. */
export interface EmulatorProcess {
  /** Base URL, e.g. `http://127.0.0.1:53211`. */
  url: string;
  child: ChildProcess;
  /**
   * Calls the admin API (`/__emulator/...`, see the README) and returns its `data`; throws with the status and body
   * on an error answer. `path` starts after `/__emulator`, e.g. `/runs`.
   */
  admin<T = unknown>(path: string, body?: unknown, method?: string): Promise<T>;
  /** Stops the child with SIGTERM and waits for it to exit. */
  close(): Promise<void>;
}

/** `cli.js` next to this module; under vitest (TypeScript sources) `cli.ts` through tsx. */
function cliCommand(): string[] {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? ['--import', 'tsx', join(dirname(here), 'cli.ts')] : [join(dirname(here), 'cli.js')];
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * Starts `apify-runs-emulator` in a child process and resolves once it listens. For harnesses that must not share the
 * emulator's event loop or memory: benchmarks, memory measurements, clients in another runtime. In-process tests are
 * simpler with `startEmulator`.
 *
 * @example
 * ```ts
 * const emulator = await spawnEmulator({ args: ['--token', 'test_token'] });
 * const { run } = await emulator.admin<AdminRunResult>('/runs', { actorId: 'demo~my-actor', status: 'SUCCEEDED' });
 * await emulator.close();
 * ```
 */
export async function spawnEmulator(options: SpawnEmulatorOptions = {}): Promise<EmulatorProcess> {
  // stdin is a pipe the child watches (`--exit-on-stdin-end`): when this process ends, however it ends (a test
  // runner's timeout, a crash, SIGKILL), the pipe closes and the child stops, so no emulator outlives its parent.
  const child = spawn(
    process.execPath,
    [...cliCommand(), '--port', '0', '--exit-on-stdin-end', ...(options.args ?? [])],
    { stdio: ['pipe', 'pipe', options.stderr ?? 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  let first: string;
  try {
    first = await Promise.race([
      once(lines, 'line').then(([line]) => line as string),
      once(child, 'exit').then(([code]) => {
        throw new Error(`apify-runs-emulator exited with ${code} before listening`);
      }),
    ]);
  } finally {
    lines.close();
  }
  child.stdout?.resume();
  const url = /^listening on (\S+)$/.exec(first)?.[1];
  if (!url) {
    await stop(child);
    throw new Error(`unexpected first line from apify-runs-emulator: ${first}`);
  }
  return {
    url,
    child,
    async admin<T>(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> {
      const response = await fetch(`${url}/__emulator${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} /__emulator${path}: ${response.status} ${text}`);
      return (text ? (JSON.parse(text) as { data: T }).data : undefined) as T;
    },
    close: () => stop(child),
  };
}
