/** The arithmetic RESULTS.md rests on: the order of the clients, medians, per-repetition ratios and their range. */
import { describe, expect, it } from 'vitest';
import { roundRobin, type WorkloadRun } from '../src/bench.js';
import { formatRatio, median, ratioOf, ratiosOf } from '../src/stats.js';
import { withinNoise } from '../src/summary.js';
import type { Verdict } from '../src/targets.js';

const run = (values: Record<string, number[]>): WorkloadRun<number> => ({
  server: 'static',
  clients: Object.keys(values).map((id) => ({ id, label: id, script: '' })),
  reps: Object.values(values)[0]?.length ?? 0,
  // Stored out of order on purpose: ratios pair samples by repetition, not by position.
  samples: Object.entries(values)
    .flatMap(([client, list]) => list.map((result, rep) => ({ rep, position: 0, client, result })))
    .reverse(),
  ms: 0,
});

describe('bench statistics', () => {
  it('rotates the client order per repetition', () => {
    expect(roundRobin(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(roundRobin(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(roundRobin(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
  });

  it('takes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('pairs every ratio within its repetition and reports the median with the range', () => {
    const r = run({ raw: [100, 200, 100], ours: [110, 180, 130] });
    expect(ratiosOf(r, 'ours', 'raw', (v) => v)).toEqual([1.1, 0.9, 1.3]);
    const ratio = ratioOf(r, 'ours', 'raw', (v) => v);
    expect(ratio).toEqual({ median: 1.1, min: 0.9, max: 1.3 });
    expect(formatRatio(ratio)).toBe('1.10× (0.90–1.30)');
  });

  it('calls a miss noise only when it is smaller than the A/A spread', () => {
    const verdict = (median: number, aaMin: number, aaMax: number): Verdict => ({
      id: 'w1-time',
      label: '',
      ratio: { median, min: median, max: median },
      aa: { median: 1, min: aaMin, max: aaMax },
      limit: 1.05,
      met: false,
    });
    expect(withinNoise(verdict(1.08, 0.96, 1.04))).toBe(true);
    expect(withinNoise(verdict(1.2, 0.96, 1.04))).toBe(false);
    expect(withinNoise(verdict(1.08, 0.9, 1.0))).toBe(true);
  });
});
