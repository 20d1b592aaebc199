import type { Emulator } from '../../src/index.js';

/** The ids a scene's request may touch. */
export interface SceneIds {
  runIds: string[];
}

/**
 * Everything observable about the given runs and their storages: the run objects, every counter and timestamp of
 * each storage (as its API object), every item, record (bytes, type, encoding), request (with order and lock) and
 * log line, plus how many objects the emulator holds. Read through the backends, so taking it changes nothing.
 */
export async function snapshot(emulator: Emulator, { runIds }: SceneIds): Promise<unknown> {
  const { state } = emulator;
  const parts: unknown[] = [
    { runs: state.runs.size, datasets: state.datasets.size, stores: state.keyValueStores.size },
    { queues: state.requestQueues.size, actors: state.actors.size, users: state.users.size, tokens: state.tokens.size },
  ];
  for (const runId of runIds) {
    const record = state.runs.get(runId);
    parts.push({ runId, run: record?.run ?? null, log: state.logs.get(runId)?.content() ?? null });
    if (!record) continue;
    const dataset = state.datasets.get(record.run.defaultDatasetId);
    if (dataset) {
      const items: unknown[] = [];
      for await (const item of dataset.backend.read(0, dataset.itemCount())) items.push(item);
      parts.push({ dataset: await dataset.describe(state.baseUrl), items });
    }
    const store = state.keyValueStores.get(record.run.defaultKeyValueStoreId);
    if (store) {
      const records: unknown[] = [];
      for (const { key } of store.backend.keys()) {
        const value = await store.backend.get(key);
        records.push({ key, ...value, value: Buffer.from(value?.value ?? []).toString('base64') });
      }
      parts.push({ store: store.describe(state.baseUrl), records });
    }
    const queue = state.requestQueues.get(record.run.defaultRequestQueueId);
    if (queue) {
      const entries = [...queue.entries.values()].sort((a, b) => (a.request.id < b.request.id ? -1 : 1));
      parts.push({ queue: queue.describe(state.baseUrl), entries, multiple: queue.hadMultipleClients });
    }
  }
  return JSON.parse(JSON.stringify(parts));
}

/** The first place two snapshots differ, as `path: before → after`; undefined when they are equal. */
export function firstDifference(before: unknown, after: unknown, path = '$'): string | undefined {
  if (Object.is(before, after)) return undefined;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) {
    return `${path}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`;
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const found = firstDifference(
      (before as Record<string, unknown>)[key],
      (after as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return undefined;
}
