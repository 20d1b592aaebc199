import type { ChargeRunRequest, operations, Run, UpdateRunRequest } from '@apify-runs/types';
import type { ClientCore } from '../core.js';
import { actorRef, assertWellFormed } from '../encode.js';
import { ApifyInputError, isNotFound } from '../errors.js';
import { type RunLocator, runLocator } from '../locator.js';
import type { CallOptions } from '../options.js';
import { DatasetClient } from './dataset.js';
import { KeyValueStoreClient } from './key-value-store.js';
import { type LocatedInit, LocatedResource } from './located.js';
import { LogClient } from './log.js';
import { RequestQueueClient } from './request-queue.js';
import { type FinishedRun, MAX_WAIT_SECS, type WaitForFinishOptions, waitForRun } from './wait.js';

export interface GetRunOptions extends CallOptions {
  /** Let the server hold the request up to this many seconds (0–60; more is capped at 60) until the run finishes. */
  waitForFinish?: number;
}

export interface AbortRunOptions extends CallOptions {
  /** Let the run save its state first (it is force-stopped 30 s later). Default: stop at once. */
  gracefully?: boolean;
}

export interface MetamorphOptions extends CallOptions {
  /** Build of the target Actor (tag or number); default its default build. */
  build?: string;
  /** Send `input` as is with this content type (a string, bytes or Blob) instead of as JSON. */
  contentType?: string;
}

/** Overrides for `resurrect()`; anything left out keeps the run's original setting. */
export type ResurrectRunOptions = CallOptions &
  NonNullable<operations['actorRun_resurrect_post']['parameters']['query']>;

export interface ChargeOptions extends CallOptions {
  /** Deduplicates the charge on the server; default: a new random UUID per `charge()` call, reused by its retries. */
  idempotencyKey?: string;
}

type RunBody = { data: Run };

/**
 * A run (by ID) or the last run of an Actor, with its log and default storages. Both kinds share this one
 * implementation; the locator picks the endpoint group.
 *
 * The spec has `update`, `delete`, `resurrect` and `charge` only for runs by ID. On a last run these first resolve
 * the run (one GET with the filters) and then act on it by ID, so every retry addresses the same run.
 */
export class RunClient extends LocatedResource {
  /** The run's log. */
  readonly log: LogClient;
  /** The run's default dataset. */
  readonly dataset: DatasetClient;
  /** The run's default key-value store. */
  readonly keyValueStore: KeyValueStoreClient;
  /** The run's default request queue. */
  readonly requestQueue: RequestQueueClient;

  constructor(core: ClientCore, locator: RunLocator) {
    super(core, locator);
    this.log = new LogClient(core, locator);
    this.dataset = new DatasetClient(core, locator);
    this.keyValueStore = new KeyValueStoreClient(core, locator);
    this.requestQueue = new RequestQueueClient(core, locator);
  }

  /**
   * The run, or `undefined` when it does not exist (for a last run: no run matches). A missing Actor throws
   * `NotFoundError`.
   *
   * @example
   * ```ts
   * const run = await client.run(runId).get({ waitForFinish: 60 }); // held until it finishes, at most 60 s
   * ```
   */
  async get(options: GetRunOptions = {}): Promise<Run | undefined> {
    try {
      return await this.fetch(options);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Waits until the run reaches a terminal status (`SUCCEEDED`, `FAILED`, `TIMED-OUT`, `ABORTED`) and resolves with
   * it, looping over the server's 60 s long-poll. `timeoutMs` is the overall limit here: when it passes, this rejects
   * with `RunWaitTimeoutError` (an `ApifyTimeoutError` whose `run` is the last run seen); `apify-client` would resolve
   * with the unfinished run instead. A last run is pinned by ID after the first answer, so a newer run cannot take
   * its place mid-wait. A 404 within the first 3 s is retried (a run just started may not be visible yet).
   *
   * @example
   * ```ts
   * const run = await client.lastRun('apify/web-scraper').waitForFinish({ timeoutMs: 600_000, signal });
   * if (run.status !== 'SUCCEEDED') throw new Error(`run ${run.status}`);
   * ```
   */
  waitForFinish(options: WaitForFinishOptions = {}): Promise<FinishedRun> {
    return waitForRun(
      ({ waitSecs, signal, runId }) =>
        (runId === undefined ? this : this.byId(runId)).fetch({ waitForFinish: waitSecs, signal }),
      options,
    );
  }

  /** Changes the run's status message or `generalAccess`; resolves with the updated run. */
  async update(body: UpdateRunRequest, options: CallOptions = {}): Promise<Run> {
    const target = await this.resolve(options);
    const { data } = await target.call<RunBody>('PUT', '', { ...options, body });
    return data.data;
  }

  /**
   * Deletes a finished run with its log and default storages. Resolves also when the run is already gone (so a
   * retry after a lost answer does not fail); a last run that matches nothing throws `NotFoundError`.
   */
  async delete(options: CallOptions = {}): Promise<void> {
    const target = await this.resolve(options);
    try {
      await target.call('DELETE', '', options);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** Aborts a starting or running run (a finished one is left as it is); resolves with the run. */
  async abort(options: AbortRunOptions = {}): Promise<Run> {
    const { gracefully, ...call } = options;
    // Aborting twice is harmless, so the POST may be retried like a GET.
    const { data } = await this.call<RunBody>('POST', '/abort', {
      ...call,
      query: { gracefully },
      retry: 'idempotent',
    });
    return data.data;
  }

  /**
   * Turns the running run into a run of another Actor (`id`, `username~name` or `username/name`), keeping its ID and
   * storages; `input` becomes the target's input (JSON unless `contentType` is given).
   *
   * @example
   * ```ts
   * await client.run(runId).metamorph('apify/web-scraper', { startUrls: [{ url }] }, { build: 'latest' });
   * ```
   */
  async metamorph(targetActorId: string, input?: unknown, options: MetamorphOptions = {}): Promise<Run> {
    const { build, contentType, ...call } = options;
    if (build !== undefined) assertWellFormed(build, 'build');
    const init: LocatedInit = { ...call, query: { targetActorId: actorRef(targetActorId), build } };
    if (input !== undefined && contentType !== undefined) {
      if (!isBodyData(input)) {
        throw new ApifyInputError('metamorph input with a contentType must be a string, bytes or a Blob.');
      }
      init.rawBody = { data: input, contentType };
    } else if (input !== undefined) {
      init.body = input;
    }
    const { data } = await this.call<RunBody>('POST', '/metamorph', init);
    return data.data;
  }

  /** Restarts the running run's container (data not persisted to storages is lost); resolves with the run. */
  async reboot(options: CallOptions = {}): Promise<Run> {
    const { data } = await this.call<RunBody>('POST', '/reboot', options);
    return data.data;
  }

  /** Restarts a finished run with the same storages, optionally with another build, timeout or memory. */
  async resurrect(options: ResurrectRunOptions = {}): Promise<Run> {
    const { signal, timeoutMs, ...query } = options;
    const call = { signal, timeoutMs };
    const target = await this.resolve(call);
    const { data } = await target.call<RunBody>('POST', '/resurrect', { ...call, query });
    return data.data;
  }

  /**
   * Charges `count` pay-per-event events. One idempotency key covers the call and all its retries, so a retried
   * charge is never counted twice; pass your own `idempotencyKey` to deduplicate across calls too.
   *
   * @example
   * ```ts
   * await client.run(process.env.ACTOR_RUN_ID!).charge({ eventName: 'result-item', count: 10 });
   * ```
   */
  async charge(charge: ChargeRunRequest, options: ChargeOptions = {}): Promise<void> {
    const { idempotencyKey = newIdempotencyKey(), ...call } = options;
    const target = await this.resolve(call);
    await target.call('POST', '/charge', {
      ...call,
      body: charge,
      headers: { 'idempotency-key': idempotencyKey },
      retry: 'idempotent',
    });
  }

  /** GET of the run; throws on every error status, 404 included. */
  private async fetch(options: GetRunOptions): Promise<Run> {
    const { waitForFinish, ...call } = options;
    const waitSecs = waitForFinish === undefined ? undefined : waitSeconds(waitForFinish);
    const { data } = await this.call<RunBody>('GET', '', {
      ...call,
      query: { waitForFinish: waitSecs || undefined },
      // The attempt deadline must cover the time the server holds the request on purpose.
      extraTimeoutMs: (waitSecs ?? 0) * 1000,
    });
    return data.data;
  }

  /** This client for a run by ID; for a last run, the run it currently resolves to, by ID. */
  private async resolve(options: CallOptions): Promise<RunClient> {
    if (this.locator.kind === 'run') return this;
    return this.byId((await this.fetch(options)).id);
  }

  private byId(runId: string): RunClient {
    return this.locator.kind === 'run' && this.locator.runId === runId
      ? this
      : new RunClient(this.core, runLocator(runId));
  }
}

function waitSeconds(value: number): number {
  if (typeof value !== 'number' || !(value >= 0)) {
    throw new ApifyInputError('waitForFinish must be a non-negative number of seconds.');
  }
  return Math.min(MAX_WAIT_SECS, Math.ceil(value));
}

const isBodyData = (value: unknown): value is BodyInit =>
  typeof value === 'string' ||
  value instanceof ArrayBuffer ||
  ArrayBuffer.isView(value) ||
  (typeof Blob !== 'undefined' && value instanceof Blob);

/** A random UUID v4; `randomUUID` is missing on insecure (plain `http:`) browser pages, `getRandomValues` is not. */
function newIdempotencyKey(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
