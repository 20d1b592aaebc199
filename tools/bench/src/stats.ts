/**
 * The statistics RESULTS.md shows: per-client values in repetition order, per-repetition ratios (a client against a
 * base measured in the same repetition) and their median with the min–max range.
 */
import type { WorkloadRun } from './bench.js';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** A client's values, in repetition order. */
export const valuesOf = <R>(run: WorkloadRun<R>, client: string, metric: (r: R) => number): number[] =>
  run.samples
    .filter((s) => s.client === client)
    .sort((a, b) => a.rep - b.rep)
    .map((s) => metric(s.result));

/** Per-repetition ratios `client / base`, each within one repetition, in repetition order. */
export const ratiosOf = <R>(run: WorkloadRun<R>, client: string, base: string, metric: (r: R) => number): number[] => {
  const byRep = new Map(run.samples.filter((s) => s.client === base).map((s) => [s.rep, metric(s.result)]));
  return run.samples
    .filter((s) => s.client === client && byRep.has(s.rep))
    .sort((a, b) => a.rep - b.rep)
    .map((s) => metric(s.result) / (byRep.get(s.rep) as number));
};

export interface Ratio {
  median: number;
  min: number;
  max: number;
}

export function ratioOf<R>(run: WorkloadRun<R>, client: string, base: string, metric: (r: R) => number): Ratio {
  const ratios = ratiosOf(run, client, base, metric);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

export const x = (ratio: number) => `${ratio.toFixed(2)}×`;

/** `1.03× (0.98–1.07)`: the median of the per-repetition ratios and their range. */
export const formatRatio = (r: Ratio) => `${x(r.median)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
