/**
 * Keeps the benchmark from rotting without running it (`pnpm bench` takes minutes): every workload once, with tiny
 * sizes, through the same orchestration (compiled runners, child-process servers, fresh client processes), then the
 * report. Checks the shape of the results, not the speed.
 */
import { execFileSync } from 'node:child_process';
import { stopChildren } from '@apify-runs/tool-kit/exec';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type BenchResults,
  CLIENTS,
  COLD_CLIENTS,
  DEFAULT_OPTIONS,
  roundRobin,
  runBench,
  W3_CLIENTS,
} from '../src/bench.js';
import { median, renderResults, verdicts } from '../src/report.js';
import { closeServers } from '../src/servers.js';

const ITEMS = 2_000;

// However the run ends (a failure, the time limit), nothing it started keeps running: the run stops, the client
// process of the moment is killed, the servers are closed.
let stop = new AbortController();
afterEach(async () => {
  stop.abort();
  stopChildren();
  await closeServers();
  stop = new AbortController();
});

describe('tools/bench', () => {
  it('rotates the client order per repetition', () => {
    expect(roundRobin(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(roundRobin(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(roundRobin(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('runs every workload once with tiny sizes and renders RESULTS.md', async () => {
    const lines: string[] = [];
    const results: BenchResults = await runBench({
      ...DEFAULT_OPTIONS,
      reps: 1,
      w3Reps: 1,
      w1: { requests: 20, warmup: 2 },
      w2: { concurrency: 5, rounds: 2 },
      w3: { items: ITEMS, pageSize: 500 },
      w3Both: true,
      probeRequests: 20,
      log: (line) => lines.push(line),
      signal: stop.signal,
    });

    expect(results.probe?.map((p) => p.server)).toEqual(['emulator', 'static']);
    for (const run of [results.w1, results.w2]) {
      expect(run.samples.map((s) => s.client).sort()).toEqual(CLIENTS.map((c) => c.id).sort());
      for (const { result } of run.samples) {
        expect(result.totalMs).toBeGreaterThan(0);
        expect(result.msPerRequest).toBeGreaterThan(0);
        expect(result.cpuUsPerRequest).toBeGreaterThan(0);
      }
    }
    expect(results.w1.samples[0]?.result.requests).toBe(20);
    expect(results.w2.samples[0]?.result.requests).toBe(10);

    for (const run of [results.w3, results.w3Other]) {
      expect(run?.samples.map((s) => s.client).sort()).toEqual(W3_CLIENTS.map((c) => c.id).sort());
      for (const { result } of run?.samples ?? []) {
        expect(result.items).toBe(ITEMS);
        expect(result.pages).toBe(4);
        expect(result.peakRss).toBeGreaterThanOrEqual(result.startRss);
        expect(result.itemsPerSec).toBeGreaterThan(0);
      }
    }
    expect([results.w3.server, results.w3Other?.server].sort()).toEqual(['emulator', 'static']);

    expect(results.w4.reps).toBe(1);
    expect(results.w4.samples.map((s) => s.client).sort()).toEqual(COLD_CLIENTS.map((c) => c.id).sort());
    for (const { result } of results.w4.samples) {
      expect(result.spawnToDoneMs).toBeGreaterThan(result.readyMs);
      expect(result.callMs).toBeGreaterThan(0);
    }

    expect(results.bundle.map((b) => b.what)).toEqual(['@apify-runs/client', 'apify-client', 'apify-client']);
    for (const b of results.bundle) expect(b.gzipBytes).toBeGreaterThan(1_000);

    const verdictIds = verdicts(results).map((v) => v.id);
    expect(verdictIds).toEqual(['w1', 'w2', 'w3-time', 'w3-rss', 'w4']);
    for (const v of verdicts(results)) expect(Number.isFinite(v.ratio)).toBe(true);

    const markdown = renderResults(results);
    expect(markdown).toContain('**Machine:**');
    expect(markdown).toContain('| workload | metric (median) | raw fetch | apify-client | @apify-runs/client |');
    for (const row of [
      '| W1: 20 sequential',
      '| W2: 5 concurrent',
      '| W3: 2,000 items',
      '| W4: cold start',
      '| Bundle',
    ]) {
      expect(markdown).toContain(row);
    }
    expect(markdown).not.toMatch(/NaN|undefined/);
    // W4 runs one untimed warm-up repetition before the reported ones.
    expect(lines.filter((line) => line.startsWith('W4 rep'))).toHaveLength(2);
    // A safety net for a loaded machine (about 60 s when it is idle), not a measure.
  }, 900_000);

  it('stops everything it started when it is stopped midway', async () => {
    const tiny = { ...DEFAULT_OPTIONS, reps: 1, w3Reps: 1, w1: { requests: 5, warmup: 0 }, probeRequests: 0 };
    const running = runBench({
      ...tiny,
      w2: { concurrency: 2, rounds: 1 },
      w3: { items: 10, pageSize: 5 },
      w3Both: false,
      // Stopped once W1's server is up: a server and a client process are running then.
      log: (line) => {
        if (line.startsWith('W1: ')) stop.abort();
      },
      signal: stop.signal,
    });
    await expect(running).rejects.toThrow();
    await closeServers();
    const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /static-server|cli\.(js|ts)|runners\//.test(line));
    expect(children).toEqual([]);
  }, 300_000);
});
