import { notImplemented } from './not-implemented.js';
import type { HandlerTable } from './types.js';

export const datasetHandlers: Pick<
  HandlerTable,
  | 'dataset_get'
  | 'dataset_put'
  | 'dataset_delete'
  | 'dataset_items_get'
  | 'dataset_items_post'
  | 'dataset_statistics_get'
> = {
  dataset_get: notImplemented,
  dataset_put: notImplemented,
  dataset_delete: notImplemented,
  dataset_items_get: notImplemented,
  dataset_items_post: notImplemented,
  dataset_statistics_get: notImplemented,
};
