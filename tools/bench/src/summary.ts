/** The summary table of RESULTS.md (every workload, every client, the targets) and the list of missed targets. */
import type { BenchResults, WorkloadRun } from './bench.js';
import { COLUMNS } from './clients.js';
import { type Column, cell, kib, mib, ms, num, us } from './format.js';
import type { ItemsResult, RequestsResult } from './harness.js';
import { formatRatio, median, ratioOf, valuesOf, x } from './stats.js';
import {
  coldTime,
  itemsRss,
  itemsTime,
  requestsCpu,
  requestsTime,
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
const limit = (v: Verdict | undefined) => (v ? `≤ ${x(v.limit)}` : '(information)');

export function summaryTable(results: BenchResults): string {
  const { w1, w2, w3, w3Bytes, w4, options: o } = results;
  const vs = verdicts(results);
  const perRequest: Column<RequestsResult> = { title: '', metric: (r) => r.msPerRequest, format: (v) => ms(v, 3) };
  const cpu: Column<RequestsResult> = { title: '', metric: requestsCpu, format: us };
  const total: Column<RequestsResult> = { title: '', metric: requestsTime, format: (v) => ms(v) };
  const time: Column<ItemsResult> = { title: '', metric: itemsTime, format: (v) => ms(v) };
  const rss: Column<ItemsResult> = { title: '', metric: itemsRss, format: mib };
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
      workload: `W2: ${o.w2.concurrency} concurrent GET run × ${o.w2.rounds} rounds (${w2.server})`,
      metric: 'total time',
      run: w2,
      col: total,
      verdict: 'w2',
    }),
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
      workload: `W4: cold start, spawn → first \`GET run\` done (${w4.server})`,
      metric: 'time',
      run: w4,
      col: { title: '', metric: coldTime, format: (v) => ms(v, 1) },
      verdict: 'w4',
    }),
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
  const { w1, w2, w3, w3Bytes, w4 } = results;
  const med = <R>(run: WorkloadRun<R>, client: string, metric: (r: R) => number) =>
    median(valuesOf(run, client, metric));
  const cpuPerRequest = (run: WorkloadRun<RequestsResult>) =>
    `Client CPU per request: ours ${us(med(run, 'ours', requestsCpu))}, raw fetch ${us(med(run, 'raw', requestsCpu))}, ` +
    `openapi-fetch alone ${us(med(run, 'openapi-fetch', requestsCpu))}, apify-client ${us(med(run, 'apify-client', requestsCpu))}.`;
  const ratio = <R>(run: WorkloadRun<R>, client: string, metric: (r: R) => number) =>
    formatRatio(ratioOf(run, client, 'raw', metric));
  switch (id) {
    case 'w1-time':
    case 'w1-cpu':
      return cpuPerRequest(w1);
    case 'w2':
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
    case 'w3-bytes-time': {
      const time = (client: string) => ms(med(w3Bytes, client, itemsTime));
      return (
        `Body: ${mib(med(w3Bytes, 'raw', (r) => r.bytes ?? 0))}. Wall time: ours ${time('ours')}, raw fetch ` +
        `${time('raw')}, openapi-fetch alone ${time('openapi-fetch')}, apify-client ${time('apify-client')}.`
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
  }
}

/** A miss is called within the noise when it exceeds the target by less than the A/A ratios stray from 1.00×. */
export const withinNoise = (v: Verdict) =>
  v.ratio.median <= v.limit + Math.max(Math.abs(v.aa.max - 1), Math.abs(v.aa.min - 1));

/** Where the median rounds to the limit, its third decimal says why it missed. */
const closeCall = (v: Verdict) => (x(v.ratio.median) === x(v.limit) ? ` (median ${v.ratio.median.toFixed(3)}×)` : '');

export function misses(results: BenchResults): string {
  const missed = verdicts(results).filter((v) => !v.met);
  if (missed.length === 0) return 'Every target was met in this run.';
  return missed
    .map(
      (v) =>
        `- **${v.label}: ${formatRatio(v.ratio)}${closeCall(v)}, target ≤ ${x(v.limit)}.** A/A (raw fetch against itself) in the same ` +
        `runs: ${formatRatio(v.aa)}${withinNoise(v) ? ': the miss is within the noise of this run' : ''}. ${facts(results, v.id)}`,
    )
    .join('\n');
}
