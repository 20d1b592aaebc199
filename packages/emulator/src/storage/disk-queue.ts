import type { QueueBackend, QueueChange, StoredQueueRequest } from './backends.js';
import { isObject, isScratchName, join, listSync, readJsonSync, safeStem } from './disk-files.js';
import { DiskFolder, FOLDER_METADATA } from './disk-folder.js';
import type { DiskJournal } from './disk-journal.js';

type QueueRequest = StoredQueueRequest['request'];

/**
 * Requests stored one file per request, `<id>.json`, in Crawlee's memory-storage entry shape:
 * `{ id, json: "<the request, stringified>", method, orderNo, retryCount, uniqueKey, url }` plus this emulator's lock
 * fields (`lockExpiresAt`, `lockedBy`). Plain request objects (a hand-made fixture) load too. Queues are small
 * enough to keep every entry in memory, which also answers the handled/pending counts of `__metadata__.json`.
 */
export class DiskQueue extends DiskFolder implements QueueBackend {
  private entries = new Map<string, { entry: StoredQueueRequest; file: string }>();

  constructor(folder: string, journal: DiskJournal) {
    super(folder, journal);
    const names = listSync(folder)
      .filter((entry) => entry.isFile && entry.name.endsWith('.json') && entry.name !== FOLDER_METADATA)
      .map((entry) => entry.name)
      .filter((name) => !isScratchName(name))
      .sort();
    let position = 0;
    for (const file of names) {
      position += 1;
      const entry = parseEntry(readJsonSync(join(folder, file)), file.slice(0, -'.json'.length), position);
      if (entry && !this.entries.has(entry.request.id)) this.entries.set(entry.request.id, { entry, file });
    }
  }

  load(): StoredQueueRequest[] {
    return [...this.entries.values()].map(({ entry }) => structuredClone(entry));
  }

  /** Number of requests, and of those already handled. */
  counts(): { total: number; handled: number } {
    let handled = 0;
    for (const { entry } of this.entries.values()) if (entry.orderNo === null) handled += 1;
    return { total: this.entries.size, handled };
  }

  /** One file per saved request and one removal per deleted one, as a single journal commit. */
  commit(change: QueueChange): Promise<void> {
    const saves = (change.save ?? []).map((entry) => structuredClone(entry));
    const deletes = [...(change.delete ?? [])];
    return this.serial(async () => {
      this.dropped = false;
      const written = saves.map((entry) => {
        const id = entry.request.id;
        return { id, entry, file: this.entries.get(id)?.file ?? `${safeStem(id)}.json` };
      });
      const removed = deletes.flatMap((id) => {
        const found = this.entries.get(id);
        return found ? [{ id, file: found.file }] : [];
      });
      if (written.length === 0 && removed.length === 0) return;
      await this.applyChange({
        write: written.map(({ entry, file }) => ({
          path: join(this.folder, file),
          data: `${JSON.stringify(toCrawlee(entry), null, 2)}\n`,
        })),
        remove: removed.map(({ file }) => join(this.folder, file)),
      });
      for (const { id, entry, file } of written) this.entries.set(id, { entry, file });
      for (const { id } of removed) this.entries.delete(id);
      this.changed();
    });
  }

  protected clear(): void {
    this.entries.clear();
  }
}

function toCrawlee({ request, orderNo, lockExpiresAt, lockedBy }: StoredQueueRequest): Record<string, unknown> {
  return {
    id: request.id,
    json: JSON.stringify(request),
    method: typeof request.method === 'string' ? request.method : 'GET',
    orderNo,
    retryCount: typeof request.retryCount === 'number' ? request.retryCount : 0,
    uniqueKey: request.uniqueKey,
    url: request.url,
    ...(lockExpiresAt !== undefined ? { lockExpiresAt } : {}),
    ...(lockedBy !== undefined ? { lockedBy } : {}),
  };
}

/**
 * One stored entry from a file: the Crawlee shape (the request in `json`) or a plain request. A file without a URL
 * is not a request and is skipped. Plain requests without an order keep the file order; handled ones get none.
 */
function parseEntry(value: unknown, fileStem: string, position: number): StoredQueueRequest | undefined {
  if (!isObject(value)) return undefined;
  let request: Record<string, unknown> = value;
  if (typeof value.json === 'string') {
    try {
      const inner: unknown = JSON.parse(value.json);
      if (isObject(inner)) request = inner;
    } catch {
      // Keep the outer object: it repeats id, url, uniqueKey and method.
    }
  }
  const url = typeof request.url === 'string' ? request.url : typeof value.url === 'string' ? value.url : undefined;
  if (!url) return undefined;
  const id = firstString(request.id, value.id) ?? fileStem;
  const uniqueKey = firstString(request.uniqueKey, value.uniqueKey) ?? url;
  const { json: _json, orderNo: _orderNo, lockExpiresAt: _expires, lockedBy: _by, ...rest } = request;
  const stored: QueueRequest = { ...rest, id, uniqueKey, url };
  if (stored.method === undefined && typeof value.method === 'string') stored.method = value.method;
  const handled = typeof stored.handledAt === 'string';
  let orderNo: number | null;
  if (typeof value.orderNo === 'number' || value.orderNo === null) orderNo = value.orderNo;
  else orderNo = handled ? null : position;
  const entry: StoredQueueRequest = { request: stored, orderNo };
  if (typeof value.lockExpiresAt === 'number') entry.lockExpiresAt = value.lockExpiresAt;
  if (typeof value.lockedBy === 'string') entry.lockedBy = value.lockedBy;
  return entry;
}

const firstString = (...values: unknown[]) => values.find((value): value is string => typeof value === 'string');
