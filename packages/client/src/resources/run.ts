import type { ChargeRunRequest, MetamorphInput, Run, UpdateRunRequest } from '@apify-runs/types';
import type { RunQuery, SharedQuery } from '../call/operations.js';
import type { ClientCore } from '../core.js';
import { actorRef } from '../encode.js';
import { ApifyInputError, checkNumber, unlessMissing } from '../errors.js';
import type { RunLocator } from '../locator.js';
import type { RequestOptions } from '../transport/types.js';
import { DatasetClient } from './dataset.js';
import { KeyValueStoreClient } from './key-value-store.js';
import { LocatedResource } from './located.js';
import { LogClient } from './log.js';
import { RequestQueueClient } from './request-queue.js';
import {
  type FinishedRun,
  MAX_WAIT_SECS,
  type PollRun,
  pollRun,
  type WaitForFinishParams,
  waitForRun,
} from './wait.js';

/** Parameters of `get()`. */
export interface GetRunParams {
  /** Let the server hold the request up to this many seconds (0–60; more is capped at 60) until the run finishes. */
  waitForFinish?: number | undefined;
  /** Not a parameter of `get()`: `waitForFinish` holds one request; `waitForFinish({ waitSecs })` waits it out. */
  waitSecs?: never;
}

/** Parameters of `watchStatus()`. */
export interface WatchStatusParams {
  /** Seconds from the start of one poll of the run to the next, at least 1; default 1. */
  intervalSecs?: number | undefined;
}

/** Parameters of `abort()`. */
export type AbortRunParams = SharedQuery<'/abort', 'post'>;

/** Bytes or text sent as they are (with `contentType`). */
type RawInput = string | ArrayBuffer | Uint8Array<ArrayBuffer> | Blob;

/** Parameters of `metamorph()`. */
export interface MetamorphParams {
  /** The target Actor's input: a JSON object, or (with `contentType`) a string, bytes or a Blob sent as they are. */
  input?: MetamorphInput | RawInput | undefined;
  /** Build of the target Actor (tag or number); default its default build. */
  build?: string | undefined;
  /** Content type of `input` when it is not JSON. */
  contentType?: string | undefined;
}

/** Parameters of `resurrect()`: anything left out keeps the run's original setting. */
export type ResurrectRunParams = RunQuery<'/resurrect', 'post'>;

/** Parameters of `charge()`: the event and how many of it (default 1). */
export type ChargeParams = Omit<ChargeRunRequest, 'count'> & {
  count?: number | undefined;
  /** Not a parameter: the idempotency key goes in the options (`charge(params, { idempotencyKey })`). */
  idempotencyKey?: never;
};

/** Options of `charge()`. */
export interface ChargeOptions extends RequestOptions {
  /** Deduplicates the charge on the server; default: a new random UUID per `charge()` call, reused by its retries. */
  idempotencyKey?: string | undefined;
}

/**
 * A run (by ID) or the last run of an Actor, with its log and default storages. Both kinds share this one
 * implementation; the locator picks the endpoint group.
 *
 * Every method takes what it asks the API for first (`params`) and how the request is made last (`options`:
 * `signal`, `timeoutMs`, `maxRetries`).
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
  async get(params: GetRunParams = {}, options?: RequestOptions): Promise<Run | undefined> {
    return unlessMissing(this.#fetch(params.waitForFinish, options));
  }

  /**
   * Waits until the run reaches a terminal status (`SUCCEEDED`, `FAILED`, `TIMED-OUT`, `ABORTED`) and resolves with
   * it, looping over the server's 60 s long-poll. `waitSecs` is the overall limit: when it passes, this rejects with
   * `RunWaitTimeoutError` (an `ApifyTimeoutError` whose `run` is the last run seen); `apify-client` would resolve
   * with the unfinished run instead. `options.timeoutMs` stays the deadline of each poll (on top of its hold). A
   * last run is pinned by ID after the first answer, so a newer run cannot take its place mid-wait. A 404 within the
   * first 3 s is retried (a run just started may not be visible yet).
   *
   * @example
   * ```ts
   * const run = await client.lastRun('apify/web-scraper').waitForFinish({ waitSecs: 600 }, { signal });
   * if (run.status !== 'SUCCEEDED') throw new Error(`run ${run.status}`);
   * ```
   */
  waitForFinish(params: WaitForFinishParams = {}, options: RequestOptions = {}): Promise<FinishedRun> {
    return waitForRun(this.#poll(options), params, options.signal);
  }

  /**
   * Reports the run each time its `status` or `statusMessage` changes, as an async iterable: first the run as it is
   * (at once), then every change a poll sees (changes between two polls arrive as the latest one), up to and including
   * its terminal status, where it ends. The polls after the first are held by the server up to `intervalSecs` and
   * answered at once when the run finishes, so the end is seen without delay. It runs beside `waitForFinish` or replaces it; a last run is
   * followed by ID after the first answer. Leave the loop or abort `signal` to stop.
   *
   * @example
   * ```ts
   * for await (const { status, statusMessage } of client.run(runId).watchStatus({}, { signal })) {
   *   console.log(status, statusMessage);
   * }
   * ```
   */
  async *watchStatus(
    params: WatchStatusParams = {},
    options: RequestOptions = {},
  ): AsyncGenerator<Run, void, undefined> {
    const intervalSecs = checkNumber(params.intervalSecs ?? 1, 'intervalSecs', 1);
    let seen: string | undefined;
    const polls = pollRun(this.#poll(options), intervalSecs, intervalSecs * 1000, undefined, options.signal, false);
    for await (const run of polls) {
      const state = `${run.status} ${run.statusMessage}`;
      if (state !== seen) yield run;
      seen = state;
    }
  }

  /** Changes the run's status message or `generalAccess`; resolves with the updated run. */
  async update(changes: UpdateRunRequest, options?: RequestOptions): Promise<Run> {
    return this.dataById(await this.#resolveId(options), 'put', '', { body: changes }, options);
  }

  /**
   * Deletes a finished run with its log and default storages. Resolves also when the run is already gone (so a
   * retry after a lost answer does not fail); a last run that matches nothing throws `NotFoundError`.
   */
  async delete(options?: RequestOptions): Promise<void> {
    await unlessMissing(this.callById(await this.#resolveId(options), 'delete', '', { parseAs: 'none' }, options));
  }

  /** Aborts a starting or running run (a finished one is left as it is); resolves with the run. */
  abort(params: AbortRunParams = {}, options?: RequestOptions): Promise<Run> {
    // Aborting twice is harmless, so the POST may be retried like a GET.
    return this.data('post', '/abort', { query: params, retry: 'idempotent' }, options);
  }

  /**
   * Turns the running run into a run of another Actor (`id`, `username~name` or `username/name`), keeping its ID and
   * storages; `input` becomes the target's input (JSON unless `contentType` is given).
   *
   * @example
   * ```ts
   * await client.run(runId).metamorph('apify/web-scraper', { input: { startUrls: [{ url }] }, build: 'latest' });
   * ```
   */
  async metamorph(targetActorId: string, params: MetamorphParams = {}, options?: RequestOptions): Promise<Run> {
    const { input, build, contentType } = params;
    const query = { targetActorId: actorRef(targetActorId), build };
    const raw = isRawInput(input);
    if (input !== undefined && raw !== (contentType !== undefined)) {
      throw new ApifyInputError('input is JSON, or text, bytes or a Blob with a contentType.');
    }
    const init = raw ? { query, rawBody: { data: input, contentType: String(contentType) } } : { query, body: input };
    return this.data('post', '/metamorph', init, options);
  }

  /** Restarts the running run's container (data not persisted to storages is lost); resolves with the run. */
  reboot(options?: RequestOptions): Promise<Run> {
    return this.data('post', '/reboot', {}, options);
  }

  /** Restarts a finished run with the same storages, optionally with another build, timeout or memory. */
  async resurrect(params: ResurrectRunParams = {}, options?: RequestOptions): Promise<Run> {
    return this.dataById(await this.#resolveId(options), 'post', '/resurrect', { query: params }, options);
  }

  /**
   * Charges `count` (default 1) pay-per-event events. One idempotency key covers the call and all its retries, so a
   * retried charge is never counted twice; pass your own `idempotencyKey` to deduplicate across calls too.
   *
   * @example
   * ```ts
   * await client.run(process.env.ACTOR_RUN_ID!).charge({ eventName: 'result-item', count: 10 });
   * ```
   */
  async charge(params: ChargeParams, options: ChargeOptions = {}): Promise<void> {
    const { idempotencyKey = newIdempotencyKey(), ...call } = options;
    const count = checkNumber(params.count ?? 1, 'count', 1, true);
    const runId = await this.#resolveId(call);
    await this.callById(
      runId,
      'post',
      '/charge',
      {
        // Written out field by field, so a field the spec renames or adds is a compile error here.
        body: { eventName: params.eventName, count },
        header: { 'idempotency-key': idempotencyKey },
        retry: 'idempotent',
        parseAs: 'none',
      },
      call,
    );
  }

  /** The poll of `waitForFinish` and `watchStatus`. */
  #poll(options: RequestOptions): PollRun {
    return ({ waitSecs, signal, runId }) => this.#fetch(waitSecs, { ...options, signal }, runId);
  }

  #fetch(waitForFinish: number | undefined, options?: RequestOptions, runId?: string): Promise<Run> {
    return this.fetchRun(waitSeconds(waitForFinish), options, runId);
  }

  /** The ID of the addressed run: for a last run, the run it currently resolves to. */
  async #resolveId(options?: RequestOptions): Promise<string> {
    if (this.locator.kind === 'run') return this.locator.runId;
    return (await this.#fetch(undefined, options)).id;
  }
}

const waitSeconds = (value: number | undefined): number =>
  Math.min(MAX_WAIT_SECS, Math.ceil(checkNumber(value ?? 0, 'waitForFinish')));

const isRawInput = (value: unknown): value is RawInput =>
  typeof value === 'string' || value instanceof ArrayBuffer || value instanceof Uint8Array || value instanceof Blob;

/**
 * 128 random bits as 32 hex digits: unique per charge, as the API asks. `getRandomValues` works everywhere
 * (`randomUUID` is missing on insecure `http:` browser pages).
 */
const newIdempotencyKey = (): string =>
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
