import type { ClientCore } from '../core.js';
import type { RunLocator } from '../locator.js';
import { DatasetClient } from './dataset.js';
import { KeyValueStoreClient } from './key-value-store.js';
import { LocatedResource } from './located.js';
import { LogClient } from './log.js';
import { RequestQueueClient } from './request-queue.js';

/**
 * A run (by ID) or the last run of an Actor, with its log and default storages. Both kinds share this one
 * implementation; the locator picks the endpoint group.
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
}
