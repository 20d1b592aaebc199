import { statSync } from 'node:fs';
import type { EmulatorState, StorageOptions } from '../state/state.js';
import type { StorageMeta } from '../state/storage-meta.js';
import type { DiskStorage, StorageKind } from './disk.js';
import { isObject, isScratchName, join, listSync, readJsonSync, stableId } from './disk-files.js';
import { FOLDER_METADATA } from './disk-folder.js';

/** The Actor the on-disk run belongs to: `local~local-actor`, also reachable under the default user's username. */
export const LOCAL_USERNAME = 'local';
export const LOCAL_ACTOR_NAME = 'local-actor';

const KINDS: StorageKind[] = ['datasets', 'key_value_stores', 'request_queues'];
const APIFY_ID = /^[A-Za-z0-9]{17}$/;

interface Found {
  kind: StorageKind;
  folder: string;
  id: string;
  name: string | null;
  times: Partial<Record<'createdAt' | 'modifiedAt' | 'accessedAt', Date>>;
}

/**
 * Creates one storage per folder of `datasets/`, `key_value_stores/` and `request_queues/`, then a SUCCEEDED run of
 * `local~local-actor` whose default storages are the `default` folders (created empty when missing). IDs come from
 * `__metadata__.json` when it holds an Apify-style ID, otherwise from a hash of the folder path, and the run ID from
 * a hash of the storage directory: the same folder is served under the same IDs after every restart.
 */
export async function loadFolders(disk: DiskStorage, state: EmulatorState): Promise<void> {
  const { root } = disk;
  const owner = state.defaultUser;
  const actorId = stableId(root, 'actor');
  const runId = stableId(root);
  const actor = state.actors.get(actorId) ?? state.createActor({ id: actorId, name: LOCAL_ACTOR_NAME });
  actor.username = LOCAL_USERNAME;
  actor.aliasUsernames = [owner.username];

  const found = KINDS.flatMap((kind) => scan(root, kind));
  disk.journal.removeOldTemporariesSync(found.map((storage) => storage.folder));
  const taken = new Set<string>();
  for (const storage of found) {
    // A copied folder repeats its metadata ID: the second copy gets its own.
    if (taken.has(storage.id) || existing(state, storage.kind, storage.id)) {
      storage.id = stableId(root, storage.kind, storage.folder);
    }
    taken.add(storage.id);
  }
  const defaults = new Map<StorageKind, string>();
  for (const kind of KINDS) {
    const folder = join(root, kind, 'default');
    const match = found.find((storage) => storage.kind === kind && storage.folder === folder);
    if (match) defaults.set(kind, match.id);
    else {
      const id = stableId(root, kind, folder);
      found.push({ kind, folder, id, name: 'default', times: {} });
      defaults.set(kind, id);
    }
  }

  for (const storage of found) {
    const isDefault = defaults.get(storage.kind) === storage.id;
    const options: StorageOptions = {
      id: storage.id,
      name: storage.name,
      userId: owner.id,
      ...(isDefault ? { actId: actorId, actRunId: runId } : {}),
    };
    disk.useFolder(storage.kind, storage.id, storage.folder);
    const created =
      storage.kind === 'datasets'
        ? state.createDataset(options)
        : storage.kind === 'key_value_stores'
          ? state.createKeyValueStore(options)
          : state.createRequestQueue(options);
    restoreTimes(created.meta, storage.times);
  }

  const startedAt = earliest(
    found.filter((storage) => defaults.get(storage.kind) === storage.id),
    new Date(state.clock.now()),
  );
  state.createRun({
    actorId,
    id: runId,
    status: 'SUCCEEDED',
    origin: 'CLI',
    startedAt,
    defaultDatasetId: defaults.get('datasets') as string,
    defaultKeyValueStoreId: defaults.get('key_value_stores') as string,
    defaultRequestQueueId: defaults.get('request_queues') as string,
    reuseStorages: true,
  });
}

function scan(root: string, kind: StorageKind): Found[] {
  return listSync(join(root, kind))
    .filter((entry) => entry.isDirectory && !isScratchName(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => {
      const folder = join(root, kind, entry.name);
      const metadata = readJsonSync(join(folder, FOLDER_METADATA));
      const meta = isObject(metadata) ? metadata : {};
      const id = typeof meta.id === 'string' && APIFY_ID.test(meta.id) ? meta.id : stableId(root, kind, folder);
      // Storages this emulator created keep their name (or none) in metadata; others are named after their folder.
      const name = typeof meta.name === 'string' || meta.name === null ? meta.name : entry.name;
      const times: Found['times'] = {};
      for (const field of ['createdAt', 'modifiedAt', 'accessedAt'] as const) {
        const value = typeof meta[field] === 'string' ? new Date(meta[field]) : undefined;
        if (value && !Number.isNaN(value.getTime())) times[field] = value;
      }
      if (!times.createdAt) times.createdAt = folderTime(folder);
      return { kind, folder, id, name, times };
    });
}

function existing(state: EmulatorState, kind: StorageKind, id: string): boolean {
  if (kind === 'datasets') return state.datasets.has(id);
  if (kind === 'key_value_stores') return state.keyValueStores.has(id);
  return state.requestQueues.has(id);
}

function folderTime(folder: string): Date | undefined {
  try {
    const { birthtimeMs, mtimeMs } = statSync(folder);
    return new Date(birthtimeMs > 0 ? Math.min(birthtimeMs, mtimeMs) : mtimeMs);
  } catch {
    return undefined;
  }
}

/** The stored timestamps replace the ones the state stamped at creation (`createdAt` is set only once). */
function restoreTimes(meta: StorageMeta, times: Found['times']): void {
  const createdAt = times.createdAt ?? meta.createdAt;
  const modifiedAt = times.modifiedAt ?? createdAt;
  Object.assign(meta, { createdAt, modifiedAt, accessedAt: times.accessedAt ?? modifiedAt });
}

/** The run started when its first default storage was created (`now` when none says). */
function earliest(storages: Found[], now: Date): Date {
  const times = storages.map((storage) => storage.times.createdAt?.getTime()).filter((t) => t !== undefined);
  return times.length > 0 ? new Date(Math.min(...times)) : now;
}
