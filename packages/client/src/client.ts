import { type ClientCore, createCore } from './core.js';
import { type LastRunFilter, lastRunLocator, runLocator } from './locator.js';
import type { ApifyClientOptions } from './options.js';
import { RunClient } from './resources/run.js';
import type { ClientStats } from './transport/types.js';

/** Entry point: `client.run(id)` and `client.lastRun(actor, filter)` give the same interface. */
export class ApifyClient {
  readonly #core: ClientCore;

  /** Validates the options (an unusable token, URL or number throws `ApifyInputError`); nothing is sent. */
  constructor(options: ApifyClientOptions = {}) {
    this.#core = createCore(options);
  }

  /**
   * What this client has done so far: calls, requests, retries, and `429`s and failures by attempt (index 0: first
   * attempts), for tuning concurrency. A snapshot: later calls do not change it.
   */
  stats(): ClientStats {
    const { stats } = this.#core.send;
    return { ...stats, rateLimitErrors: [...stats.rateLimitErrors], errors: [...stats.errors] };
  }

  /** A run by its ID. */
  run(runId: string): RunClient {
    return new RunClient(this.#core, runLocator(runId));
  }

  /**
   * The last run of an Actor (`id`, `username~name` or `username/name`) matching the filter; every call re-resolves
   * it, so storages follow the newest matching run.
   */
  lastRun(actorId: string, filter: LastRunFilter = {}): RunClient {
    return new RunClient(this.#core, lastRunLocator(actorId, filter));
  }
}

/**
 * Creates a client.
 *
 * @example
 * ```ts
 * const client = createApifyClient({ token: process.env.APIFY_TOKEN });
 * const run = await client.lastRun('apify/web-scraper', { status: 'SUCCEEDED' }).get();
 * ```
 */
export function createApifyClient(options: ApifyClientOptions = {}): ApifyClient {
  return new ApifyClient(options);
}
