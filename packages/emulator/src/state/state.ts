import type { Run, RunOrigin, RunStatus } from '@apify-runs/types';
import { type Clock, dateOf, systemClock } from '../clock/clock.js';
import type { BackendFactory } from '../storage/backends.js';
import { DatasetState } from './dataset.js';
import { newId } from './ids.js';
import { KeyValueStoreState } from './key-value-store.js';
import { RequestQueueState } from './request-queue.js';
import { RunLog, statusChangeLine } from './run-log.js';
import { type PlannedStep, RunRecord } from './run-record.js';
import { StorageMeta } from './storage-meta.js';

export interface UserInfo {
  id: string;
  username: string;
}

export interface ActorInfo {
  id: string;
  name: string;
  username: string;
  userId: string;
  /** Further usernames the Actor also resolves under as `<username>~<name>` (the on-disk run's `local` owner). */
  aliasUsernames?: string[];
}

export interface StorageOptions {
  id?: string;
  name?: string | null;
  userId?: string;
  actId?: string | null;
  actRunId?: string | null;
}

export interface CreateRunOptions {
  actorId: string;
  /**
   * The user who started the run (default: the Actor's owner). The run and its default storages belong to them: it
   * is their last run of the Actor, and only their token can change it.
   */
  userId?: string;
  id?: string;
  status?: RunStatus;
  origin?: RunOrigin;
  startedAt?: Date;
  /** Status changes to play after creation, e.g. RUNNING at 0 ms then SUCCEEDED at 5000 ms. */
  plan?: PlannedStep[];
  defaultDatasetId?: string;
  defaultKeyValueStoreId?: string;
  defaultRequestQueueId?: string;
  /** Use these existing storages as the run's default storages instead of creating new ones. */
  reuseStorages?: boolean;
  options?: Partial<Run['options']>;
  pricingInfo?: Run['pricingInfo'];
}

const ZERO_USAGE = {
  ACTOR_COMPUTE_UNITS: 0,
  DATASET_READS: 0,
  DATASET_WRITES: 0,
  KEY_VALUE_STORE_READS: 0,
  KEY_VALUE_STORE_WRITES: 0,
  KEY_VALUE_STORE_LISTS: 0,
  REQUEST_QUEUE_READS: 0,
  REQUEST_QUEUE_WRITES: 0,
  DATA_TRANSFER_INTERNAL_GBYTES: 0,
  DATA_TRANSFER_EXTERNAL_GBYTES: 0,
  PROXY_RESIDENTIAL_TRANSFER_GBYTES: 0,
  PROXY_SERPS: 0,
};

/** Everything the emulator knows: users and tokens, actors, runs and their storages. */
export class EmulatorState {
  readonly users = new Map<string, UserInfo>();
  /** token → user id */
  readonly tokens = new Map<string, string>();
  readonly actors = new Map<string, ActorInfo>();
  readonly runs = new Map<string, RunRecord>();
  readonly datasets = new Map<string, DatasetState>();
  readonly keyValueStores = new Map<string, KeyValueStoreState>();
  readonly requestQueues = new Map<string, RequestQueueState>();
  /** run id → log */
  readonly logs = new Map<string, RunLog>();
  /** The user that owns what is created without an explicit owner. */
  readonly defaultUser: UserInfo;
  baseUrl = 'http://127.0.0.1';

  constructor(
    readonly backends: BackendFactory,
    /** The emulator's time: run lifecycles, waits, lock expiry and every timestamp (see `clock/clock.ts`). */
    readonly clock: Clock = systemClock,
    defaultUser: UserInfo = { id: 'BPWZBd7Z9c746JAng', username: 'demo' },
  ) {
    this.defaultUser = defaultUser;
    this.users.set(defaultUser.id, defaultUser);
  }

  addToken(token: string, userId = this.defaultUser.id): void {
    if (!this.users.has(userId)) throw new Error(`unknown user ${userId}`);
    this.tokens.set(token, userId);
  }

  addUser(user: UserInfo): UserInfo {
    this.users.set(user.id, user);
    return user;
  }

  createActor(options: { name: string; id?: string; userId?: string }): ActorInfo {
    const user = this.users.get(options.userId ?? this.defaultUser.id);
    if (!user) throw new Error(`unknown user ${options.userId}`);
    const actor = { id: options.id ?? newId(), name: options.name, username: user.username, userId: user.id };
    this.actors.set(actor.id, actor);
    return actor;
  }

  /** Finds an Actor by ID, `username~name`, or `~name` (the caller's own account). */
  resolveActor(ref: string, callerId?: string): ActorInfo | undefined {
    const byId = this.actors.get(ref);
    if (byId) return byId;
    const tilde = ref.indexOf('~');
    if (tilde < 0) return undefined;
    const username = ref.slice(0, tilde) || this.users.get(callerId ?? '')?.username;
    const name = ref.slice(tilde + 1);
    for (const actor of this.actors.values()) {
      if (actor.name !== name) continue;
      if (actor.username === username || (username && actor.aliasUsernames?.includes(username))) return actor;
    }
    return undefined;
  }

  private meta(options: StorageOptions): StorageMeta {
    return new StorageMeta(
      options.id ?? newId(),
      options.name ?? null,
      options.userId ?? this.defaultUser.id,
      options.actId ?? null,
      options.actRunId ?? null,
      this.clock,
    );
  }

  createDataset(options: StorageOptions = {}): DatasetState {
    const meta = this.meta(options);
    const dataset = new DatasetState(meta, this.backends.dataset(meta.id, meta.name));
    this.datasets.set(meta.id, dataset);
    return dataset;
  }

  createKeyValueStore(options: StorageOptions = {}): KeyValueStoreState {
    const meta = this.meta(options);
    const store = new KeyValueStoreState(meta, this.backends.records(meta.id, meta.name));
    this.keyValueStores.set(meta.id, store);
    return store;
  }

  createRequestQueue(options: StorageOptions = {}): RequestQueueState {
    const meta = this.meta(options);
    const queue = new RequestQueueState(meta, this.backends.queue(meta.id, meta.name));
    this.requestQueues.set(meta.id, queue);
    return queue;
  }

  /** Creates a run with its default storages and log, and starts its plan. */
  createRun(options: CreateRunOptions): RunRecord {
    const actor = this.actors.get(options.actorId);
    if (!actor) throw new Error(`unknown actor ${options.actorId}`);
    const userId = options.userId ?? actor.userId;
    if (!this.users.has(userId)) throw new Error(`unknown user ${userId}`);
    const id = options.id ?? newId();
    const owner = { userId, actId: actor.id, actRunId: id };
    const storage = <T extends { meta: StorageMeta }>(
      wanted: string | undefined,
      existing: Map<string, T>,
      create: (o: StorageOptions) => T,
    ): T => {
      const found = wanted && options.reuseStorages ? existing.get(wanted) : undefined;
      return found ?? create({ ...owner, ...(wanted ? { id: wanted } : {}) });
    };
    const dataset = storage(options.defaultDatasetId, this.datasets, (o) => this.createDataset(o));
    const store = storage(options.defaultKeyValueStoreId, this.keyValueStores, (o) => this.createKeyValueStore(o));
    const queue = storage(options.defaultRequestQueueId, this.requestQueues, (o) => this.createRequestQueue(o));
    const startedAt = options.startedAt ?? dateOf(this.clock);
    const status = options.status ?? 'READY';
    const run: Run = {
      id,
      actId: actor.id,
      userId,
      actorTaskId: null,
      startedAt: startedAt.toISOString(),
      finishedAt: null,
      status,
      statusMessage: null,
      isStatusMessageTerminal: null,
      meta: { origin: options.origin ?? 'API', clientIp: '127.0.0.1', userAgent: 'apify-runs-emulator' },
      stats: {
        inputBodyLen: 0,
        migrationCount: 0,
        rebootCount: 0,
        restartCount: 0,
        resurrectCount: 0,
        durationMillis: 0,
        runTimeSecs: 0,
        computeUnits: 0,
      },
      options: { build: 'latest', timeoutSecs: 3600, memoryMbytes: 1024, diskMbytes: 2048, ...options.options },
      buildId: `${actor.id.slice(0, 8)}Build0001`.slice(0, 17),
      buildNumber: '0.0.1',
      exitCode: null,
      defaultDatasetId: dataset.meta.id,
      defaultKeyValueStoreId: store.meta.id,
      defaultRequestQueueId: queue.meta.id,
      storageIds: {
        datasets: { default: dataset.meta.id },
        keyValueStores: { default: store.meta.id },
        requestQueues: { default: queue.meta.id },
      },
      generalAccess: 'FOLLOW_USER_SETTING',
      containerUrl: `https://${id.toLowerCase()}.runs.apify.net`,
      chargedEventCounts: {},
      usage: { ...ZERO_USAGE },
      usageUsd: { ...ZERO_USAGE },
      usageTotalUsd: 0,
      platformUsageBillingModel: 'USER',
      ...(options.pricingInfo ? { pricingInfo: options.pricingInfo } : {}),
    };
    const record = new RunRecord(run, actor.id, this.clock);
    this.runs.set(id, record);
    const log = new RunLog();
    this.logs.set(id, log);
    // The platform logs every status change; a run created already finished gets the line for its final status.
    let logged: RunStatus | undefined = record.finished ? undefined : status;
    record.onStatus((next) => {
      if (next !== logged) log.append(statusChangeLine(next, dateOf(this.clock)));
      logged = next;
    });
    if (record.finished) {
      record.setStatus(status, undefined, new Date(Math.max(startedAt.getTime(), this.clock.now())));
    }
    if (options.plan) record.plan(options.plan);
    return record;
  }

  /**
   * The newest run of an Actor that matches the filters, among the runs `userId` started (as the platform resolves
   * "last run": another user's runs of the same Actor are not theirs to see).
   */
  lastRun(
    actorId: string,
    filter: { status?: RunStatus; origin?: RunOrigin } = {},
    userId?: string,
  ): RunRecord | undefined {
    let newest: RunRecord | undefined;
    for (const record of this.runs.values()) {
      if (record.actorId !== actorId) continue;
      if (userId !== undefined && record.run.userId !== userId) continue;
      if (filter.status && record.run.status !== filter.status) continue;
      if (filter.origin && record.run.meta.origin !== filter.origin) continue;
      if (!newest || Date.parse(record.run.startedAt) >= Date.parse(newest.run.startedAt)) newest = record;
    }
    return newest;
  }

  /** Stops every timer and waiter: after this the state holds nothing that keeps the process alive. */
  dispose(): void {
    for (const record of this.runs.values()) record.dispose();
  }
}
