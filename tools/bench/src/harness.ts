/**
 * The measuring side of a benchmark process. Each runner (`runners/*.ts`) builds one client's adapter and calls
 * `runFromArgv`; the workload comes as JSON in `argv[2]` and the result goes to stdout as one `RESULT {json}` line.
 * Only Node built-ins are imported here, so a runner process loads exactly one client.
 */
import { performance } from 'node:perf_hooks';

/** A dataset item as the emulator generates it (only `index` is checked). */
export interface Item {
  index: number;
}

/** One client, reduced to the calls the workloads make. */
export interface Adapter {
  /** GET the run; resolves with it. */
  getRun(): Promise<{ id: string } | undefined>;
  /** One page of the run's dataset items, oldest first. */
  listPage(offset: number, limit: number): Promise<{ items: Item[]; total: number }>;
  /** Every item through the client's own iterator, if it has one. */
  iterate?(pageSize: number): AsyncIterable<Item>;
  /** Every page through the client's own page iterator, if it has one. */
  iteratePages?(pageSize: number): AsyncIterable<{ items: Item[] }>;
}

export interface RunnerConfig {
  workload: 'w1' | 'w2' | 'w3';
  url: string;
  token: string;
  runId: string;
  /** W1: sequential requests. */
  requests?: number;
  /** W2: concurrent requests per round and rounds. */
  concurrency?: number;
  rounds?: number;
  /** W3: items expected, page size, and `pages` (a listItems loop) or `iterate` (the client's iterator). */
  items?: number;
  pageSize?: number;
  variant?: 'pages' | 'iterate' | 'iterate-pages';
  /** Untimed requests before W1/W2 (connection set-up and JIT warm-up). */
  warmup?: number;
}

export interface RequestsResult {
  totalMs: number;
  msPerRequest: number;
  /** User + system CPU of this process per request, in microseconds. */
  cpuUsPerRequest: number;
  requests: number;
}

export interface ItemsResult {
  ms: number;
  items: number;
  itemsPerSec: number;
  /** Highest RSS seen by the 100 ms sampler (and at the start and end), bytes. */
  peakRss: number;
  /** `process.resourceUsage().maxRSS` at the end, bytes. */
  maxRss: number;
  /** RSS just before the first request, bytes. */
  startRss: number;
  pages: number;
}

export type RunnerResult = RequestsResult | ItemsResult;

const cpuMicros = (usage: NodeJS.CpuUsage) => usage.user + usage.system;

function checkRun(run: { id: string } | undefined, runId: string): void {
  if (run?.id !== runId) throw new Error(`expected run ${runId}, got ${JSON.stringify(run)?.slice(0, 200)}`);
}

export async function sequential(adapter: Adapter, config: RunnerConfig): Promise<RequestsResult> {
  const requests = config.requests ?? 2000;
  for (let i = 0; i < (config.warmup ?? 0); i++) checkRun(await adapter.getRun(), config.runId);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < requests; i++) checkRun(await adapter.getRun(), config.runId);
  const totalMs = performance.now() - started;
  const cpuUs = cpuMicros(process.cpuUsage(cpu));
  return { totalMs, msPerRequest: totalMs / requests, cpuUsPerRequest: cpuUs / requests, requests };
}

export async function concurrent(adapter: Adapter, config: RunnerConfig): Promise<RequestsResult> {
  const concurrency = config.concurrency ?? 200;
  const rounds = config.rounds ?? 10;
  const round = async () => {
    const runs = await Promise.all(Array.from({ length: concurrency }, () => adapter.getRun()));
    for (const run of runs) checkRun(run, config.runId);
  };
  if ((config.warmup ?? 0) > 0) await round();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let r = 0; r < rounds; r++) await round();
  const totalMs = performance.now() - started;
  const cpuUs = cpuMicros(process.cpuUsage(cpu));
  const requests = concurrency * rounds;
  return { totalMs, msPerRequest: totalMs / requests, cpuUsPerRequest: cpuUs / requests, requests };
}

export async function allItems(adapter: Adapter, config: RunnerConfig): Promise<ItemsResult> {
  const expected = config.items ?? 1_000_000;
  const pageSize = config.pageSize ?? 10_000;
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  let seen = 0;
  let pages = 0;
  const started = performance.now();
  try {
    if (config.variant === 'iterate') {
      if (!adapter.iterate) throw new Error('this client has no iterator');
      for await (const item of adapter.iterate(pageSize)) {
        if (item.index !== seen) throw new Error(`item ${seen} came as index ${item.index}`);
        seen += 1;
      }
      pages = Math.ceil(seen / pageSize);
    } else if (config.variant === 'iterate-pages') {
      if (!adapter.iteratePages) throw new Error('this client has no page iterator');
      for await (const page of adapter.iteratePages(pageSize)) {
        pages += 1;
        for (const item of page.items) {
          if (item.index !== seen) throw new Error(`item ${seen} came as index ${item.index}`);
          seen += 1;
        }
      }
    } else {
      for (let offset = 0; ; ) {
        const page = await adapter.listPage(offset, pageSize);
        pages += 1;
        for (const item of page.items) {
          if (item.index !== seen) throw new Error(`item ${seen} came as index ${item.index}`);
          seen += 1;
        }
        offset += page.items.length;
        if (page.items.length === 0 || offset >= page.total) break;
      }
    }
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  if (seen !== expected) throw new Error(`read ${seen} items, expected ${expected}`);
  return {
    ms,
    items: seen,
    itemsPerSec: seen / (ms / 1000),
    peakRss,
    maxRss: process.resourceUsage().maxRSS * 1024,
    startRss,
    pages,
  };
}

/** Reads the config from `argv[2]`, runs the workload with the adapter and prints `RESULT {json}`; then exits. */
export function runFromArgv(makeAdapter: (config: RunnerConfig) => Adapter): void {
  const main = async () => {
    const config = JSON.parse(process.argv[2] ?? '{}') as RunnerConfig;
    const adapter = makeAdapter(config);
    const work = { w1: sequential, w2: concurrent, w3: allItems }[config.workload];
    if (!work) throw new Error(`unknown workload ${config.workload}`);
    const result = await work(adapter, config);
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`, () => process.exit(0));
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
