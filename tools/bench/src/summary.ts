/**
 * The summary table of RESULTS.md (every workload, every client, the targets), issue 13's ship rule for the Node
 * transport, and the list of missed targets.
 */
import type { BenchResults, ColdResult, WorkloadRun } from './bench.js';
import { COLUMNS } from './clients.js';
import { type Column, cell, kib, mib, ms, num, us } from './format.js';
import type { ItemsResult, RequestsResult } from './harness.js';
import { formatRatio, median, type Ratio, ratioOf, valuesOf, x } from './stats.js';
import {
  coldTime,
  itemsRss,
  itemsTime,
  requestsCpu,
  requestsTime,
  SHIP_SPEEDUP,
  shipVerdict,
  type Verdict,
  type VerdictId,
  verdicts,
} from './targets.js';

type ColumnId = (typeof COLUMNS)[number]['id'];

interface Row<R> {
  workload: string;
  metric: string;
  run: WorkloadRun<R>;
  col: Column<R>;
  /** Which client of the run fills a column, where it is not the column's own id. */
  clients?: Partial<Record<ColumnId, string>>;
  verdict?: VerdictId;
}

const row = <R>(r: Row<R>) => r;

const mark = (v: Verdict | undefined) => (v ? (v.met ? '✅ met' : '❌ missed') : '');
const limit = (v: Verdict | undefined) =>
  v ? `≤ ${x(v.limit)}${v.issue === 13 ? ' (issue 13)' : ''}` : '(information)';

/** Rows of ours on `createNodeFetch`: its numbers in the column of ours, next to raw fetch and the A/A. */
const UNDICI = { 'openapi-fetch': '', 'apify-client': '', ours: 'ours-undici' } as const;
const WITH_UNDICI = 'ours + `createNodeFetch` (undici)';
/** Rows of ours without its per-attempt deadline (W1, W2). */
const NO_DEADLINE = { 'openapi-fetch': '', 'apify-client': '', ours: 'ours-no-deadline' } as const;
const WITHOUT_DEADLINE = 'ours with `timeoutMs: 0` (no per-attempt deadline, no signal to `fetch`)';
/** Rows of raw fetch given ours' default deadline on every request (W1, W2), in the column of ours. */
const RAW_DEADLINE = { 'openapi-fetch': '', 'apify-client': '', ours: 'raw-deadline' } as const;
const WITH_RAW_DEADLINE =
  "raw fetch with ours' 60 s deadline (a signal and a timer per request), in the column of ours";
/** Whether a run measured a client (runs recorded before a client was added have no samples of it). */
const measured = (run: WorkloadRun<unknown>, client: string) => run.samples.some((s) => s.client === client);

/** W1, W2: ours without its deadline and raw fetch with it, each where the run measured it. */
function deadlineRows(workload: string, metric: string, run: WorkloadRun<RequestsResult>, col: Column<RequestsResult>) {
  return [
    { clients: NO_DEADLINE, label: WITHOUT_DEADLINE },
    { clients: RAW_DEADLINE, label: WITH_RAW_DEADLINE },
  ]
    .filter(({ clients }) => measured(run, clients.ours))
    .map(({ clients, label }) => row({ workload, metric: `${metric}, ${label}`, run, col, clients }));
}

export function summaryTable(results: BenchResults): string {
  const { w1, w2, w3, w3Bytes, w4, w5, options: o } = results;
  const vs = verdicts(results);
  const perRequest: Column<RequestsResult> = { title: '', metric: (r) => r.msPerRequest, format: (v) => ms(v, 3) };
  const cpu: Column<RequestsResult> = { title: '', metric: requestsCpu, format: us };
  const total: Column<RequestsResult> = { title: '', metric: requestsTime, format: (v) => ms(v) };
  const time: Column<ItemsResult> = { title: '', metric: itemsTime, format: (v) => ms(v) };
  const rss: Column<ItemsResult> = { title: '', metric: itemsRss, format: mib };
  const cold: Column<ColdResult> = { title: '', metric: coldTime, format: (v) => ms(v, 1) };
  const bodyBytes = median(valuesOf(w3Bytes, 'raw', (r) => r.bytes ?? 0));
  // W3's page loop: ours is `iterateItems`; openapi-fetch alone is not measured there.
  const pageLoop = { 'openapi-fetch': '' };
  const rows = [
    row({
      workload: `W1: ${num(o.w1.requests)} sequential GET run (${w1.server})`,
      metric: 'time per request',
      run: w1,
      col: perRequest,
      verdict: 'w1-time',
    }),
    row({ workload: 'W1', metric: 'client CPU per request', run: w1, col: cpu, verdict: 'w1-cpu' }),
    row({
      workload: 'W1',
      metric: `time per request, ${WITH_UNDICI}; ship rule below`,
      run: w1,
      col: perRequest,
      clients: UNDICI,
      verdict: 'w1-time-undici',
    }),
    row({ workload: 'W1', metric: `client CPU per request, ${WITH_UNDICI}`, run: w1, col: cpu, clients: UNDICI }),
    ...deadlineRows('W1', 'time per request', w1, perRequest),
    row({
      workload: `W2: ${o.w2.concurrency} concurrent GET run × ${o.w2.rounds} rounds (${w2.server})`,
      metric: 'total time',
      run: w2,
      col: total,
      verdict: 'w2',
    }),
    row({
      workload: 'W2',
      metric: `total time, ${WITH_UNDICI}; ship rule below`,
      run: w2,
      col: total,
      clients: UNDICI,
      verdict: 'w2-undici',
    }),
    ...deadlineRows('W2', 'total time', w2, total),
    row({
      workload: `W3: ${num(o.w3.items)} items, pages of ${num(o.w3.pageSize)} (${w3.server})`,
      metric: 'wall time (ours: `iterateItems`; apify-client: `listItems` loop)',
      run: w3,
      col: time,
      clients: pageLoop,
      verdict: 'w3-time',
    }),
    row({ workload: 'W3', metric: 'peak RSS (the same)', run: w3, col: rss, clients: pageLoop, verdict: 'w3-rss' }),
    row({
      workload: 'W3',
      metric: 'wall time, ours: `listItems` page loop',
      run: w3,
      col: time,
      clients: { ...pageLoop, ours: 'ours-pages' },
    }),
    row({ workload: 'W3', metric: `wall time, ${WITH_UNDICI}: \`iterateItems\``, run: w3, col: time, clients: UNDICI }),
    ...(results.w3Other
      ? [
          row({
            workload: `W3 on the ${results.w3Other.server}`,
            metric: 'wall time (ours: `iterateItems`)',
            run: results.w3Other,
            col: time,
            clients: pageLoop,
          }),
        ]
      : []),
    row({
      workload: `W3 one request, raw bytes (${mib(bodyBytes)}, ${w3Bytes.server})`,
      metric: 'wall time',
      run: w3Bytes,
      col: time,
      verdict: 'w3-bytes-time',
    }),
    row({ workload: 'W3 one request', metric: 'peak RSS', run: w3Bytes, col: rss, verdict: 'w3-bytes-rss' }),
    row({
      workload: 'W3 one request',
      metric: `wall time, ${WITH_UNDICI}`,
      run: w3Bytes,
      col: time,
      clients: UNDICI,
      verdict: 'w3-bytes-time-undici',
    }),
    row({ workload: 'W3 one request', metric: `peak RSS, ${WITH_UNDICI}`, run: w3Bytes, col: rss, clients: UNDICI }),
    row({
      workload: `W4: cold start, spawn → first \`GET run\` done (${w4.server})`,
      metric: 'time',
      run: w4,
      col: cold,
      verdict: 'w4',
    }),
    row({ workload: 'W4', metric: `time, ${WITH_UNDICI}`, run: w4, col: cold, clients: UNDICI }),
    row({
      workload:
        `W5: ${num(o.w5.items)} items, pages of ${num(o.w5.pageSize)}, every answer +${o.w5.delayMs} ms ` +
        `(${w5.server})`,
      metric:
        `wall time (raw fetch: sequential page loop; ours: \`iterateItems({ concurrency: ${o.w5.concurrency} })\`; ` +
        'apify-client: `listItems` loop)',
      run: w5,
      col: time,
      clients: pageLoop,
      verdict: 'w5-time',
    }),
    row({ workload: 'W5', metric: 'peak RSS (the same)', run: w5, col: rss, clients: pageLoop, verdict: 'w5-rss' }),
    row({ workload: 'W5', metric: `wall time, ${WITH_UNDICI}: the same`, run: w5, col: time, clients: UNDICI }),
    row({ workload: 'W5', metric: `peak RSS, ${WITH_UNDICI}: the same`, run: w5, col: rss, clients: UNDICI }),
  ] as Row<unknown>[];
  const lines = [
    `| workload | metric (median) | ${COLUMNS.map((c) => c.label).join(' | ')} | target (ours) | result |`,
    `| --- | --- | ${COLUMNS.map(() => '---:').join(' | ')} | --- | --- |`,
  ];
  for (const r of rows) {
    const verdict = vs.find((v) => v.id === r.verdict);
    const cells = COLUMNS.map(({ id }) => {
      const client = r.clients?.[id] ?? id;
      return client ? cell(r.run, client, r.col) : '–';
    });
    lines.push(`| ${r.workload} | ${r.metric} | ${cells.join(' | ')} | ${limit(verdict)} | ${mark(verdict)} |`);
  }
  const size = (id: string) => results.bundle.find((b) => b.id === id);
  const bundleCell = (id: string) => {
    const b = size(id);
    return b ? kib(b.gzipBytes) : '?';
  };
  const published = size('apify-client-published');
  lines.push(
    `| Bundle (browser, esbuild, min + gzip) | size | – | – | ${bundleCell('openapi-fetch')} | ` +
      `${bundleCell('apify-client')}${published ? ` (published \`bundle.js\`: ${kib(published.gzipBytes)})` : ''} | ` +
      `${bundleCell('ours')} (main entry) | (information) | |`,
  );
  return lines.join('\n');
}

/** What the numbers of a run say next to a missed target (facts only; the reasons belong in the Profile section). */
function facts(results: BenchResults, id: VerdictId): string {
  const { w1, w2, w3, w3Bytes, w4, w5 } = results;
  const med = <R>(run: WorkloadRun<R>, client: string, metric: (r: R) => number) =>
    median(valuesOf(run, client, metric));
  const cpuPerRequest = (run: WorkloadRun<RequestsResult>) =>
    `Client CPU per request: ours ${us(med(run, 'ours', requestsCpu))}, ours + \`createNodeFetch\` ` +
    `${us(med(run, 'ours-undici', requestsCpu))}, raw fetch ${us(med(run, 'raw', requestsCpu))}, openapi-fetch alone ` +
    `${us(med(run, 'openapi-fetch', requestsCpu))}, apify-client ${us(med(run, 'apify-client', requestsCpu))}.`;
  const ratio = <R>(run: WorkloadRun<R>, client: string, metric: (r: R) => number) =>
    formatRatio(ratioOf(run, client, 'raw', metric));
  const withoutDeadline = (run: WorkloadRun<RequestsResult>) =>
    (!measured(run, NO_DEADLINE.ours)
      ? ''
      : ` Ours with \`timeoutMs: 0\` (no per-attempt deadline): time ${ratio(run, 'ours-no-deadline', requestsTime)}, ` +
        `client CPU ${ratio(run, 'ours-no-deadline', requestsCpu)}.`) +
    (!measured(run, RAW_DEADLINE.ours)
      ? ''
      : ` Raw fetch with ours' deadline: time ${ratio(run, 'raw-deadline', requestsTime)}, client CPU ` +
        `${ratio(run, 'raw-deadline', requestsCpu)}; ours against it (the same deadline on both): time ` +
        `${formatRatio(ratioOf(run, 'ours', 'raw-deadline', requestsTime))}, client CPU ` +
        `${formatRatio(ratioOf(run, 'ours', 'raw-deadline', requestsCpu))}.`);
  switch (id) {
    case 'w1-time':
    case 'w1-cpu':
      return `${cpuPerRequest(w1)}${withoutDeadline(w1)}`;
    case 'w1-time-undici':
      return cpuPerRequest(w1);
    case 'w2':
      return `${cpuPerRequest(w2)}${withoutDeadline(w2)}`;
    case 'w2-undici':
      return cpuPerRequest(w2);
    case 'w3-time': {
      const other = results.w3Other;
      return (
        `Ours \`listItems\` page loop: ${ratio(w3, 'ours-pages', itemsTime)}, \`iterateItemPages\`: ` +
        `${ratio(w3, 'ours-item-pages', itemsTime)}, apify-client: ${ratio(w3, 'apify-client', itemsTime)}.` +
        (other ? ` On the ${other.server}, \`iterateItems\`: ${ratio(other, 'ours', itemsTime)}.` : '')
      );
    }
    case 'w3-rss': {
      const start = (client: string) => mib(med(w3, client, (r) => r.startRss));
      return (
        `Peak RSS: ours ${mib(med(w3, 'ours', itemsRss))}, raw fetch ${mib(med(w3, 'raw', itemsRss))}; RSS before the ` +
        `first request: ours ${start('ours')}, raw fetch ${start('raw')}, apify-client ${start('apify-client')}.`
      );
    }
    case 'w3-bytes-time':
    case 'w3-bytes-time-undici': {
      const time = (client: string) => ms(med(w3Bytes, client, itemsTime));
      return (
        `Body: ${mib(med(w3Bytes, 'raw', (r) => r.bytes ?? 0))}. Wall time: ours ${time('ours')}, ours + ` +
        `\`createNodeFetch\` ${time('ours-undici')}, raw fetch ${time('raw')}, openapi-fetch alone ` +
        `${time('openapi-fetch')}, apify-client ${time('apify-client')}.`
      );
    }
    case 'w3-bytes-rss': {
      const extra = med(w3Bytes, 'ours', itemsRss) - med(w3Bytes, 'raw', itemsRss);
      return (
        `Body: ${mib(med(w3Bytes, 'raw', (r) => r.bytes ?? 0))}. Peak RSS: ours ${mib(med(w3Bytes, 'ours', itemsRss))} ` +
        `(${extra >= 0 ? '+' : '−'}${mib(Math.abs(extra))} over raw fetch), openapi-fetch alone ` +
        `${mib(med(w3Bytes, 'openapi-fetch', itemsRss))}, apify-client ${mib(med(w3Bytes, 'apify-client', itemsRss))}.`
      );
    }
    case 'w4': {
      const ready = (client: string) =>
        ms(
          med(w4, client, (r) => r.readyMs),
          1,
        );
      return (
        `Module body reached (node boot + imports): ours ${ready('ours')}, raw fetch ${ready('raw')}, openapi-fetch ` +
        `alone ${ready('openapi-fetch')}, apify-client ${ready('apify-client')}.`
      );
    }
    case 'w5-time': {
      const { delayMs, concurrency } = results.options.w5;
      const pages = med(w5, 'raw', (r) => r.pages);
      const time = (client: string) => ms(med(w5, client, itemsTime));
      const overlapped = med(w5, 'ours', itemsTime) < pages * delayMs;
      return (
        `Wall time: ours ${time('ours')}, ours + \`createNodeFetch\` ${time('ours-undici')}, raw fetch ${time('raw')}, ` +
        `apify-client ${time('apify-client')}. The delay alone: ${num(pages)} pages × ${delayMs} ms = ` +
        `${ms(pages * delayMs)} one after another, ${ms(Math.ceil(pages / concurrency) * delayMs)} with ${concurrency} ` +
        'in flight.' +
        (overlapped
          ? ''
          : ' Ours took longer than the pages one after another: its requests did not overlap, as in a client ' +
            'without `concurrency` (the option arrives with issue 13).')
      );
    }
    case 'w5-rss': {
      const peak = (client: string) => mib(med(w5, client, itemsRss));
      return (
        `Peak RSS: ours ${peak('ours')}, ours + \`createNodeFetch\` ${peak('ours-undici')}, raw fetch ${peak('raw')}, ` +
        `apify-client ${peak('apify-client')}; RSS before the first request: ours ` +
        `${mib(med(w5, 'ours', (r) => r.startRss))}, raw fetch ${mib(med(w5, 'raw', (r) => r.startRss))}.`
      );
    }
  }
}

/** Issue 13's rule for the Node transport, with this run's verdict: the paragraph under the summary table. */
export function shipRule(results: BenchResults): string {
  const { w1, w2, ship } = shipVerdict(results);
  const most = 1 / SHIP_SPEEDUP;
  const slow = (
    [
      ['W1', w1],
      ['W2', w2],
    ] as const
  )
    .filter(([, r]) => r.median > most)
    .map(([w]) => w);
  const ratio = (r: Ratio) => `${formatRatio(r)}${x(r.median) === x(most) ? ` (median ${r.median.toFixed(3)}×)` : ''}`;
  return (
    `**Issue 13's rule for \`createNodeFetch\`:** ship it only if it measures at least ${SHIP_SPEEDUP}× faster than ` +
    `raw fetch on W1 and W2, i.e. a time ratio of at most 1 / ${SHIP_SPEEDUP} = ${most.toFixed(3)}× in both (its ` +
    `targets above, ≤ 0.67×, round that). This run: W1 ${ratio(w1)}, W2 ${ratio(w2)}: ` +
    (ship ? '**ship it**.' : `**do not ship it** (${slow.join(' and ')} not ${SHIP_SPEEDUP}× faster).`)
  );
}

/**
 * How a miss compares with the noise of its run, the A/A ratios (raw fetch against itself): `median` when it exceeds
 * the target by no more than the A/A median strays from 1.00× (noise explains it), `range` when by no more than the
 * farthest single A/A repetition strays (single repetitions stray that far; the median should not), `beyond` otherwise.
 */
export function noiseOf(v: Verdict): 'median' | 'range' | 'beyond' {
  const miss = v.ratio.median - v.limit;
  if (miss <= Math.abs(v.aa.median - 1)) return 'median';
  return miss <= Math.max(Math.abs(v.aa.max - 1), Math.abs(v.aa.min - 1)) ? 'range' : 'beyond';
}

const NOISE_WORDS = {
  median: ': the miss is within the noise of this run (the A/A median strays as far from 1.00×)',
  range:
    ': the miss is larger than the A/A median strays from 1.00×, but inside the A/A range of single repetitions: ' +
    'partly noise, probably not all of it',
  beyond: ': the miss is beyond the noise of this run',
} as const;

/** Where the median rounds to the limit, its third decimal says why it missed. */
const closeCall = (v: Verdict) => (x(v.ratio.median) === x(v.limit) ? ` (median ${v.ratio.median.toFixed(3)}×)` : '');

export function misses(results: BenchResults): string {
  const missed = verdicts(results).filter((v) => !v.met);
  if (missed.length === 0) return 'Every target was met in this run.';
  return missed
    .map(
      (v) =>
        `- **${v.label}: ${formatRatio(v.ratio)}${closeCall(v)}, target ≤ ${x(v.limit)}.** A/A (raw fetch against itself) in the same ` +
        `runs: ${formatRatio(v.aa)}${NOISE_WORDS[noiseOf(v)]}. ${facts(results, v.id)}`,
    )
    .join('\n');
}
