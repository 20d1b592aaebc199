import { datasetHandlers } from './dataset.js';
import { keyValueStoreHandlers } from './key-value-store.js';
import { logHandlers } from './log.js';
import { requestQueueHandlers } from './request-queue.js';
import { runHandlers } from './run.js';
import type { HandlerTable } from './types.js';

/** Every operation's handler, shared by both endpoint groups. */
export const handlers: HandlerTable = {
  ...runHandlers,
  ...logHandlers,
  ...datasetHandlers,
  ...keyValueStoreHandlers,
  ...requestQueueHandlers,
};

/** Handlers that check their JSON body themselves: a rejected push names the invalid items. */
export const ownBodyValidation: ReadonlySet<keyof HandlerTable> = new Set(['dataset_items_post']);
