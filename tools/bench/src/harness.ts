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
  listPage?(offset: number, limit: number): Promise<{ items: Item[]; total: number }>;
  /** Every item through the client's own iterator, if it has one; `concurrency`: pages in flight (W5). */
  iterate?(pageSize: number, concurrency?: number): AsyncIterable<Item>;
  /** Every page through the client's own page iterator, if it has one. */
  iteratePages?(pageSize: number): AsyncIterable<{ items: Item[] }>;
  /** Every item in ONE request, `format=json`, as the body's bytes (not parsed). */
  downloadJson?(): Promise<ArrayBuffer | Uint8Array>;
}

/** How W3 reads the items: a `listPage` loop, the client's item or page iterator, or one request's bytes. */
export type ItemsVariant = 'pages' | 'iterate' | 'iterate-pages' | 'bytes';

export interface RunnerConfig {
  /** W5 reads items like W3, from a server that delays every answer, with `pageConcurrency`. */
  workload: 'w1' | 'w2' | 'w3' | 'w5';
  url: string;
  token: string;
  runId: string;
  /** W1: sequential requests. */
  requests?: number;
  /** W2: concurrent requests per round and rounds. */
  concurrency?: number;
  rounds?: number;
  /** W3, W5: items expected, page size, and how they are read. */
  items?: number;
  pageSize?: number;
  variant?: ItemsVariant;
  /** W5: pages in flight, for a client's own iterator (`iterate`); page loops read one page at a time. */
  pageConcurrency?: number;
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
  /**
   * The process's RSS high-water mark at the end (`process.resourceUsage().maxRSS`, the kernel's count), bytes: the
   * true peak, including spikes shorter than any sampling interval.
   */
  peakRss: number;
  /** RSS just before the first request, bytes. */
  startRss: number;
  /** Requests made (W3 `bytes`: 1). */
  pages: number;
  /** W3 `bytes`: the body's length. */
  bytes?: number;
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

const peakRss = () => process.resourceUsage().maxRSS * 1024;

function checkIndex(index: number, seen: number): void {
  if (index !== seen) throw new Error(`item ${seen} came as index ${index}`);
}

/** Reads every item page by page (a `listPage` loop or the client's own iterator); returns the items and pages. */
async function readItems(adapter: Adapter, config: RunnerConfig): Promise<{ seen: number; pages: number }> {
  const pageSize = config.pageSize ?? 10_000;
  let seen = 0;
  let pages = 0;
  if (config.variant === 'iterate') {
    if (!adapter.iterate) throw new Error('this client has no iterator');
    for await (const item of adapter.iterate(pageSize, config.pageConcurrency)) checkIndex(item.index, seen++);
    return { seen, pages: Math.ceil(seen / pageSize) };
  }
  if (config.variant === 'iterate-pages') {
    if (!adapter.iteratePages) throw new Error('this client has no page iterator');
    for await (const page of adapter.iteratePages(pageSize)) {
      pages += 1;
      for (const item of page.items) checkIndex(item.index, seen++);
    }
    return { seen, pages };
  }
  if (!adapter.listPage) throw new Error('this client has no page loop');
  for (let offset = 0; ; ) {
    const page = await adapter.listPage(offset, pageSize);
    pages += 1;
    for (const item of page.items) checkIndex(item.index, seen++);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return { seen, pages };
  }
}

/** The `index` of the first and of the last item in a JSON array of items, read from the ends of its bytes only. */
export function endIndexes(body: Uint8Array): { first: number; last: number } {
  const decoder = new TextDecoder();
  const head = decoder.decode(body.subarray(0, 4096));
  const tail = decoder.decode(body.subarray(Math.max(0, body.byteLength - 4096)));
  const indexes = (text: string) => [...text.matchAll(/"index"\s*:\s*(\d+)/g)].map((m) => Number(m[1]));
  if (!/^\s*\[/.test(head) || !/\]\s*$/.test(tail)) throw new Error('the body is not a JSON array');
  const first = indexes(head)[0];
  const last = indexes(tail).at(-1);
  if (first === undefined || last === undefined) throw new Error('no "index" at the ends of the body');
  return { first, last };
}

export async function allItems(adapter: Adapter, config: RunnerConfig): Promise<ItemsResult> {
  const expected = config.items ?? 1_000_000;
  const startRss = process.memoryUsage.rss();
  const started = performance.now();
  let ms: number;
  let items: number;
  let pages: number;
  let bytes: number | undefined;
  let peak: number;
  if (config.variant === 'bytes') {
    if (!adapter.downloadJson) throw new Error('this client has no download');
    const body = await adapter.downloadJson();
    ms = performance.now() - started;
    const view = body instanceof Uint8Array ? body : new Uint8Array(body);
    // Read while the body is still held, as a caller would hold it.
    peak = peakRss();
    const { first, last } = endIndexes(view);
    if (first !== 0) throw new Error(`the first item came as index ${first}`);
    items = last + 1;
    pages = 1;
    bytes = view.byteLength;
  } else {
    ({ seen: items, pages } = await readItems(adapter, config));
    ms = performance.now() - started;
    peak = peakRss();
  }
  if (items !== expected) throw new Error(`read ${items} items, expected ${expected}`);
  return { ms, items, itemsPerSec: items / (ms / 1000), peakRss: peak, startRss, pages, ...(bytes ? { bytes } : {}) };
}

/**
 * A measured process gives up after this long even when nobody is left to stop it (the parent kills it earlier,
 * unless the parent itself was killed). The timer is unref'd: it never keeps the process alive.
 */
export const SELF_DEADLINE_MS = 11 * 60_000;

/** Reads the config from `argv[2]`, runs the workload with the adapter and prints `RESULT {json}`; then exits. */
export function runFromArgv(makeAdapter: (config: RunnerConfig) => Adapter): void {
  setTimeout(() => process.exit(3), SELF_DEADLINE_MS).unref();
  const main = async () => {
    const config = JSON.parse(process.argv[2] ?? '{}') as RunnerConfig;
    const adapter = makeAdapter(config);
    const work = { w1: sequential, w2: concurrent, w3: allItems, w5: allItems }[config.workload];
    if (!work) throw new Error(`unknown workload ${config.workload}`);
    const result = await work(adapter, config);
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`, () => process.exit(0));
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
