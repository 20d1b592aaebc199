import type { paths } from '@apify-runs/types';
import type { Client } from 'openapi-fetch';
import { type ClientCore, createCore } from './core.js';
import { encodeSegment } from './encode.js';
import { type LastRunFilter, lastRunLocator, runLocator } from './locator.js';
import { type ApifyClientOptions, resolveOptions } from './options.js';
import { RunClient } from './resources/run.js';

/** Entry point: `client.run(id)` and `client.lastRun(actor, filter)` give the same interface. */
export class ApifyClient {
  /** The typed openapi-fetch client for every operation of the spec, on the same transport. */
  readonly raw: Client<paths>;
  private readonly core: ClientCore;

  constructor(options: ApifyClientOptions = {}) {
    this.core = createCore(resolveOptions(options));
    this.raw = this.core.raw;
  }

  /** A run by its ID. */
  run(runId: string): RunClient {
    encodeSegment(runId, 'runId');
    return new RunClient(this.core, runLocator(runId));
  }

  /**
   * The last run of an Actor (`id`, `username~name` or `username/name`) matching the filter; every call re-resolves
   * it, so storages follow the newest matching run.
   */
  lastRun(actorId: string, filter: LastRunFilter = {}): RunClient {
    return new RunClient(this.core, lastRunLocator(actorId, filter));
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
