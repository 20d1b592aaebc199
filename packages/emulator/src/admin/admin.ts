import type { Run, RunOrigin, RunStatus } from '@apify-runs/types';
import { ManualClock } from '../clock/manual-clock.js';
import type { Faults } from '../faults/faults.js';
import { ApiError, badRequest, conflict, NOT_FOUND, notFound } from '../http/api-error.js';
import { fillTemplate, productItem } from '../seed/products.js';
import type { DatasetState } from '../state/dataset.js';
import { newId } from '../state/ids.js';
import type { KeyValueStoreState } from '../state/key-value-store.js';
import type { RequestQueueState } from '../state/request-queue.js';
import type { PlannedStep, RunRecord } from '../state/run-record.js';
import type { ActorInfo, EmulatorState, UserInfo } from '../state/state.js';
import { recordKey } from './input.js';

/** Input of `createRun`: the Actor (ID or `username~name`) and optional fixed values. */
export interface AdminRunInput {
  actorId: string;
  /** The user who started the run (default: the Actor's owner); the run and its storages are theirs. */
  userId?: string;
  id?: string;
  status?: RunStatus;
  statusMessage?: string;
  origin?: RunOrigin;
  startedAt?: Date;
  /** Only with a terminal `status`: when the run finished (default: now, or `startedAt` if that is later). */
  finishedAt?: Date;
  /** Status changes to play from now on, e.g. `[{ status: 'SUCCEEDED', afterMs: 5000 }]`. */
  plan?: PlannedStep[];
  options?: Partial<Run['options']>;
  defaultDatasetId?: string;
  defaultKeyValueStoreId?: string;
  defaultRequestQueueId?: string;
}

/** What `createRun` returns: the run and the IDs of its default storages. */
export interface AdminRunResult {
  run: Run;
  datasetId: string;
  keyValueStoreId: string;
  requestQueueId: string;
}

/** A request to add to a queue (the API's `RequestWithoutId`). */
export interface AdminRequestInput {
  uniqueKey: string;
  url: string;
  method?: string;
  userData?: object;
  [key: string]: unknown;
}

/** The emulator's clock as `clockInfo` reports it. */
export interface AdminClockInfo {
  now: string;
  /** True for a `ManualClock`: time moves only through `advanceClock`. */
  manual: boolean;
  /** Pending timers of a manual clock, soonest first (empty for the system clock). */
  timers: Array<{ label: string; at: string }>;
}

/** Items appended per `pushItems` call while generating, so a million items never sit in one array. */
const GENERATE_CHUNK = 1_000;

/**
 * Test set-up that the public API cannot do: users and tokens, Actors, runs in any status, storage contents without
 * the API's limits, and faults. The `/__emulator/` HTTP routes call exactly these methods.
 */
export class EmulatorAdmin {
  constructor(
    readonly state: EmulatorState,
    readonly faults: Faults,
  ) {}

  /** Liveness plus a few counts. */
  health(): {
    status: 'ok';
    actors: number;
    runs: number;
    datasets: number;
    keyValueStores: number;
    requestQueues: number;
  } {
    const { state } = this;
    return {
      status: 'ok',
      actors: state.actors.size,
      runs: state.runs.size,
      datasets: state.datasets.size,
      keyValueStores: state.keyValueStores.size,
      requestQueues: state.requestQueues.size,
    };
  }

  /** Creates a user; 409 when the ID or username is taken. */
  createUser(input: { username: string; id?: string }): UserInfo {
    const id = input.id ?? newId();
    if (this.state.users.has(id)) throw conflict(`A user with ID ${id} already exists.`, 'user-id-not-unique');
    for (const user of this.state.users.values()) {
      if (user.username === input.username) {
        throw conflict(`The username "${input.username}" is taken.`, 'username-not-unique');
      }
    }
    return this.state.addUser({ id, username: input.username });
  }

  /** Makes `token` authenticate as `userId` (default: the default user `demo`). */
  addToken(input: { token: string; userId?: string }): { token: string; userId: string } {
    const userId = input.userId ?? this.state.defaultUser.id;
    if (!this.state.users.has(userId)) throw notFound(`User ${userId} was not found.`, 'user-not-found');
    this.state.addToken(input.token, userId);
    return { token: input.token, userId };
  }

  /** Creates an Actor owned by `userId` (default user otherwise); 409 when its ID or `username~name` is taken. */
  createActor(input: { name: string; id?: string; userId?: string }): ActorInfo {
    const user = this.state.users.get(input.userId ?? this.state.defaultUser.id);
    if (!user) throw notFound(`User ${input.userId} was not found.`, 'user-not-found');
    if (input.id && this.state.actors.has(input.id)) {
      throw conflict(`An Actor with ID ${input.id} already exists.`, 'actor-id-not-unique');
    }
    if (this.state.resolveActor(`${user.username}~${input.name}`)) {
      throw conflict(`The Actor ${user.username}~${input.name} already exists.`, 'actor-name-not-unique');
    }
    return this.state.createActor({ name: input.name, userId: user.id, ...(input.id ? { id: input.id } : {}) });
  }

  /** Creates a run with its default storages and log, optionally with a status plan. */
  createRun(input: AdminRunInput): AdminRunResult {
    const actor = this.state.resolveActor(input.actorId);
    if (!actor) throw NOT_FOUND.actor();
    if (input.id && this.state.runs.has(input.id)) {
      throw conflict(`A run with ID ${input.id} already exists.`, 'run-id-not-unique');
    }
    if (input.userId !== undefined && !this.state.users.has(input.userId)) {
      throw notFound(`User ${input.userId} was not found.`, 'user-not-found');
    }
    const terminal = input.finishedAt !== undefined && input.status !== undefined;
    const record = this.state.createRun({
      actorId: actor.id,
      // A fixed finishedAt is applied below; until then the run counts as running so nothing else stamps it.
      status: terminal ? 'RUNNING' : (input.status ?? 'READY'),
      ...pick(input, ['id', 'userId', 'origin', 'startedAt', 'options']),
      ...pick(input, ['defaultDatasetId', 'defaultKeyValueStoreId', 'defaultRequestQueueId']),
      // A storage ID that already exists is shared with the new run; an unknown one is created with that ID.
      reuseStorages: true,
    });
    if (input.status && (terminal || input.statusMessage !== undefined)) {
      record.setStatus(input.status, input.statusMessage, input.finishedAt);
    }
    if (input.plan) record.plan(input.plan);
    return runResult(record);
  }

  /** Moves a run to `status` now (waking `waitForFinish` waiters), cancelling any plan when it is terminal. */
  setRunStatus(runId: string, status: RunStatus, statusMessage?: string): Run {
    const record = this.run(runId);
    record.setStatus(status, statusMessage);
    return record.run;
  }

  /** Replaces a run's pending status plan. */
  planRun(runId: string, plan: PlannedStep[]): Run {
    const record = this.run(runId);
    record.plan(plan);
    return record.run;
  }

  /** Appends text to a run's log (followers of the log stream see it at once). */
  appendLog(runId: string, text: string): { length: number } {
    this.run(runId);
    const log = this.state.logs.get(runId);
    if (!log) throw notFound('The run has no log.');
    log.append(text);
    return { length: log.content().length };
  }

  /** Appends items as they are: no size limit, no schema validation. */
  async pushItems(datasetId: string, items: Record<string, unknown>[]): Promise<{ itemCount: number }> {
    const dataset = this.dataset(datasetId);
    for (let start = 0; start < items.length; start += GENERATE_CHUNK) {
      await dataset.pushItems(items.slice(start, start + GENERATE_CHUNK));
    }
    return { itemCount: dataset.itemCount() };
  }

  /**
   * Appends `count` deterministic items: products (`index`, `url`, `title`, `price`, ...) or `template` with
   * `{index}` filled in. Indexes continue from the dataset's current item count.
   */
  async generateItems(
    datasetId: string,
    input: { count: number; template?: Record<string, unknown> },
  ): Promise<{ generated: number; itemCount: number }> {
    const dataset = this.dataset(datasetId);
    const first = dataset.itemCount();
    for (let done = 0; done < input.count; ) {
      const size = Math.min(GENERATE_CHUNK, input.count - done);
      const chunk: Record<string, unknown>[] = [];
      for (let i = 0; i < size; i++) {
        const index = first + done + i;
        chunk.push(
          input.template ? (fillTemplate(input.template, index) as Record<string, unknown>) : productItem(index),
        );
      }
      await dataset.pushItems(chunk);
      done += size;
    }
    return { generated: input.count, itemCount: dataset.itemCount() };
  }

  /** Stores a record's bytes exactly as given. */
  async setRecord(
    storeId: string,
    key: string,
    record: { value: Uint8Array | string; contentType: string; contentEncoding?: string },
  ): Promise<void> {
    const store = this.keyValueStore(storeId);
    const value = typeof record.value === 'string' ? Buffer.from(record.value, 'utf8') : record.value;
    await store.setRecord(recordKey(key), {
      value,
      contentType: record.contentType,
      ...(record.contentEncoding ? { contentEncoding: record.contentEncoding } : {}),
    });
  }

  /** Adds requests to a queue (deduplicated by `uniqueKey`, as the API does). */
  async addRequests(
    queueId: string,
    requests: AdminRequestInput[],
    options: { forefront?: boolean } = {},
  ): Promise<Array<{ requestId: string; uniqueKey: string; wasAlreadyPresent: boolean; wasAlreadyHandled: boolean }>> {
    const queue = this.requestQueue(queueId);
    // One change, as a batch add of the API: on disk, all of it is stored or none.
    const added = await queue.addRequests(requests, options);
    return added.map((registration, index) => ({
      ...registration,
      uniqueKey: (requests[index] as AdminRequestInput).uniqueKey,
    }));
  }

  /** Adds one request to a queue. */
  async addRequest(queueId: string, request: AdminRequestInput, options: { forefront?: boolean } = {}) {
    const [result] = await this.addRequests(queueId, [request], options);
    return result as NonNullable<typeof result>;
  }

  /** The emulator's time and, on a manual clock, its pending timers. */
  clockInfo(): AdminClockInfo {
    const { clock } = this.state;
    const manual = clock instanceof ManualClock;
    return {
      now: new Date(clock.now()).toISOString(),
      manual,
      timers: manual ? clock.pending().map(({ label, at }) => ({ label, at: at.toISOString() })) : [],
    };
  }

  /**
   * Moves a manual clock forward by `ms` or to `to`, firing the timers due on the way (run plans, held
   * `waitForFinish` requests, `delay` faults); 409 `clock-not-manual` on the system clock.
   */
  async advanceClock(input: { ms?: number; to?: Date }): Promise<{ now: string; fired: number }> {
    const clock = this.manualClock();
    let fired: number;
    try {
      fired = input.to !== undefined ? await clock.advanceTo(input.to) : await clock.advance(input.ms ?? 0);
    } catch (error) {
      // Moving back or by a non-finite amount is the caller's mistake.
      if (error instanceof RangeError) throw badRequest(error.message);
      throw error;
    }
    return { now: new Date(clock.now()).toISOString(), fired };
  }

  /** Resolves once a manual clock has `count` pending timers labelled `label` (e.g. a held `waitForFinish`). */
  async waitForTimers(input: { label: string; count?: number }, signal?: AbortSignal): Promise<AdminClockInfo> {
    await this.manualClock().whenPending(input.label, input.count ?? 1, signal);
    return this.clockInfo();
  }

  private manualClock(): ManualClock {
    const { clock } = this.state;
    if (!(clock instanceof ManualClock)) {
      throw new ApiError(
        409,
        'clock-not-manual',
        'The emulator runs on the system clock; start it with a manual clock.',
      );
    }
    return clock;
  }

  private run(runId: string): RunRecord {
    const record = this.state.runs.get(runId);
    if (!record) throw NOT_FOUND.run();
    return record;
  }

  private dataset(id: string): DatasetState {
    return this.state.datasets.get(id) ?? throwIt(NOT_FOUND.dataset());
  }

  private keyValueStore(id: string): KeyValueStoreState {
    return this.state.keyValueStores.get(id) ?? throwIt(NOT_FOUND.keyValueStore());
  }

  private requestQueue(id: string): RequestQueueState {
    return this.state.requestQueues.get(id) ?? throwIt(NOT_FOUND.requestQueue());
  }
}

const throwIt = (error: ApiError): never => {
  throw error;
};

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}

function runResult(record: RunRecord): AdminRunResult {
  const { run } = record;
  return {
    run,
    datasetId: run.defaultDatasetId,
    keyValueStoreId: run.defaultKeyValueStoreId,
    requestQueueId: run.defaultRequestQueueId,
  };
}
