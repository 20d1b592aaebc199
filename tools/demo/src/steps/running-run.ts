import type { Run } from '@apify-runs/client';
import type { DemoContext } from '../context.js';
import { count } from '../terminal.js';

/** `client.lastRun(actor, { status: 'RUNNING' }).get()`: a run in progress, or undefined. */
export async function runningRun({ term, target, signal }: DemoContext): Promise<Run | undefined> {
  term.step(`A running run of ${target.actor}  (client.lastRun(actor, { status: 'RUNNING' }).get())`);
  const run = await target.client.lastRun(target.actor, { status: 'RUNNING' }).get({}, { signal });
  if (!run) {
    term.line(`   none is running now.`);
    return undefined;
  }
  term.line(
    `   ${run.id}  ${run.status}  started ${run.startedAt}${run.statusMessage ? `  "${run.statusMessage}"` : ''}`,
  );
  return run;
}

/** The queue's counts and the first requests of its head (`requestQueue.get()`, `requestQueue.head()`). */
export async function queueHead({ term, target, signal }: DemoContext, run: Run, limit = 5): Promise<void> {
  term.step(`Request queue head of ${run.id}  (run.requestQueue.head({ limit: ${limit} }))`);
  const queue = target.client.run(run.id).requestQueue;
  const [info, head] = await Promise.all([queue.get({ signal }), queue.head({ limit }, { signal })]);
  term.line(
    `   ${info.id}: ${count(info.totalRequestCount)} requests, ${count(info.handledRequestCount)} handled, ` +
      `${count(info.pendingRequestCount)} pending`,
  );
  if (head.items.length === 0) term.line('   the head is empty: nothing left to crawl.');
  for (const request of head.items) term.line(`   → ${request.method ?? 'GET'} ${request.url}`);
}
