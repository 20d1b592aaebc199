import type { Run } from '@apify-runs/client';
import type { DemoContext } from '../context.js';
import { count, preview } from '../terminal.js';

/** The store's keys (`listKeys()`), then `INPUT` and `OUTPUT` parsed by their Content-Type (`getRecord()`). */
export async function showRecords({ term, target, signal }: DemoContext, run: Run): Promise<void> {
  term.step(`Records of ${run.id}  (keyValueStore.listKeys(), getRecord('INPUT'), getRecord('OUTPUT'))`);
  const store = target.client.run(run.id).keyValueStore;
  const keys = await store.listKeys({ limit: 10 }, { signal });
  term.line(`   keys: ${keys.items.map((key) => `${key.key} (${count(key.size)} B)`).join(', ') || 'none'}`);
  for (const key of ['INPUT', 'OUTPUT']) {
    const record = await store.getRecord(key, {}, { signal });
    term.line(`   ${key.padEnd(6)} ${record ? `${record.contentType}  ${preview(record.value)}` : 'not set'}`);
  }
}
