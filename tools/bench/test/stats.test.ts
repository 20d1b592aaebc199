/**
 * The arithmetic RESULTS.md rests on: the order of the clients, medians, per-repetition ratios and their range, and
 * issue 13's ship rule.
 */
import { describe, expect, it } from 'vitest';
import { type BenchResults, roundRobin, type WorkloadRun } from '../src/bench.js';
import type { RequestsResult } from '../src/harness.js';
import { formatRatio, median, ratioOf, ratiosOf } from '../src/stats.js';
import { noiseOf, shipRule } from '../src/summary.js';
import { shipVerdict, type Verdict } from '../src/targets.js';

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

  it('calls a miss noise only when the A/A median strays as far; inside the A/A range it is partly noise', () => {
    const verdict = (median: number, aaMin: number, aaMax: number, aaMedian = 1): Verdict => ({
      id: 'w1-time',
      label: '',
      client: 'ours',
      issue: 10,
      ratio: { median, min: median, max: median },
      aa: { median: aaMedian, min: aaMin, max: aaMax },
      limit: 1.05,
      met: false,
    });
    expect(noiseOf(verdict(1.08, 0.9, 1.1, 0.96))).toBe('median');
    expect(noiseOf(verdict(1.08, 0.96, 1.04, 1.02))).toBe('range');
    expect(noiseOf(verdict(1.08, 0.9, 1.0, 0.98))).toBe('range');
    // W4 of the run on 2026-12-01: 1.16× against an A/A of 0.96× (0.85–1.05).
    expect(noiseOf(verdict(1.16, 0.85, 1.05, 0.96))).toBe('range');
    expect(noiseOf(verdict(1.2, 0.96, 1.04, 1.01))).toBe('beyond');
  });

  it('ships createNodeFetch only when W1 and W2 are both at least 1.5× faster (≤ 0.667×, stricter than 0.67×)', () => {
    const timed = (values: Record<string, number[]>) => {
      const r = run(values);
      return { ...r, samples: r.samples.map((s) => ({ ...s, result: { totalMs: s.result } as RequestsResult })) };
    };
    const results = (w1: number, w2: number) =>
      ({
        w1: timed({ raw: [1000], 'ours-undici': [w1] }),
        w2: timed({ raw: [1000], 'ours-undici': [w2] }),
      }) as unknown as BenchResults;
    expect(shipVerdict(results(600, 666)).ship).toBe(true);
    expect(shipVerdict(results(600, 668)).ship).toBe(false);
    expect(shipVerdict(results(700, 500)).ship).toBe(false);
    expect(shipRule(results(600, 668))).toContain(
      'This run: W1 0.60× (0.60–0.60), W2 0.67× (0.67–0.67) (median 0.668×): **do not ship it** (W2 not 1.5× faster).',
    );
    expect(shipRule(results(600, 500))).toContain('**ship it**.');
  });
});
