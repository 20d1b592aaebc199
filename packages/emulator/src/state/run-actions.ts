import type { ChargeRunRequest, RunStatus, UpdateRunRequest } from '@apify-runs/types';
import { badRequest, NOT_FOUND } from '../http/api-error.js';
import type { KeyValueStoreState } from './key-value-store.js';
import { isTerminal, type RunRecord } from './run-record.js';
import type { EmulatorState } from './state.js';

/**
 * What the run actions (PUT, DELETE, abort, metamorph, reboot, resurrect, charge) do to a run. Wrong-state errors
 * are 400s (the only client error the spec declares for them), with these types:
 * - `run-not-finished`: delete or resurrect of a run that is still starting, running or being aborted;
 * - `run-not-running`: metamorph or reboot of a run that is not `RUNNING`;
 * - `invalid-charge-event`: a charge for an event the pay-per-event pricing does not declare.
 */

/** How long a graceful abort stays `ABORTING` (Apify waits 30 s; the emulator keeps tests fast). */
export const GRACEFUL_ABORT_MS = 500;

const ABORTABLE: readonly RunStatus[] = ['READY', 'RUNNING', 'TIMING-OUT'];

const notRunning = (action: string) =>
  badRequest(`Only a running Actor run (status RUNNING) can be ${action}.`, 'run-not-running');
const notFinished = (action: string) =>
  badRequest(
    `Only a finished Actor run can be ${action}. Abort the run and wait until it finishes first.`,
    'run-not-finished',
  );

/** PUT run: status message, its terminal flag and `generalAccess`; fields left out stay as they are. */
export function updateRun(record: RunRecord, patch: UpdateRunRequest): void {
  if (patch.runId !== undefined && patch.runId !== record.run.id) {
    throw badRequest(`The runId in the body (${patch.runId}) does not match the run in the path.`, 'invalid-input');
  }
  const run = record.run;
  if (patch.statusMessage !== undefined) run.statusMessage = patch.statusMessage;
  if (patch.isStatusMessageTerminal !== undefined) run.isStatusMessageTerminal = patch.isStatusMessageTerminal;
  if (patch.generalAccess !== undefined) run.generalAccess = patch.generalAccess;
}

/** DELETE run: only a finished run; removes it with its log and its default storages. */
export async function deleteRun(state: EmulatorState, record: RunRecord): Promise<void> {
  if (!record.finished) throw notFinished('deleted');
  const run = record.run;
  state.runs.delete(run.id);
  state.logs.delete(run.id);
  record.dispose();
  const dataset = state.datasets.get(run.defaultDatasetId);
  const store = state.keyValueStores.get(run.defaultKeyValueStoreId);
  const queue = state.requestQueues.get(run.defaultRequestQueueId);
  state.datasets.delete(run.defaultDatasetId);
  state.keyValueStores.delete(run.defaultKeyValueStoreId);
  state.requestQueues.delete(run.defaultRequestQueueId);
  await Promise.all([dataset?.backend.drop(), store?.backend.drop(), queue?.backend.drop()]);
}

/**
 * Abort: a starting or running run becomes `ABORTED` at once, or `ABORTING` then `ABORTED` after
 * {@link GRACEFUL_ABORT_MS} when `gracefully`. Any other run (finished, already aborting) is left as it is.
 */
export function abortRun(record: RunRecord, gracefully: boolean): void {
  if (!ABORTABLE.includes(record.status)) return;
  if (!gracefully) {
    record.setStatus('ABORTED');
    return;
  }
  record.setStatus('ABORTING');
  // plan() replaces whatever the run had planned (e.g. a later SUCCEEDED), so the abort wins.
  record.plan([{ status: 'ABORTED', afterMs: GRACEFUL_ABORT_MS }]);
}

/** The new input of a metamorph, as received. */
export interface MetamorphInput {
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Metamorph: a running run switches to the target Actor. The run keeps its ID, `actId` (the Actor that was started)
 * and storages; its `buildId` becomes the target's build. The new input goes to `INPUT-METAMORPH-<n>` in the
 * default key-value store, and the switch is recorded in `metamorphs` and `stats.metamorph`.
 */
export async function metamorphRun(
  state: EmulatorState,
  record: RunRecord,
  target: { actorRef: string; build?: string; callerId?: string; input?: MetamorphInput },
): Promise<void> {
  const actor = state.resolveActor(target.actorRef, target.callerId);
  if (!actor) throw NOT_FOUND.actor();
  if (record.status !== 'RUNNING') throw notRunning('metamorphed');
  const run = record.run;
  const metamorphs = run.metamorphs ?? [];
  let inputKey: string | null = null;
  if (target.input) {
    const store = state.keyValueStores.get(run.defaultKeyValueStoreId);
    if (!store) throw NOT_FOUND.keyValueStore();
    inputKey = `INPUT-METAMORPH-${metamorphs.length + 1}`;
    await writeRecord(store, inputKey, target.input);
  }
  const buildId = `${actor.id.slice(0, 8)}Build0001`.slice(0, 17);
  run.metamorphs = [
    ...metamorphs,
    { createdAt: new Date(record.clock.now()).toISOString(), actorId: actor.id, buildId, inputKey },
  ];
  run.buildId = buildId;
  if (target.build) run.options = { ...run.options, build: target.build };
  run.stats = { ...run.stats, metamorph: (run.stats.metamorph ?? 0) + 1 };
}

/**
 * Writes through `setRecord` when the key-value store domain class offers it, else straight to the backend
 * (the class is being fleshed out in parallel; both keep the same bytes).
 */
async function writeRecord(store: KeyValueStoreState, key: string, input: MetamorphInput): Promise<void> {
  const record = { value: input.bytes, contentType: input.contentType };
  const withSetter = store as KeyValueStoreState & {
    setRecord?: (key: string, record: { value: Uint8Array; contentType: string }) => Promise<void>;
  };
  if (typeof withSetter.setRecord === 'function') {
    await withSetter.setRecord(key, record);
    return;
  }
  await store.backend.set(key, record);
  store.meta.touch(true);
}

/** Reboot: only a `RUNNING` run; it stays `RUNNING` and `stats.rebootCount` grows. */
export function rebootRun(record: RunRecord): void {
  if (record.status !== 'RUNNING') throw notRunning('rebooted');
  const run = record.run;
  run.stats = { ...run.stats, rebootCount: (run.stats.rebootCount ?? 0) + 1 };
}

/** Resurrect overrides; anything left out keeps the run's original setting. */
export interface ResurrectOptions {
  build?: string;
  timeout?: number;
  memory?: number;
  maxItems?: number;
  maxTotalChargeUsd?: number;
  restartOnError?: boolean;
}

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

/** Resurrect: only a finished run; it goes back to `RUNNING` with the same storages and the given options. */
export function resurrectRun(record: RunRecord, options: ResurrectOptions): void {
  if (options.memory !== undefined && !isPowerOfTwo(options.memory)) {
    throw badRequest(
      `Invalid value of parameter "memory": it must be a power of 2 between 128 and 32768 (got ${options.memory}).`,
    );
  }
  if (!isTerminal(record.status)) throw notFinished('resurrected');
  const run = record.run;
  const next: typeof run.options & { restartOnError?: boolean } = { ...run.options };
  if (options.build !== undefined) next.build = options.build;
  if (options.timeout !== undefined) next.timeoutSecs = options.timeout;
  if (options.memory !== undefined) {
    next.memoryMbytes = options.memory;
    // Apify gives a run twice its memory in disk space.
    next.diskMbytes = options.memory * 2;
  }
  if (options.maxItems !== undefined) next.maxItems = options.maxItems;
  if (options.maxTotalChargeUsd !== undefined) next.maxTotalChargeUsd = options.maxTotalChargeUsd;
  if (options.restartOnError !== undefined) next.restartOnError = options.restartOnError;
  run.options = next;
  run.exitCode = null;
  run.isStatusMessageTerminal = null;
  run.stats = { ...run.stats, resurrectCount: (run.stats.resurrectCount ?? 0) + 1 };
  record.setStatus('RUNNING');
  // Like any run, it times out after its timeout (the new one, or the one it had), on the emulator's clock; 0 means
  // none.
  const timeoutMs = next.timeoutSecs * 1000;
  if (timeoutMs > 0) {
    record.plan([{ status: 'TIMED-OUT', afterMs: timeoutMs, statusMessage: 'The Actor run has timed out.' }]);
  }
}

/** Idempotency keys already charged, per run (they go away with the run). */
const chargedKeys = new WeakMap<RunRecord, Set<string>>();

/**
 * Charge: counts `count` events of `eventName` on the run (and their price in `usageTotalUsd` when the event has a
 * flat price). A repeated `idempotency-key` charges nothing. On a pay-per-event run only declared events are
 * accepted; runs with another pricing model accept any name, as there is nothing to check them against.
 */
export function chargeRun(record: RunRecord, charge: ChargeRunRequest, idempotencyKey?: string): void {
  const run = record.run;
  const pricing = run.pricingInfo;
  let price: number | undefined;
  if (pricing?.pricingModel === 'PAY_PER_EVENT') {
    const event = pricing.pricingPerEvent.actorChargeEvents?.[charge.eventName];
    if (!event) {
      throw badRequest(
        `The event "${charge.eventName}" is not one of the charge events of the Actor's pricing.`,
        'invalid-charge-event',
      );
    }
    price = event.eventPriceUsd;
  }
  if (idempotencyKey !== undefined) {
    const keys = chargedKeys.get(record) ?? new Set<string>();
    chargedKeys.set(record, keys);
    if (keys.has(idempotencyKey)) return;
    keys.add(idempotencyKey);
  }
  const counts = { ...run.chargedEventCounts };
  counts[charge.eventName] = (counts[charge.eventName] ?? 0) + charge.count;
  run.chargedEventCounts = counts;
  if (price !== undefined) run.usageTotalUsd = (run.usageTotalUsd ?? 0) + price * charge.count;
}
