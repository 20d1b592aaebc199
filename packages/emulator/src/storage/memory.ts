import type {
  BackendFactory,
  DatasetBackend,
  QueueBackend,
  QueueChange,
  RecordBackend,
  StoredQueueRequest,
  StoredRecord,
} from './backends.js';

/**
 * Items are kept as serialised JSON, not as live objects: about a third of the memory, and every read returns a
 * fresh copy so no caller can change stored data by accident.
 */
export class MemoryDataset implements DatasetBackend {
  private items: string[] = [];
  count() {
    return this.items.length;
  }
  async append(items: readonly Record<string, unknown>[]) {
    // Serialised first, so a push is stored whole or not at all.
    const texts = items.map((item) => JSON.stringify(item));
    this.items.push(...texts);
  }
  async *read(start: number, end: number) {
    for (let index = Math.max(0, start); index < Math.min(end, this.items.length); index += 1) {
      yield JSON.parse(this.items[index] as string) as Record<string, unknown>;
    }
  }
  async drop() {
    this.items = [];
  }
}

const utf8Compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export class MemoryRecords implements RecordBackend {
  private records = new Map<string, StoredRecord>();
  keys() {
    return [...this.records.entries()]
      .map(([key, record]) => ({ key, size: record.value.byteLength }))
      .sort((a, b) => utf8Compare(a.key, b.key));
  }
  async get(key: string) {
    return this.records.get(key);
  }
  async set(key: string, record: StoredRecord) {
    this.records.set(key, record);
  }
  async delete(key: string) {
    return this.records.delete(key);
  }
  async drop() {
    this.records.clear();
  }
}

export class MemoryQueue implements QueueBackend {
  private entries = new Map<string, StoredQueueRequest>();
  load() {
    return [...this.entries.values()];
  }
  async commit(change: QueueChange) {
    for (const entry of change.save ?? []) this.entries.set(entry.request.id, entry);
    for (const id of change.delete ?? []) this.entries.delete(id);
  }
  async drop() {
    this.entries.clear();
  }
}

export const memoryBackends: BackendFactory = {
  dataset: () => new MemoryDataset(),
  records: () => new MemoryRecords(),
  queue: () => new MemoryQueue(),
};
