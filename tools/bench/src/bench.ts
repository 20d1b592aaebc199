/**
 * The benchmark orchestrator. Per workload it starts ONE server child process, then for every repetition spawns a
 * FRESH process per client (plain `node` on the compiled runner), in round-robin order (repetition r starts with
 * client r mod n), and collects each process's `RESULT` line. Nothing is measured in this process.
 */

import { performance } from 'node:perf_hooks';
import { exec } from '@apify-runs/tool-kit/exec';
import { type BundleSize, bundleSizes } from './bundle.js';
import { compileProcesses, distPath } from './compile.js';
import type { ItemsResult, RequestsResult, RunnerConfig } from './harness.js';
import { type Machine, machine } from './machine.js';
import { type BenchServer, startEmulatorServer, startStaticServer, TOKEN } from './servers.js';

export type ServerKind = 'emulator' | 'static';

export interface BenchOptions {
  /** Repetitions of W1, W2 and W4. */
  reps: number;
  /** Repetitions of W3. */
  w3Reps: number;
  w1: { requests: number; warmup: number };
  w2: { concurrency: number; rounds: number };
  w3: { items: number; pageSize: number };
  servers: { w1: ServerKind; w2: ServerKind; w3: ServerKind; w4: ServerKind };
  /** Also run W3 on the other server kind (reported as a second table). */
  w3Both: boolean;
  /** Sequential raw-fetch GETs sent to each server kind to compare their cost (0: skip). */
  probeRequests: number;
  log?: (line: string) => void;
  /** Stops the run: the child process running now is killed, nothing more starts (a test's teardown). */
  signal?: AbortSignal;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  reps: 7,
  w3Reps: 5,
  w1: { requests: 2000, warmup: 20 },
  w2: { concurrency: 200, rounds: 10 },
  w3: { items: 1_000_000, pageSize: 10_000 },
  servers: { w1: 'static', w2: 'static', w3: 'static', w4: 'emulator' },
  w3Both: true,
  probeRequests: 2000,
};

export interface ClientSpec {
  id: string;
  label: string;
  script: string;
  variant?: 'pages' | 'iterate' | 'iterate-pages';
}

export const CLIENTS: ClientSpec[] = [
  { id: 'raw', label: 'raw fetch', script: 'runners/raw.js' },
  { id: 'apify-client', label: 'apify-client', script: 'runners/apify-client.js' },
  { id: 'ours', label: '@apify-runs/client', script: 'runners/ours.js' },
];

export const W3_CLIENTS: ClientSpec[] = [
  { id: 'raw', label: 'raw fetch, page loop', script: 'runners/raw.js', variant: 'pages' },
  {
    id: 'apify-client',
    label: 'apify-client `listItems` page loop',
    script: 'runners/apify-client.js',
    variant: 'pages',
  },
  { id: 'ours-pages', label: '@apify-runs/client `listItems` page loop', script: 'runners/ours.js', variant: 'pages' },
  { id: 'ours', label: '@apify-runs/client `iterateItems`', script: 'runners/ours.js', variant: 'iterate' },
  {
    id: 'ours-item-pages',
    label: '@apify-runs/client `iterateItemPages` (extra)',
    script: 'runners/ours.js',
    variant: 'iterate-pages',
  },
];

export const COLD_CLIENTS: ClientSpec[] = [
  { id: 'raw', label: 'raw fetch', script: 'cold/raw.js' },
  { id: 'apify-client', label: 'apify-client', script: 'cold/apify-client.js' },
  { id: 'ours', label: '@apify-runs/client', script: 'cold/ours.js' },
];

export interface ColdResult {
  /** From just before `spawn()` in the parent to the first call's completion in the child. */
  spawnToDoneMs: number;
  /** Child's clock: node boot + imports, until the module body ran. */
  readyMs: number;
  /** Child's clock: client construction + the first call. */
  callMs: number;
}

export interface Sample<R> {
  rep: number;
  /** Position in this repetition's order (0 = first). */
  position: number;
  client: string;
  result: R;
}

export interface WorkloadRun<R> {
  server: ServerKind;
  clients: ClientSpec[];
  reps: number;
  samples: Sample<R>[];
  ms: number;
}

export interface BenchResults {
  machine: Machine;
  options: Omit<BenchOptions, 'log'>;
  probe?: { server: ServerKind; msPerRequest: number; cpuUsPerRequest: number }[];
  w1: WorkloadRun<RequestsResult>;
  w2: WorkloadRun<RequestsResult>;
  w3: WorkloadRun<ItemsResult>;
  /** W3 again on the other server kind, when `w3Both`. */
  w3Other?: WorkloadRun<ItemsResult>;
  w4: WorkloadRun<ColdResult>;
  bundle: BundleSize[];
  totalMs: number;
}

/** Spawns `node <script>` and resolves with the parsed `RESULT` line and the epoch time of the spawn. */
export async function runProcess<R>(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  { timeoutMs = 10 * 60_000, signal }: { timeoutMs?: number; signal?: AbortSignal | undefined } = {},
): Promise<{ result: R; spawnEpochMs: number }> {
  signal?.throwIfAborted();
  const spawnEpochMs = performance.timeOrigin + performance.now();
  const { code, stdout, stderr } = await exec(process.execPath, [distPath(script), ...args], {
    env,
    timeoutMs,
    ...(signal ? { signal } : {}),
  });
  signal?.throwIfAborted();
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (code !== 0 || !line) {
    throw new Error(`${script} ${args.join(' ')} ended with ${code ?? 'a kill (timeout)'}:\n${stderr}${stdout}`);
  }
  return { result: JSON.parse(line.slice('RESULT '.length)) as R, spawnEpochMs };
}

/** Repetition r runs the clients starting with client r mod n. */
export const roundRobin = <T>(items: T[], rep: number): T[] => {
  const start = rep % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
};

export async function startServer(kind: ServerKind, items = 0, pageSize?: number): Promise<BenchServer> {
  return kind === 'static'
    ? startStaticServer(distPath('static-server.js'), items, pageSize)
    : startEmulatorServer(items);
}

async function runWorkload<R>(
  name: string,
  kind: ServerKind,
  clients: ClientSpec[],
  reps: number,
  items: number,
  pageSize: number | undefined,
  measure: (client: ClientSpec, server: BenchServer) => Promise<R>,
  log: (line: string) => void,
): Promise<WorkloadRun<R>> {
  const started = performance.now();
  const server = await startServer(kind, items, pageSize);
  log(`${name}: ${kind} at ${server.url} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const samples: Sample<R>[] = [];
  try {
    for (let rep = 0; rep < reps; rep++) {
      const order = roundRobin(clients, rep);
      const parts: string[] = [];
      for (const [position, client] of order.entries()) {
        const result = await measure(client, server);
        samples.push({ rep, position, client: client.id, result });
        parts.push(`${client.id} ${summarize(result)}`);
      }
      log(`${name} rep ${rep + 1}/${reps}: ${parts.join(' | ')}`);
    }
  } finally {
    await server.close();
  }
  return { server: kind, clients, reps, samples, ms: performance.now() - started };
}

function summarize(result: unknown): string {
  const r = result as Partial<RequestsResult & ItemsResult & ColdResult>;
  if (r.spawnToDoneMs !== undefined) return `${r.spawnToDoneMs.toFixed(0)} ms`;
  if (r.itemsPerSec !== undefined) return `${(r.ms ?? 0).toFixed(0)} ms ${((r.peakRss ?? 0) / 2 ** 20).toFixed(0)} MB`;
  return `${(r.totalMs ?? 0).toFixed(0)} ms`;
}

export async function runBench(options: BenchOptions = DEFAULT_OPTIONS): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => console.log(line));
  const run = <R>(script: string, args: string[], env: Record<string, string> = {}) =>
    runProcess<R>(script, args, env, { signal: options.signal });
  const started = performance.now();
  await compileProcesses();
  const base = (server: BenchServer) => ({ url: server.url, token: TOKEN, runId: server.runId });
  const config = (
    client: ClientSpec,
    server: BenchServer,
    extra: Partial<RunnerConfig> & Pick<RunnerConfig, 'workload'>,
  ): string[] => [JSON.stringify({ ...base(server), ...extra, variant: client.variant } satisfies RunnerConfig)];

  let probe: BenchResults['probe'];
  if (options.probeRequests > 0) {
    probe = [];
    for (const kind of ['emulator', 'static'] as const) {
      const server = await startServer(kind);
      try {
        const { result } = await run<RequestsResult>(
          'runners/raw.js',
          config(CLIENTS[0] as ClientSpec, server, { workload: 'w1', requests: options.probeRequests, warmup: 20 }),
        );
        probe.push({ server: kind, msPerRequest: result.msPerRequest, cpuUsPerRequest: result.cpuUsPerRequest });
      } finally {
        await server.close();
      }
    }
    log(
      `server probe (raw fetch, sequential): ${probe.map((p) => `${p.server} ${p.msPerRequest.toFixed(3)} ms/request`).join(', ')}`,
    );
  }

  const w1 = await runWorkload(
    'W1',
    options.servers.w1,
    CLIENTS,
    options.reps,
    0,
    undefined,
    async (client, server) =>
      (await run<RequestsResult>(client.script, config(client, server, { workload: 'w1', ...options.w1 }))).result,
    log,
  );

  const w2 = await runWorkload(
    'W2',
    options.servers.w2,
    CLIENTS,
    options.reps,
    0,
    undefined,
    async (client, server) =>
      (await run<RequestsResult>(client.script, config(client, server, { workload: 'w2', ...options.w2, warmup: 1 })))
        .result,
    log,
  );

  const w3Run = (kind: ServerKind) =>
    runWorkload(
      `W3 (${kind})`,
      kind,
      W3_CLIENTS,
      options.w3Reps,
      options.w3.items,
      options.w3.pageSize,
      async (client, server) =>
        (await run<ItemsResult>(client.script, config(client, server, { workload: 'w3', ...options.w3 }))).result,
      log,
    );
  const w3 = await w3Run(options.servers.w3);
  const w3Other = options.w3Both ? await w3Run(options.servers.w3 === 'static' ? 'emulator' : 'static') : undefined;

  const cold = async (client: ClientSpec, server: BenchServer): Promise<ColdResult> => {
    const env = { BENCH_URL: server.url, BENCH_TOKEN: TOKEN, BENCH_RUN: server.runId };
    const { result, spawnEpochMs } = await run<{ readyMs: number; callMs: number; endEpochMs: number }>(
      client.script,
      [],
      env,
    );
    return { spawnToDoneMs: result.endEpochMs - spawnEpochMs, readyMs: result.readyMs, callMs: result.callMs };
  };
  const w4 = await runWorkload('W4', options.servers.w4, COLD_CLIENTS, options.reps + 1, 0, undefined, cold, log);
  // The first repetition only warms the file-system cache (every client loaded once); it is not reported.
  w4.samples = w4.samples.filter((s) => s.rep > 0).map((s) => ({ ...s, rep: s.rep - 1 }));
  w4.reps -= 1;

  const bundle = await bundleSizes();
  log(`bundle: ${bundle.map((b) => `${b.what} ${(b.gzipBytes / 1024).toFixed(1)} kB gzip`).join(', ')}`);

  const { log: _log, signal: _signal, ...recorded } = options;
  return {
    machine: machine(),
    options: recorded,
    probe,
    w1,
    w2,
    w3,
    w3Other,
    w4,
    bundle,
    totalMs: performance.now() - started,
  };
}
