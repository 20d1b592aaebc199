/**
 * The targets of issues 10 and 13, each a median of per-repetition ratios of one of our clients to raw fetch in the
 * same run, the metrics they are taken on, and issue 13's rule for shipping the Node transport.
 */
import type { BenchResults, ColdResult, WorkloadRun } from './bench.js';
import type { ItemsResult, RequestsResult } from './harness.js';
import { type Ratio, ratioOf } from './stats.js';

export const requestsTime = (r: RequestsResult) => r.totalMs;
export const requestsCpu = (r: RequestsResult) => r.cpuUsPerRequest;
export const itemsTime = (r: ItemsResult) => r.ms;
export const itemsRss = (r: ItemsResult) => r.peakRss;
export const coldTime = (r: ColdResult) => r.spawnToDoneMs;

export type VerdictId =
  | 'w1-time'
  | 'w1-cpu'
  | 'w2'
  | 'w3-time'
  | 'w3-rss'
  | 'w3-bytes-time'
  | 'w3-bytes-rss'
  | 'w4'
  | 'w1-time-undici'
  | 'w2-undici'
  | 'w3-bytes-time-undici'
  | 'w5-time'
  | 'w5-rss';

export interface Verdict {
  id: VerdictId;
  label: string;
  /** The client held to it (`ours`, `ours-undici`) and the issue that set it. */
  client: string;
  issue: 10 | 13;
  ratio: Ratio;
  /** The same metric, raw fetch again (A/A) against raw fetch: the noise of this run. */
  aa: Ratio;
  limit: number;
  met: boolean;
}

interface Target<R> {
  id: VerdictId;
  label: string;
  run: (results: BenchResults) => WorkloadRun<R>;
  metric: (r: R) => number;
  limit: number;
  /** Default `ours`. */
  client?: string;
  /** Default 10. */
  issue?: 13;
}

const target = <R>(t: Target<R>) => t;

/**
 * Ours is the `ours` client of each run: `iterateItems` in W3's page loop, `download(…bytes)` in one request,
 * `iterateItems({ concurrency })` in W5; `ours-undici` is ours with `createNodeFetch`.
 */
export const TARGETS = [
  target({ id: 'w1-time', label: 'W1 time', run: (r) => r.w1, metric: requestsTime, limit: 1.05 }),
  target({ id: 'w1-cpu', label: 'W1 client CPU', run: (r) => r.w1, metric: requestsCpu, limit: 1.1 }),
  target({ id: 'w2', label: 'W2 time', run: (r) => r.w2, metric: requestsTime, limit: 1.05 }),
  target({
    id: 'w3-time',
    label: 'W3 `iterateItems` time (vs raw fetch page loop)',
    run: (r) => r.w3,
    metric: itemsTime,
    limit: 1.0,
  }),
  target({
    id: 'w3-rss',
    label: 'W3 `iterateItems` peak RSS (vs raw fetch page loop)',
    run: (r) => r.w3,
    metric: itemsRss,
    limit: 1.1,
  }),
  target({
    id: 'w3-bytes-time',
    label: 'W3 one-request bytes time',
    run: (r) => r.w3Bytes,
    metric: itemsTime,
    limit: 1.05,
  }),
  target({
    id: 'w3-bytes-rss',
    label: 'W3 one-request bytes peak RSS',
    run: (r) => r.w3Bytes,
    metric: itemsRss,
    limit: 1.05,
  }),
  target({ id: 'w4', label: 'W4 cold start', run: (r) => r.w4, metric: coldTime, limit: 1.05 }),
  target({
    id: 'w1-time-undici',
    label: 'W1 time with `createNodeFetch`',
    run: (r) => r.w1,
    metric: requestsTime,
    limit: 0.67,
    client: 'ours-undici',
    issue: 13,
  }),
  target({
    id: 'w2-undici',
    label: 'W2 time with `createNodeFetch`',
    run: (r) => r.w2,
    metric: requestsTime,
    limit: 0.67,
    client: 'ours-undici',
    issue: 13,
  }),
  target({
    id: 'w3-bytes-time-undici',
    label: 'W3 one-request bytes time with `createNodeFetch`',
    run: (r) => r.w3Bytes,
    metric: itemsTime,
    limit: 0.8,
    client: 'ours-undici',
    issue: 13,
  }),
  target({
    id: 'w5-time',
    label: 'W5 `iterateItems({ concurrency })` time (vs raw fetch sequential page loop)',
    run: (r) => r.w5,
    metric: itemsTime,
    limit: 0.35,
    issue: 13,
  }),
  target({
    id: 'w5-rss',
    label: 'W5 `iterateItems({ concurrency })` peak RSS (vs raw fetch sequential page loop)',
    run: (r) => r.w5,
    metric: itemsRss,
    limit: 1.5,
    issue: 13,
  }),
];

export function verdicts(results: BenchResults): Verdict[] {
  return TARGETS.map((t) => {
    const run = t.run(results) as WorkloadRun<unknown>;
    const metric = t.metric as (r: unknown) => number;
    const client = t.client ?? 'ours';
    const ratio = ratioOf(run, client, 'raw', metric);
    const aa = ratioOf(run, 'raw-aa', 'raw', metric);
    const issue = t.issue ?? 10;
    return { id: t.id, label: t.label, client, issue, ratio, aa, limit: t.limit, met: ratio.median <= t.limit };
  });
}

/** Issue 13: "ship it only if it measures at least 1.5× faster than raw `fetch` on W1 and W2". */
export const SHIP_SPEEDUP = 1.5;

export interface ShipVerdict {
  /** `createNodeFetch`'s time ratios to raw fetch. */
  w1: Ratio;
  w2: Ratio;
  /** Both medians at most 1 / 1.5 (0.667×), i.e. at least 1.5× faster. */
  ship: boolean;
}

export function shipVerdict(results: BenchResults): ShipVerdict {
  const w1 = ratioOf(results.w1, 'ours-undici', 'raw', requestsTime);
  const w2 = ratioOf(results.w2, 'ours-undici', 'raw', requestsTime);
  const ship = [w1, w2].every((r) => r.median * SHIP_SPEEDUP <= 1);
  return { w1, w2, ship };
}
