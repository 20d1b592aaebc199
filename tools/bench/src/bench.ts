/**
 * The benchmark orchestrator. Per workload it takes its server from a pool (each server a child process, started
 * once), then for every repetition spawns a FRESH process per client (plain `node` on the compiled runner), in
 * round-robin order (repetition r starts with client r mod n), and collects each process's `RESULT` line. Nothing
 * is measured in this process.
 */
import { performance } from 'node:perf_hooks';
import { type BundleSize, bundleSizes } from './bundle.js';
import {
  CLIENTS,
  type ClientSpec,
  COLD_CLIENTS,
  REQUEST_CLIENTS,
  W3_BYTES_CLIENTS,
  W3_CLIENTS,
  W5_CLIENTS,
} from './clients.js';
import { compileProcesses, distPath } from './compile.js';
import type { ItemsResult, RequestsResult, RunnerConfig } from './harness.js';
import { type Machine, machine } from './machine.js';
import { type ProcessOptions, runProcess } from './process.js';
import { type BenchServer, type ServerKind, ServerPool, type StaticServe, TOKEN } from './servers.js';

export type { ServerKind } from './servers.js';

export interface BenchOptions {
  /** Repetitions of W1, W2 and W4. */
  reps: number;
  /** Repetitions of each W3 run. */
  w3Reps: number;
  /** Repetitions of W5. */
  w5Reps: number;
  w1: { requests: number; warmup: number };
  w2: { concurrency: number; rounds: number };
  w3: { items: number; pageSize: number };
  /** W5: the items, in pages, from a static server that holds every answer `delayMs`; ours with `concurrency`. */
  w5: { items: number; pageSize: number; delayMs: number; concurrency: number };
  servers: { w1: ServerKind; w2: ServerKind; w3: ServerKind; w4: ServerKind };
  /** Also run W3's page loop on the other server kind (reported as a second table). */
  w3Both: boolean;
  /** Sequential raw-fetch GETs sent to each server kind to compare their cost (0: skip). */
  probeRequests: number;
  log?: (line: string) => void;
  /** Aborting it kills the running process, stops every server and rejects. */
  signal?: AbortSignal;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  reps: 7,
  w3Reps: 7,
  w5Reps: 7,
  w1: { requests: 2000, warmup: 20 },
  w2: { concurrency: 200, rounds: 10 },
  w3: { items: 1_000_000, pageSize: 10_000 },
  w5: { items: 1_000_000, pageSize: 10_000, delayMs: 50, concurrency: 4 },
  servers: { w1: 'static', w2: 'static', w3: 'static', w4: 'emulator' },
  w3Both: true,
  probeRequests: 2000,
};

export interface ColdResult {
  /** From just before `spawn()` in the parent to the first call's completion in the child. */
  spawnToDoneMs: number;
  /** Child's clock: node boot + imports, until the module body ran. */
  readyMs: number;
  /** Child's clock: client construction + the first call. */
  callMs: number;
}

/** What one process of each workload reports. `w3-bytes` is W3's one-request download. */
export interface WorkloadResults {
  w1: RequestsResult;
  w2: RequestsResult;
  w3: ItemsResult;
  'w3-bytes': ItemsResult;
  w4: ColdResult;
  w5: ItemsResult;
}
export type WorkloadId = keyof WorkloadResults;

export const WORKLOAD_CLIENTS: Record<WorkloadId, ClientSpec[]> = {
  w1: REQUEST_CLIENTS,
  w2: REQUEST_CLIENTS,
  w3: W3_CLIENTS,
  'w3-bytes': W3_BYTES_CLIENTS,
  w4: COLD_CLIENTS,
  w5: W5_CLIENTS,
};

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
  /** Wall time of the repetitions (the server was ready before). */
  ms: number;
}

export interface BenchResults {
  machine: Machine;
  options: Omit<BenchOptions, 'log' | 'signal'>;
  probe?: { server: ServerKind; msPerRequest: number; cpuUsPerRequest: number }[];
  w1: WorkloadRun<RequestsResult>;
  w2: WorkloadRun<RequestsResult>;
  w3: WorkloadRun<ItemsResult>;
  /** W3's page loop again on the other server kind, when `w3Both`. */
  w3Other?: WorkloadRun<ItemsResult>;
  /** W3 in one request as bytes, on the static server. */
  w3Bytes: WorkloadRun<ItemsResult>;
  w4: WorkloadRun<ColdResult>;
  /** Every item, page by page, from a static server that delays every answer. */
  w5: WorkloadRun<ItemsResult>;
  bundle: BundleSize[];
  totalMs: number;
}

/** Repetition r runs the clients starting with client r mod n. */
export const roundRobin = <T>(items: T[], rep: number): T[] => {
  const start = rep % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
};

export interface ServerSpec {
  kind: ServerKind;
  /** Items of the run's dataset (0: none). */
  items: number;
  /** What a static server with items serves, and how. */
  serve: StaticServe;
}

/**
 * The server a workload runs against: its kind (W3's one-request download and W5: always static), dataset size, and
 * what a static one serves (W3: its pages and the one-body download; W5: its pages, each answer delayed).
 */
export function serverOf(workload: WorkloadId, options: BenchOptions): ServerSpec {
  const w3 = { items: options.w3.items, serve: { pageSize: options.w3.pageSize, whole: true } };
  if (workload === 'w3-bytes') return { kind: 'static', ...w3 };
  if (workload === 'w3') return { kind: options.servers.w3, ...w3 };
  if (workload === 'w5') {
    const { items, pageSize, delayMs } = options.w5;
    return { kind: 'static', items, serve: { pageSize, delayMs } };
  }
  return { kind: options.servers[workload], items: 0, serve: {} };
}

export const serverPool = () => new ServerPool(distPath('static-server.js'));

/** Runs one client's process for one workload and returns what it measured. */
export async function measure<W extends WorkloadId>(
  workload: W,
  client: ClientSpec,
  server: BenchServer,
  options: BenchOptions,
  processOptions: ProcessOptions = {},
): Promise<WorkloadResults[W]> {
  const proc = { signal: options.signal, ...processOptions };
  if (workload === 'w4') {
    const env = { BENCH_URL: server.url, BENCH_TOKEN: TOKEN, BENCH_RUN: server.runId };
    const { result, spawnEpochMs } = await runProcess<{ readyMs: number; callMs: number; endEpochMs: number }>(
      client.script,
      [],
      { ...proc, env },
    );
    const cold: ColdResult = {
      spawnToDoneMs: result.endEpochMs - spawnEpochMs,
      readyMs: result.readyMs,
      callMs: result.callMs,
    };
    return cold as WorkloadResults[W];
  }
  const { w5 } = options;
  const work: Omit<RunnerConfig, 'url' | 'token' | 'runId'> =
    workload === 'w1'
      ? { workload: 'w1', ...options.w1 }
      : workload === 'w2'
        ? { workload: 'w2', ...options.w2, warmup: 1 }
        : workload === 'w5'
          ? { workload: 'w5', items: w5.items, pageSize: w5.pageSize, pageConcurrency: w5.concurrency }
          : { workload: 'w3', ...options.w3 };
  const config: RunnerConfig = { url: server.url, token: TOKEN, runId: server.runId, ...work, variant: client.variant };
  return (await runProcess<WorkloadResults[W]>(client.script, [JSON.stringify(config)], proc)).result;
}

async function runWorkload<W extends WorkloadId>(
  name: string,
  workload: W,
  server: BenchServer,
  reps: number,
  options: BenchOptions,
  log: (line: string) => void,
  clients: ClientSpec[] = WORKLOAD_CLIENTS[workload],
): Promise<WorkloadRun<WorkloadResults[W]>> {
  const started = performance.now();
  const samples: Sample<WorkloadResults[W]>[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const parts: string[] = [];
    for (const [position, client] of roundRobin(clients, rep).entries()) {
      options.signal?.throwIfAborted();
      const result = await measure(workload, client, server, options);
      samples.push({ rep, position, client: client.id, result });
      parts.push(`${client.id} ${summarize(result)}`);
    }
    log(`${name} rep ${rep + 1}/${reps}: ${parts.join(' | ')}`);
  }
  return { server: server.kind, clients, reps, samples, ms: performance.now() - started };
}

function summarize(result: unknown): string {
  const r = result as Partial<RequestsResult & ItemsResult & ColdResult>;
  if (r.spawnToDoneMs !== undefined) return `${r.spawnToDoneMs.toFixed(0)} ms`;
  if (r.itemsPerSec !== undefined) return `${(r.ms ?? 0).toFixed(0)} ms ${((r.peakRss ?? 0) / 2 ** 20).toFixed(0)} MiB`;
  return `${(r.totalMs ?? 0).toFixed(0)} ms`;
}

/** Every client of W3's one-request download must have received the same body (the same length). */
function checkSameBytes(run: WorkloadRun<ItemsResult>): void {
  const lengths = new Set(run.samples.map((s) => s.result.bytes));
  if (lengths.size !== 1) {
    const seen = run.samples.map((s) => `${s.client} (rep ${s.rep + 1}): ${s.result.bytes}`).join(', ');
    throw new Error(`W3 one-request download: the clients received bodies of different lengths: ${seen}`);
  }
}

export async function runBench(options: BenchOptions = DEFAULT_OPTIONS): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  await compileProcesses();
  const pool = serverPool();
  const serve = async (name: string, workload: WorkloadId) => {
    const spec = serverOf(workload, options);
    const waited = performance.now();
    const server = await pool.get(spec.kind, spec.items, spec.serve);
    log(`${name}: ${spec.kind} at ${server.url} (waited ${((performance.now() - waited) / 1000).toFixed(1)} s)`);
    return server;
  };
  try {
    let probe: BenchResults['probe'];
    if (options.probeRequests > 0) {
      probe = [];
      const probeOptions = { ...options, w1: { requests: options.probeRequests, warmup: 20 } };
      for (const kind of ['emulator', 'static'] as const) {
        const result = await measure('w1', CLIENTS[0] as ClientSpec, await pool.get(kind), probeOptions);
        probe.push({ server: kind, msPerRequest: result.msPerRequest, cpuUsPerRequest: result.cpuUsPerRequest });
      }
      log(
        `server probe (raw fetch, sequential): ${probe.map((p) => `${p.server} ${p.msPerRequest.toFixed(3)} ms/request`).join(', ')}`,
      );
    }

    const w1 = await runWorkload('W1', 'w1', await serve('W1', 'w1'), options.reps, options, log);
    const w2 = await runWorkload('W2', 'w2', await serve('W2', 'w2'), options.reps, options, log);

    const w3Server = await serve('W3', 'w3');
    const w3 = await runWorkload(`W3 (${w3Server.kind})`, 'w3', w3Server, options.w3Reps, options, log);
    const w3Bytes = await runWorkload(
      'W3 one request',
      'w3-bytes',
      await serve('W3 one request', 'w3-bytes'),
      options.w3Reps,
      options,
      log,
    );
    checkSameBytes(w3Bytes);
    let w3Other: WorkloadRun<ItemsResult> | undefined;
    if (options.w3Both) {
      const spec = serverOf('w3', options);
      const other = await pool.get(w3Server.kind === 'static' ? 'emulator' : 'static', spec.items, spec.serve);
      w3Other = await runWorkload(`W3 (${other.kind})`, 'w3', other, options.w3Reps, options, log);
    }

    const w5 = await runWorkload('W5', 'w5', await serve('W5', 'w5'), options.w5Reps, options, log);

    const w4 = await runWorkload('W4', 'w4', await serve('W4', 'w4'), options.reps + 1, options, log);
    // The first repetition only warms the file-system cache (every client loaded once); it is not reported.
    w4.samples = w4.samples.filter((s) => s.rep > 0).map((s) => ({ ...s, rep: s.rep - 1 }));
    w4.reps -= 1;

    const bundle = await bundleSizes();
    log(`bundle: ${bundle.map((b) => `${b.what} ${(b.gzipBytes / 1024).toFixed(1)} KiB gzip`).join(', ')}`);

    const { log: _log, signal: _signal, ...recorded } = options;
    return {
      machine: machine(),
      options: recorded,
      probe,
      w1,
      w2,
      w3,
      w3Other,
      w3Bytes,
      w4,
      w5,
      bundle,
      totalMs: performance.now() - started,
    };
  } finally {
    await pool.close();
  }
}
