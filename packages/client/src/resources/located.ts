import type { Run } from '@apify-runs/types';
import type {
  Enveloped,
  MethodsOf,
  OperationInit,
  ParseAs,
  Parsed,
  RunBase,
  RunOperation,
  RunQuery,
  RunSuffix,
  SharedMethod,
  SharedQuery,
  SharedSuffix,
} from '../call/operations.js';
import { type CallInit, request, requestData } from '../call/request.js';
import type { ClientCore } from '../core.js';
import { ApifyInputError } from '../errors.js';
import { type RunLocator, runLocator } from '../locator.js';
import type { RequestOptions, ResponseLike, RetryMode } from '../transport/types.js';
import { sleep } from './request-queue-batch.js';
import { isTerminalStatus, MAX_WAIT_SECS } from './wait.js';

/** A run being followed: pinned by ID on first use, and asked whether it is terminal. */
export interface LiveRun {
  /** The run's ID: the addressed run, the one given, or the last run as it resolves now (once). */
  pin(signal?: AbortSignal): Promise<string>;
  /** The ID once pinned. */
  readonly id: string | undefined;
  /**
   * Whether the run is terminal. With `wait`, a run that is not yet terminal is waited for up to the poll interval
   * (held by the server with `waitForFinish`, so a finish answers at once) before this resolves with `false`.
   */
  terminal(wait: boolean, signal?: AbortSignal): Promise<boolean>;
}

/** How a call is made, beside what it sends. */
interface Mode<A extends ParseAs> {
  parseAs?: A;
  /** Default: `unsent-only` for POST, `idempotent` otherwise. */
  retry?: RetryMode;
  /** Added to the per-attempt deadline (long-polls hold the request this long on purpose). */
  extraTimeoutMs?: number;
}

/** A call's result: the body as `parseAs` read it, the response, and which attempt it took. */
export interface Result<O, A extends ParseAs> {
  data: Parsed<O, A>;
  response: ResponseLike;
  /** Which attempt answered, and the request's method and path. */
  attempt: number;
  method: string;
  path: string;
}

type Shared<S extends SharedSuffix, M extends SharedMethod<S>> = RunOperation<S, M>;
type ById<S extends RunSuffix, M extends MethodsOf<`${RunBase}${S}`>> = RunOperation<S, M>;

/**
 * Base of every resource under a run: the run itself, its log and its default storages. The locator decides the
 * endpoint group; the operation logic is written once for both.
 *
 * Every call names its operation by method and suffix, both checked against the spec's `paths`: a suffix that
 * exists under neither base, a method the path does not have, a query parameter or body the operation does not
 * declare, or a response read as a type it does not have, is a compile error.
 */
export abstract class LocatedResource {
  constructor(
    protected readonly core: ClientCore,
    protected readonly locator: RunLocator,
  ) {}

  /** Calls an operation that exists under both bases, on the addressed run (or, given `runId`, on that run). */
  protected call<S extends SharedSuffix, M extends SharedMethod<S>, A extends ParseAs = 'json'>(
    method: M,
    suffix: S,
    init: OperationInit<Shared<S, M>, SharedQuery<S, M>> & Mode<A>,
    options?: RequestOptions,
    runId?: string,
  ): Promise<Result<Shared<S, M>, A>> {
    return request(this.core, this.#on(runId), method, suffix, init as CallInit, options) as Promise<
      Result<Shared<S, M>, A>
    >;
  }

  /** `call` for an operation answering `{ data }`: resolves with the `data`. */
  protected data<S extends SharedSuffix, M extends SharedMethod<S>>(
    method: M,
    suffix: S,
    init: OperationInit<Shared<S, M>, SharedQuery<S, M>> & Mode<'json'>,
    options?: RequestOptions,
    runId?: string,
  ): Promise<Enveloped<Shared<S, M>>> {
    return requestData(this.core, this.#on(runId), method, suffix, init as CallInit, options) as Promise<
      Enveloped<Shared<S, M>>
    >;
  }

  /** Calls an operation of the run with this ID (also those that exist only by ID: update, delete, resurrect, charge). */
  protected callById<S extends RunSuffix, M extends MethodsOf<`${RunBase}${S}`>, A extends ParseAs = 'json'>(
    runId: string,
    method: M,
    suffix: S,
    init: OperationInit<ById<S, M>, RunQuery<S, M>> & Mode<A>,
    options?: RequestOptions,
  ): Promise<Result<ById<S, M>, A>> {
    return request(this.core, this.#on(runId), method, suffix, init as CallInit, options) as Promise<
      Result<ById<S, M>, A>
    >;
  }

  /** `callById` for an operation answering `{ data }`: resolves with the `data`. */
  protected dataById<S extends RunSuffix, M extends MethodsOf<`${RunBase}${S}`>>(
    runId: string,
    method: M,
    suffix: S,
    init: OperationInit<ById<S, M>, RunQuery<S, M>> & Mode<'json'>,
    options?: RequestOptions,
  ): Promise<Enveloped<ById<S, M>>> {
    return requestData(this.core, this.#on(runId), method, suffix, init as CallInit, options) as Promise<
      Enveloped<ById<S, M>>
    >;
  }

  /**
   * GET of the run (of `runId` when given: a run pinned once known), held up to `waitSecs` whole seconds; throws on
   * every error status, 404 included. The one run read of `get`, `waitForFinish`, `watchStatus` and `follow`.
   */
  protected fetchRun(waitSecs: number, options?: RequestOptions, runId?: string): Promise<Run> {
    // The attempt deadline must cover the time the server holds the request on purpose.
    const init = { query: { waitForFinish: waitSecs || undefined }, extraTimeoutMs: waitSecs * 1000 };
    return this.data('get', '', init, options, runId);
  }

  /** Follows the addressed run (`runId`: the one a resumed position names; another run by ID is refused). */
  protected live(options: RequestOptions, pollIntervalMs = 1000, runId?: string): LiveRun {
    const own = this.locator.kind === 'run' ? this.locator.runId : undefined;
    if (runId !== undefined && own !== undefined && runId !== own)
      throw new ApifyInputError('resumeFrom belongs to another run.');
    let pinned = runId ?? own;
    const pin = async (signal = options.signal) => (pinned ??= (await this.fetchRun(0, { ...options, signal })).id);
    return {
      pin,
      get id() {
        return pinned;
      },
      terminal: async (wait, signal = options.signal) => {
        const started = Date.now();
        const secs = wait ? Math.min(MAX_WAIT_SECS, Math.floor(pollIntervalMs / 1000)) : 0;
        const run = await this.fetchRun(secs, { ...options, signal }, await pin(signal));
        if (isTerminalStatus(run.status)) return true;
        if (wait) await sleep(Math.max(0, pollIntervalMs - (Date.now() - started)), signal);
        return false;
      },
    };
  }

  /** The addressed run, or the run with this ID (encoded once when it is the addressed one). */
  #on(runId: string | undefined): RunLocator {
    const { locator } = this;
    return runId === undefined || (locator.kind === 'run' && locator.runId === runId) ? locator : runLocator(runId);
  }
}
