import { resolve } from 'node:path';
import type { EmulatorState } from '../state/state.js';
import type { StorageMeta } from '../state/storage-meta.js';
import type { BackendFactory } from './backends.js';
import { DiskDataset } from './disk-dataset.js';
import { ensureDir, isObject, join, readJsonSync } from './disk-files.js';
import { type DiskFolder, FOLDER_METADATA } from './disk-folder.js';
import { DiskJournal } from './disk-journal.js';
import { loadFolders } from './disk-load.js';
import { DiskQueue } from './disk-queue.js';
import { DiskRecords } from './disk-records.js';
import { MemoryDataset, MemoryQueue, MemoryRecords } from './memory.js';

/** The three storage folders of the Apify CLI / Crawlee layout. */
export type StorageKind = 'datasets' | 'key_value_stores' | 'request_queues';

/** Metadata writes are batched: a burst of pushes rewrites `__metadata__.json` once. */
const METADATA_DELAY_MS = 100;

interface Tracked {
  kind: StorageKind;
  id: string;
  backend: DiskFolder;
  /** The metadata last written or loaded, to write only on change. */
  written?: string;
}

/**
 * The `--storage <dir>` mode: storages live in the folder as Crawlee and `apify run` lay them out. Storages found
 * there are loaded by `load`; storages created afterwards (by the API or the admin routes) go to `<kind>/<id>/` with
 * a `__metadata__.json` that keeps their ID and name across restarts. Storages created before `load` (the demo seed)
 * stay in memory, so seeding never writes into the user's folder.
 */
export class DiskStorage {
  readonly root: string;
  /** Every change to the folder goes through it, all or nothing. */
  readonly journal: DiskJournal;
  private active = false;
  private state: EmulatorState | undefined;
  /** `<kind>/<id>` → folder, for storages `load` creates from existing folders. */
  private readonly hints = new Map<string, string>();
  private readonly tracked = new Map<string, Tracked>();
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(dir: string) {
    this.root = resolve(dir);
    this.journal = new DiskJournal(this.root);
  }

  readonly backends: BackendFactory = {
    dataset: (id) =>
      this.active ? this.track('datasets', id, (f) => new DiskDataset(f, this.journal)) : new MemoryDataset(),
    records: (id) =>
      this.active ? this.track('key_value_stores', id, (f) => new DiskRecords(f, this.journal)) : new MemoryRecords(),
    queue: (id) =>
      this.active ? this.track('request_queues', id, (f) => new DiskQueue(f, this.journal)) : new MemoryQueue(),
  };

  /** Makes the next storage of `kind` with `id` use `folder` instead of `<kind>/<id>`. */
  useFolder(kind: StorageKind, id: string, folder: string): void {
    this.hints.set(`${kind}/${id}`, folder);
  }

  private track<T extends DiskFolder>(kind: StorageKind, id: string, create: (folder: string) => T): T {
    const key = `${kind}/${id}`;
    const hinted = this.hints.get(key);
    this.hints.delete(key);
    const backend = create(hinted ?? join(this.root, kind, id));
    const tracked: Tracked = { kind, id, backend };
    this.tracked.set(key, tracked);
    backend.onChange = () => this.markDirty(key);
    // A storage created at run time is written out at once, so even an empty one survives a restart.
    if (!hinted) this.markDirty(key);
    return backend;
  }

  private markDirty(key: string): void {
    this.dirty.add(key);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      // Nobody awaits a timed flush; a failure here is retried by the next change or by `close`.
      this.flush().catch(() => undefined);
    }, METADATA_DELAY_MS);
    this.timer.unref();
  }

  /** Scans the folder, creates one storage per subfolder and the finished run that owns the `default` ones. */
  async load(state: EmulatorState): Promise<void> {
    await ensureDir(this.root);
    // A change a crash interrupted is finished (or thrown away) before any folder is read.
    this.journal.recoverSync();
    this.state = state;
    this.active = true;
    await loadFolders(this, state);
    // What was just loaded counts as written: only later changes rewrite `__metadata__.json`. Except counts that
    // disagree with the folder's files (the file is written a moment after each change, so a kill can leave it
    // behind): Crawlee trusts them, so they are put right.
    for (const [key, tracked] of this.tracked) {
      if (this.dirty.has(key)) continue;
      const computed = this.metadataOf(tracked);
      tracked.written = computed;
      const onDisk = readJsonSync(join(tracked.backend.folder, FOLDER_METADATA));
      if (computed !== undefined && isObject(onDisk) && countsDiffer(onDisk, JSON.parse(computed))) {
        tracked.written = undefined;
        this.markDirty(key);
      }
    }
  }

  /** The `__metadata__.json` of a storage, as JSON text; undefined once the storage is deleted. */
  private metadataOf({ kind, id, backend }: Tracked): string | undefined {
    const state = this.state;
    if (!state || backend.isDropped) return undefined;
    const common = (meta: StorageMeta) => ({
      id: meta.id,
      name: meta.name,
      createdAt: meta.createdAt.toISOString(),
      modifiedAt: meta.modifiedAt.toISOString(),
      accessedAt: meta.accessedAt.toISOString(),
    });
    if (kind === 'datasets') {
      const dataset = state.datasets.get(id);
      return dataset && JSON.stringify({ ...common(dataset.meta), itemCount: dataset.itemCount() });
    }
    if (kind === 'key_value_stores') {
      const store = state.keyValueStores.get(id);
      return store && JSON.stringify(common(store.meta));
    }
    const queue = state.requestQueues.get(id);
    if (!queue || !(backend instanceof DiskQueue)) return undefined;
    const { total, handled } = backend.counts();
    return JSON.stringify({
      ...common(queue.meta),
      totalRequestCount: total,
      handledRequestCount: handled,
      pendingRequestCount: total - handled,
    });
  }

  /** Writes `__metadata__.json` of every storage whose metadata changed (`all`: not only the ones marked dirty). */
  async flush(all = false): Promise<void> {
    const keys = all ? [...this.tracked.keys()] : [...this.dirty];
    this.dirty.clear();
    const writes: Promise<void>[] = [];
    for (const key of keys) {
      const tracked = this.tracked.get(key);
      if (!tracked) continue;
      const metadata = this.metadataOf(tracked);
      if (metadata === undefined) {
        // Deleted: nothing more to persist.
        if (tracked.backend.isDropped || !this.stateHas(tracked)) this.tracked.delete(key);
        continue;
      }
      if (metadata === tracked.written) continue;
      tracked.written = metadata;
      writes.push(tracked.backend.writeMetadata(JSON.parse(metadata) as Record<string, unknown>));
    }
    await Promise.all(writes);
  }

  private stateHas({ kind, id }: Tracked): boolean {
    const state = this.state;
    if (!state) return false;
    if (kind === 'datasets') return state.datasets.has(id);
    if (kind === 'key_value_stores') return state.keyValueStores.has(id);
    return state.requestQueues.has(id);
  }

  /** Waits for queued writes, then writes the metadata that changed. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.all([...this.tracked.values()].map(({ backend }) => backend.idle()));
    await this.flush(true);
  }
}

const COUNTS = ['itemCount', 'totalRequestCount', 'handledRequestCount', 'pendingRequestCount'];

/** True when a count the emulator writes differs between the file and the folder's contents. */
const countsDiffer = (onDisk: Record<string, unknown>, computed: Record<string, unknown>) =>
  COUNTS.some((name) => name in computed && onDisk[name] !== computed[name]);

/**
 * Opens `dir` as the emulator's storage (see {@link DiskStorage}).
 *
 * @example
 * ```ts
 * const disk = await openDiskStorage('./storage');
 * const state = new EmulatorState(disk.backends);
 * await disk.load(state); // the folder is now served as the run `local~local-actor/runs/last`
 * ```
 */
export async function openDiskStorage(
  dir: string,
): Promise<{ backends: BackendFactory; load(state: EmulatorState): Promise<void>; close(): Promise<void> }> {
  const storage = new DiskStorage(dir);
  await ensureDir(storage.root);
  return {
    backends: storage.backends,
    load: (state) => storage.load(state),
    close: () => storage.close(),
  };
}
