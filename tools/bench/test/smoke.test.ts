/**
 * Keeps the benchmark from rotting without running it (`pnpm bench` takes minutes): every workload and every client
 * once, with tiny sizes, through the same orchestration (compiled runners, child-process servers, fresh client
 * processes), then the report; one CPU profile; and the teardown on abort. Checks the shape of the results, never
 * the speed. Every process it starts is stopped in teardown, also when a test fails or times out.
 */
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BenchOptions, type BenchResults, DEFAULT_OPTIONS, runBench, WORKLOAD_CLIENTS } from '../src/bench.js';
import { compileProcesses } from '../src/compile.js';
import { readProfile, summarizeProfile } from '../src/cpuprofile.js';
import { runProcess } from '../src/process.js';
import { profileClient } from '../src/profile.js';
import { renderResults } from '../src/report.js';
import { TARGETS, verdicts } from '../src/targets.js';

const ITEMS = 2_000;
const W5_DELAY_MS = 20;

// Aborted in teardown: kills a running client process and stops every server of a run still going.
const teardown = new AbortController();
const pending: Promise<unknown>[] = [];
const track = <T>(promise: Promise<T>) => {
  pending.push(promise.catch(() => undefined));
  return promise;
};
afterAll(async () => {
  teardown.abort(new Error('test teardown'));
  await Promise.all(pending);
});

const tiny: BenchOptions = {
  ...DEFAULT_OPTIONS,
  reps: 1,
  w3Reps: 1,
  w5Reps: 1,
  w1: { requests: 20, warmup: 2 },
  w2: { concurrency: 5, rounds: 2 },
  w3: { items: ITEMS, pageSize: 500 },
  w5: { items: ITEMS, pageSize: 500, delayMs: W5_DELAY_MS, concurrency: 4 },
  w3Both: true,
  probeRequests: 20,
  signal: teardown.signal,
};

const ids = (clients: { id: string }[]) => clients.map((c) => c.id).sort();

describe('tools/bench', () => {
  it('runs every workload and client once with tiny sizes and renders RESULTS.md', async () => {
    const lines: string[] = [];
    const results: BenchResults = await track(runBench({ ...tiny, log: (line) => lines.push(line) }));

    expect(results.probe?.map((p) => p.server)).toEqual(['emulator', 'static']);
    for (const run of [results.w1, results.w2]) {
      expect(run.samples.map((s) => s.client).sort()).toEqual(ids(WORKLOAD_CLIENTS.w1));
      for (const { result } of run.samples) {
        expect(result.totalMs).toBeGreaterThan(0);
        expect(result.cpuUsPerRequest).toBeGreaterThan(0);
      }
    }
    expect(ids(WORKLOAD_CLIENTS.w1)).toEqual([
      'apify-client',
      'openapi-fetch',
      'ours',
      'ours-no-deadline',
      'ours-undici',
      'raw',
      'raw-aa',
      'raw-deadline',
    ]);
    expect(results.w1.samples[0]?.result.requests).toBe(20);
    expect(results.w2.samples[0]?.result.requests).toBe(10);

    for (const run of [results.w3, results.w3Other]) {
      expect(run?.samples.map((s) => s.client).sort()).toEqual(ids(WORKLOAD_CLIENTS.w3));
      for (const { result } of run?.samples ?? []) {
        expect(result.items).toBe(ITEMS);
        expect(result.pages).toBe(4);
        expect(result.peakRss).toBeGreaterThanOrEqual(result.startRss);
      }
    }
    expect(ids(WORKLOAD_CLIENTS.w3)).toEqual(
      expect.arrayContaining(['raw', 'raw-aa', 'apify-client', 'ours', 'ours-undici']),
    );
    expect([results.w3.server, results.w3Other?.server].sort()).toEqual(['emulator', 'static']);

    // One request, raw bytes: every client got the whole dataset, the same number of bytes.
    expect(results.w3Bytes.server).toBe('static');
    expect(results.w3Bytes.samples.map((s) => s.client).sort()).toEqual(ids(WORKLOAD_CLIENTS['w3-bytes']));
    const lengths = new Set(results.w3Bytes.samples.map((s) => s.result.bytes));
    expect(lengths.size).toBe(1);
    expect([...lengths][0]).toBeGreaterThan(ITEMS * 100);
    for (const { result } of results.w3Bytes.samples) {
      expect(result).toMatchObject({ items: ITEMS, pages: 1 });
    }

    // W5: every item in order from the delayed server, by every client; the delay took effect (a lower bound that a
    // busy machine cannot break: a sequential loop waits for every page; Node's timers may fire up to 1 ms early).
    expect(results.w5.server).toBe('static');
    expect(results.w5.samples.map((s) => s.client).sort()).toEqual(
      ['apify-client', 'ours', 'ours-undici', 'raw', 'raw-aa'].sort(),
    );
    for (const { result } of results.w5.samples) expect(result).toMatchObject({ items: ITEMS, pages: 4 });
    for (const { client, result } of results.w5.samples.filter((s) => s.client.startsWith('raw'))) {
      expect(result.ms, client).toBeGreaterThanOrEqual(4 * (W5_DELAY_MS - 1));
    }

    expect(results.w4.reps).toBe(1);
    expect(results.w4.samples.map((s) => s.client).sort()).toEqual(ids(WORKLOAD_CLIENTS.w4));
    for (const { result } of results.w4.samples) {
      expect(result.spawnToDoneMs).toBeGreaterThan(result.readyMs);
      expect(result.callMs).toBeGreaterThan(0);
    }
    // W4 runs one untimed warm-up repetition before the reported ones.
    expect(lines.filter((line) => line.startsWith('W4 rep'))).toHaveLength(2);

    expect(results.bundle.map((b) => b.id)).toEqual([
      'ours',
      'ours-raw',
      'openapi-fetch',
      'apify-client',
      'apify-client-published',
    ]);
    for (const b of results.bundle) expect(b.gzipBytes).toBeGreaterThan(1_000);

    const vs = verdicts(results);
    expect(vs.map((v) => [v.id, v.limit])).toEqual([
      ['w1-time', 1.05],
      ['w1-cpu', 1.1],
      ['w2', 1.05],
      ['w3-time', 1.0],
      ['w3-rss', 1.1],
      ['w3-bytes-time', 1.05],
      ['w3-bytes-rss', 1.05],
      ['w4', 1.05],
      ['w1-time-undici', 0.67],
      ['w2-undici', 0.67],
      ['w3-bytes-time-undici', 0.8],
      ['w5-time', 0.35],
      ['w5-rss', 1.5],
    ]);
    expect(vs.filter((v) => v.client === 'ours-undici').map((v) => v.id)).toEqual([
      'w1-time-undici',
      'w2-undici',
      'w3-bytes-time-undici',
    ]);
    for (const v of vs) {
      expect(Number.isFinite(v.ratio.median) && Number.isFinite(v.aa.median)).toBe(true);
      expect(v.met).toBe(v.ratio.median <= v.limit);
    }

    const markdown = renderResults(results, '## not a heading here\nThe profile says: undici.');
    expect(markdown).toContain('**Machine:**');
    expect(markdown).toContain(
      '| workload | metric (median) | raw fetch | raw fetch again (A/A) | openapi-fetch alone | apify-client | @apify-runs/client | target (ours) | result |',
    );
    for (const row of [
      '| W1: 20 sequential',
      '| W1 | client CPU per request',
      '| W2: 5 concurrent',
      '| W3: 2,000 items',
      '| W3 one request, raw bytes',
      '| W3 one request | peak RSS',
      '| W4: cold start',
      '| W1 | time per request, ours + `createNodeFetch` (undici); ship rule below |',
      '| W2 | total time, ours + `createNodeFetch` (undici); ship rule below |',
      '| W3 | wall time, ours + `createNodeFetch` (undici): `iterateItems` |',
      '| W3 one request | wall time, ours + `createNodeFetch` (undici) |',
      '| W4 | time, ours + `createNodeFetch` (undici) |',
      '| W1 | time per request, ours with `timeoutMs: 0` (no per-attempt deadline, no signal to `fetch`) |',
      '| W2 | total time, ours with `timeoutMs: 0` (no per-attempt deadline, no signal to `fetch`) |',
      "| W1 | time per request, raw fetch with ours' 60 s deadline (a signal and a timer per request), in the column of ours |",
      "| W2 | total time, raw fetch with ours' 60 s deadline (a signal and a timer per request), in the column of ours |",
      `| W5: 2,000 items, pages of 500, every answer +${W5_DELAY_MS} ms (static) |`,
      '| W5 | peak RSS (the same) |',
      '| W5 | wall time, ours + `createNodeFetch` (undici): the same |',
      "**Issue 13's rule for `createNodeFetch`:** ship it only if it measures at least 1.5× faster than raw fetch on W1 and W2",
      '| Bundle',
      '## Method',
      '## Servers',
      '## Targets missed',
      '## Per repetition',
      '### W3: 2,000 items in one request, raw bytes (static)',
      `### W5: 2,000 items, page by page, every answer +${W5_DELAY_MS} ms (static)`,
    ]) {
      expect(markdown).toContain(row);
    }
    expect(markdown).toContain('## Profile\n\n## not a heading here\nThe profile says: undici.');
    // Every target has a result mark, and every ratio its range.
    expect(markdown.match(/\| (✅ met|❌ missed) \|/g)).toHaveLength(TARGETS.length);
    expect(markdown).toMatch(/This run: W1 \d\.\d\d× \(.+\), W2 \d\.\d\d× \(.+\): \*\*(ship it|do not ship it)\*\*/);
    expect(markdown).toMatch(/\d\.\d\d× \(\d\.\d\d–\d\.\d\d\)/);
    expect(markdown).not.toMatch(/NaN|undefined|Infinity/);
    expect(renderResults(results)).toContain('pnpm bench -- --profile ours --workload w1');
  });

  it('writes a CPU profile of one client and summarises it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
    try {
      // On the emulator, so the test starts one server.
      const options = { ...tiny, servers: { ...tiny.servers, w1: 'emulator' as const } };
      const file = await track(profileClient({ client: 'ours', workload: 'w1', outDir: dir }, options));
      expect(existsSync(file)).toBe(true);
      const summary = summarizeProfile(readProfile(file));
      expect(summary.samples).toBeGreaterThan(0);
      expect(summary.totalUs).toBeGreaterThan(0);
      // The runner's own module is on some stack: its total includes what it called.
      expect(summary.functions.length).toBeGreaterThan(0);
      await expect(profileClient({ client: 'nobody', workload: 'w1', outDir: dir }, options)).rejects.toThrow(
        /no client nobody in w1; one of: raw, raw-aa, openapi-fetch, apify-client, ours, ours-undici, ours-no-deadline, raw-deadline$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('kills a measured process when the run is aborted', async () => {
    await compileProcesses();
    // A server that accepts the client's connection and never answers: the process would wait forever.
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const address = server.address() as { port: number };
      const abort = new AbortController();
      const config = { workload: 'w1', url: `http://127.0.0.1:${address.port}`, token: 't', runId: 'r', requests: 1 };
      const running = track(runProcess('runners/raw.js', [JSON.stringify(config)], { signal: abort.signal }));
      // A process that ends before it connects (it failed to start) fails the test now, not at its timeout.
      const ended = running.then(() => Promise.reject(new Error('the process ended before it connected')));
      ended.catch(() => undefined); // in the normal case it rejects later, when the abort below ends the process
      await Promise.race([once(server, 'connection'), ended]);
      const socket = sockets[0] as Socket;
      const closed = once(socket, 'close');
      abort.abort(new Error('stop'));
      await expect(running).rejects.toThrow();
      // The process is gone: the kernel closed its end of the connection.
      await closed;
    } finally {
      for (const socket of sockets) socket.destroy();
      server.close();
    }
  });
});
