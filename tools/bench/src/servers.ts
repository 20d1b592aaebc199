/**
 * The servers of the benchmark, each in its own child process so the client processes measure only themselves:
 * the emulator (`spawnEmulator`), set up through its admin API, and optionally the static
 * server (`static-server.ts`) primed from it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { type AdminRunResult, spawnEmulator } from '@apify-runs/emulator';

export const TOKEN = 'bench_token';

export interface BenchServer {
  kind: 'emulator' | 'static';
  url: string;
  runId: string;
  close(): Promise<void>;
}

/** Servers started and not yet closed; `closeServers()` stops them (a test's teardown). */
const open = new Set<BenchServer>();

/** Closes every server still running. */
export async function closeServers(): Promise<void> {
  await Promise.all([...open].map((server) => server.close()));
}

function tracked(server: BenchServer): BenchServer {
  open.add(server);
  const close = server.close;
  return Object.assign(server, {
    close: async () => {
      open.delete(server);
      await close();
    },
  });
}

/**
 * Spawns `node <script> ...args` and resolves with the URL of its first stdout line, `listening on URL`. Its stdin
 * is a pipe it watches, so it stops when this process ends, however that happens.
 */
async function spawnListening(script: string, args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => line as string),
    once(child, 'exit').then(([code]) => {
      throw new Error(`${script} exited with ${code} before listening`);
    }),
  ]);
  const url = /^listening on (\S+)$/.exec(first)?.[1];
  if (!url) throw new Error(`unexpected output of ${script}: ${first}`);
  lines.close();
  child.stdout?.resume();
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** The emulator in a child process with one SUCCEEDED run whose dataset holds `items` generated products. */
export async function startEmulatorServer(items = 0): Promise<BenchServer> {
  const emulator = await spawnEmulator({ args: ['--token', TOKEN] });
  try {
    await emulator.admin('/actors', { name: 'bench' });
    const { run, datasetId } = await emulator.admin<AdminRunResult>('/runs', {
      actorId: 'demo~bench',
      status: 'SUCCEEDED',
    });
    if (items > 0) await emulator.admin(`/datasets/${datasetId}/generate`, { count: items });
    return tracked({ kind: 'emulator', url: emulator.url, runId: run.id, close: () => emulator.close() });
  } catch (error) {
    await emulator.close();
    throw error;
  }
}

/** The static server, primed from a temporary emulator (stopped once the answers are copied). */
export async function startStaticServer(staticScript: string, items = 0, pageSize?: number): Promise<BenchServer> {
  const emulator = await startEmulatorServer(items);
  try {
    const config = { from: emulator.url, token: TOKEN, runId: emulator.runId, ...(items > 0 ? { pageSize } : {}) };
    const { url, child } = await spawnListening(staticScript, [JSON.stringify(config)]);
    return tracked({ kind: 'static', url, runId: emulator.runId, close: () => stop(child) });
  } finally {
    await emulator.close();
  }
}
