import type { Run } from '@apify-runs/client';
import type { DemoContext } from '../context.js';
import { duration } from '../terminal.js';

/** `client.lastRun(actor, { status: 'SUCCEEDED' }).get()`: the newest successful run, or undefined. */
export async function lastSucceededRun({ term, target, signal }: DemoContext): Promise<Run | undefined> {
  term.step(`Last successful run of ${target.actor}  (client.lastRun(actor, { status: 'SUCCEEDED' }).get())`);
  const run = await target.client.lastRun(target.actor, { status: 'SUCCEEDED' }).get({}, { signal });
  if (!run) {
    term.line(`   ${target.actor} has no SUCCEEDED run.`);
    return undefined;
  }
  const took = run.finishedAt ? duration(Date.parse(run.finishedAt) - Date.parse(run.startedAt)) : 'unknown';
  term.line(`   ${run.id}  ${run.status}  started ${run.startedAt}, took ${took}`);
  if (run.statusMessage) term.line(`   "${run.statusMessage}"`);
  term.line(
    `   dataset ${run.defaultDatasetId}, key-value store ${run.defaultKeyValueStoreId}, ` +
      `request queue ${run.defaultRequestQueueId}`,
  );
  return run;
}
