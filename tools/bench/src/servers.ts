/**
 * The servers of the benchmark, each in its own child process so the client processes measure only themselves:
 * the emulator (`spawnEmulator`), set up through its admin API, and the static server (`static-server.ts`) primed
 * from it. A `ServerPool` starts each kind once per dataset size, on first use, and stops them all at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { type AdminRunResult, spawnEmulator } from '@apify-runs/emulator';

export const TOKEN = 'bench_token';

export type ServerKind = 'emulator' | 'static';

export interface BenchServer {
  kind: ServerKind;
  url: string;
  runId: string;
  close(): Promise<void>;
}

/** What a static server with items is primed with (pages of `pageSize` and/or one body) and how it answers. */
export interface StaticServe {
  pageSize?: number;
  /** Also serve every item in one `format=json` body (no `offset`, no `limit`). */
  whole?: boolean;
  /** Hold every answer this many ms (W5: a server far away); default 0. */
  delayMs?: number;
}

/**
 * Spawns `node <script> ...args` and resolves with the URL of its first stdout line, `listening on URL`. Its stdin is
 * a pipe it watches: the server exits when this process does, even when this process is killed.
 */
async function spawnListening(script: string, args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  try {
    const first = await Promise.race([
      once(lines, 'line').then(([line]) => line as string),
      once(child, 'exit').then(([code]) => {
        throw new Error(`${script} exited with ${code} before listening`);
      }),
    ]);
    const url = /^listening on (\S+)$/.exec(first)?.[1];
    if (!url) throw new Error(`unexpected output of ${script}: ${first}`);
    child.stdout?.resume();
    return { url, child };
  } catch (error) {
    await stop(child);
    throw error;
  } finally {
    lines.close();
  }
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
    return { kind: 'emulator', url: emulator.url, runId: run.id, close: () => emulator.close() };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}

/** The static server, primed from a running emulator (which it no longer needs once it listens). */
export async function startStaticServer(
  staticScript: string,
  from: BenchServer,
  serve: StaticServe = {},
): Promise<BenchServer> {
  const config = { from: from.url, token: TOKEN, runId: from.runId, ...serve };
  const { url, child } = await spawnListening(staticScript, [JSON.stringify(config)]);
  return { kind: 'static', url, runId: from.runId, close: () => stop(child) };
}

/**
 * Servers started on first use and kept until `close()`: one emulator per dataset size, and one static server per
 * dataset size and `StaticServe`, primed from that emulator. Workloads that need the same server share it (W1, W2,
 * W4 and the probe need no items; W3's page loop and one-request download share theirs), so the emulator generates
 * each dataset once (W5's delayed server is primed from W3's emulator when the sizes match).
 */
export class ServerPool {
  private readonly servers = new Map<string, Promise<BenchServer>>();

  constructor(private readonly staticScript: string) {}

  /** `serve` applies to static servers holding items; without items a static server serves the run only. */
  get(kind: ServerKind, items = 0, serve: StaticServe = {}): Promise<BenchServer> {
    const served = kind === 'static' && items > 0 ? serve : {};
    const key = JSON.stringify([kind, items, served.pageSize, served.whole, served.delayMs]);
    let server = this.servers.get(key);
    if (!server) {
      server =
        kind === 'emulator'
          ? startEmulatorServer(items)
          : this.get('emulator', items).then((emulator) => startStaticServer(this.staticScript, emulator, served));
      this.servers.set(key, server);
    }
    return server;
  }

  /** Stops every server started (those that failed to start have stopped already). */
  async close(): Promise<void> {
    const started = await Promise.allSettled(this.servers.values());
    this.servers.clear();
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  }
}
