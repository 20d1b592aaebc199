/**
 * The targets of issue 10, each a median of per-repetition ratios of ours to raw fetch in the same run, and the
 * metrics they are taken on.
 */
import type { BenchResults, ColdResult, WorkloadRun } from './bench.js';
import type { ItemsResult, RequestsResult } from './harness.js';
import { type Ratio, ratioOf } from './stats.js';

export const requestsTime = (r: RequestsResult) => r.totalMs;
export const requestsCpu = (r: RequestsResult) => r.cpuUsPerRequest;
export const itemsTime = (r: ItemsResult) => r.ms;
export const itemsRss = (r: ItemsResult) => r.peakRss;
export const coldTime = (r: ColdResult) => r.spawnToDoneMs;

export type VerdictId = 'w1-time' | 'w1-cpu' | 'w2' | 'w3-time' | 'w3-rss' | 'w3-bytes-time' | 'w3-bytes-rss' | 'w4';

export interface Verdict {
  id: VerdictId;
  label: string;
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
}

const target = <R>(t: Target<R>) => t;

/** Ours is the `ours` client of each run: `iterateItems` in W3's page loop, `download(…bytes)` in one request. */
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
];

export function verdicts(results: BenchResults): Verdict[] {
  return TARGETS.map((t) => {
    const run = t.run(results) as WorkloadRun<unknown>;
    const metric = t.metric as (r: unknown) => number;
    const ratio = ratioOf(run, 'ours', 'raw', metric);
    const aa = ratioOf(run, 'raw-aa', 'raw', metric);
    return { id: t.id, label: t.label, ratio, aa, limit: t.limit, met: ratio.median <= t.limit };
  });
}
