/** How RESULTS.md writes numbers, and the tables it builds from a workload's samples. */
import type { Sample, WorkloadRun } from './bench.js';
import { formatRatio, median, ratioOf, valuesOf, x } from './stats.js';

export const num = (v: number, digits = 0) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const ms = (v: number, digits = 0) => `${num(v, digits)} ms`;
export const us = (v: number) => `${num(v)} µs`;
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const seconds = (millis: number) => `${(millis / 1000).toFixed(0)} s`;

export interface Column<R> {
  title: string;
  metric: (r: R) => number;
  format: (v: number) => string;
}

/** A client's median, and for every client but raw fetch its ratio to raw fetch: `1.03× (0.98–1.07)`. */
export function cell<R>(run: WorkloadRun<R>, client: string, col: Column<R>): string {
  const values = valuesOf(run, client, col.metric);
  if (values.length === 0) return '–';
  const value = col.format(median(values));
  return client === 'raw' ? value : `${value}, ${formatRatio(ratioOf(run, client, 'raw', col.metric))}`;
}

/** One row per client: the median of each column, with the median ratio to raw fetch and its range. */
export function medianTable<R>(run: WorkloadRun<R>, columns: Column<R>[]): string {
  const rows = [`| client | ${columns.map((c) => `${c.title} (median, ratio to raw fetch (min–max))`).join(' | ')} |`];
  rows.push(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
  for (const client of run.clients) {
    rows.push(`| ${client.label} | ${columns.map((col) => cell(run, client.id, col)).join(' | ')} |`);
  }
  return rows.join('\n');
}

/** One row per repetition, one column per client: the value and, but for raw fetch, its ratio to raw fetch. */
export function perRepTable<R>(run: WorkloadRun<R>, col: Column<R>): string {
  const clients = run.clients;
  const rows = [`| rep | order | ${clients.map((c) => `${c.label}: ${col.title}`).join(' | ')} |`];
  rows.push(`| --- | --- | ${clients.map(() => '---:').join(' | ')} |`);
  for (let rep = 0; rep < run.reps; rep++) {
    const samples = run.samples.filter((s) => s.rep === rep);
    const order = [...samples]
      .sort((a, b) => a.position - b.position)
      .map((s) => s.client)
      .join(' → ');
    const base = samples.find((s) => s.client === 'raw');
    const cells = clients.map((c) => {
      const sample = samples.find((s) => s.client === c.id) as Sample<R> | undefined;
      if (!sample) return '';
      const value = col.metric(sample.result);
      const ratio = c.id !== 'raw' && base ? ` (${x(value / col.metric(base.result))})` : '';
      return `${col.format(value)}${ratio}`;
    });
    rows.push(`| ${rep + 1} | ${order} | ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}
