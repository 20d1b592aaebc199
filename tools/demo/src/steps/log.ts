import type { DemoContext } from '../context.js';
import { count } from '../terminal.js';

/** A running tail of a `log.stream()`: keeps the last `keep` lines and counts them all. */
export interface LogTail {
  /** Resolves when the stream ends (the run finished) or fails. */
  done: Promise<void>;
  lines: string[];
  total: number;
  error?: unknown;
}

/** Starts following the run's log in the background (`client.run(id).log.stream()`). */
export function followLog({ target, signal }: DemoContext, runId: string, keep = 6): LogTail {
  const tail: LogTail = { done: Promise.resolve(), lines: [], total: 0 };
  tail.done = (async () => {
    try {
      for await (const line of target.client.run(runId).log.stream({}, { signal })) {
        tail.total += 1;
        tail.lines.push(line);
        if (tail.lines.length > keep) tail.lines.shift();
      }
    } catch (error) {
      tail.error = error;
    }
  })();
  return tail;
}

/** Prints the tail: the stream ended when the run finished, so these are the run's last lines. */
export async function printLogTail({ term }: DemoContext, runId: string, tail: LogTail): Promise<void> {
  await tail.done;
  term.step(`Log of ${runId}  (log.stream(): followed live while waiting, ended with the run)`);
  if (tail.error) throw tail.error;
  term.line(`   ${count(tail.total)} lines streamed; the last ${tail.lines.length}:`);
  for (const line of tail.lines) term.line(`   │ ${line}`);
}

/** The last `n` lines of a finished run's log (`log.get()`). */
export async function printLastLines({ term, target, signal }: DemoContext, runId: string, n = 6): Promise<number> {
  term.step(`Log of ${runId}  (log.get())`);
  const lines = (await target.client.run(runId).log.get({}, { signal })).trimEnd().split('\n');
  term.line(`   ${count(lines.length)} lines; the last ${Math.min(n, lines.length)}:`);
  for (const line of lines.slice(-n)) term.line(`   │ ${line}`);
  return lines.length;
}
