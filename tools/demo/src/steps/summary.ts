import type { DemoContext, DemoResults } from '../context.js';
import { count, megabytes, seconds } from '../terminal.js';

/** The closing lines: items, time, items/s and peak RSS of this process. */
export function printSummary({ term }: DemoContext, results: DemoResults, totalMs: number): void {
  const items = results.items;
  const rate = items ? Math.round(items.count / Math.max(items.ms / 1000, 0.001)) : 0;
  term.line('');
  term.line('Summary');
  term.line(`   items        ${items ? `${count(items.count)} in ${seconds(items.ms)}` : 'none'}`);
  term.line(`   items/s      ${count(rate)}`);
  if (results.waited) {
    term.line(
      `   waited       ${seconds(results.waited.ms)} for ${results.waited.run.id} (${results.waited.run.status})`,
    );
  }
  if (results.logLines !== undefined) term.line(`   log lines    ${count(results.logLines)}`);
  term.line(`   total time   ${seconds(totalMs)}`);
  // maxRSS is in kilobytes; it covers the whole process (with the in-process emulator when there is one).
  term.line(`   peak RSS     ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
}
