import { signingSecretFor } from '../access/public-urls.js';
import { itemsHeadReply, itemsReply } from '../dataset/items.js';
import { itemsOfPushBody } from '../dataset/validate.js';
import { NOT_FOUND } from '../http/api-error.js';
import { noContent } from '../http/reply.js';
import type { DatasetState } from '../state/dataset.js';
import type { RunRecord } from '../state/run-record.js';
import type { EmulatorState } from '../state/state.js';
import type { HandlerTable } from './types.js';

/** The addressed run's default dataset; 404 `record-not-found` once it has been deleted. */
function datasetOf({ locate, state }: { locate(): RunRecord; state: EmulatorState }): DatasetState {
  const dataset = state.datasets.get(locate().run.defaultDatasetId);
  if (!dataset) throw NOT_FOUND.dataset();
  return dataset;
}

/** The Dataset object, with `urlSigningSecretKey` for its owner. */
async function describe(dataset: DatasetState, context: { state: EmulatorState; caller: { userId?: string } }) {
  const data = await dataset.describe(context.state.baseUrl);
  return { ...data, ...signingSecretFor(dataset.meta, context.caller.userId) };
}

export const datasetHandlers: Pick<
  HandlerTable,
  | 'dataset_get'
  | 'dataset_put'
  | 'dataset_delete'
  | 'dataset_items_get'
  | 'dataset_items_head'
  | 'dataset_items_post'
  | 'dataset_statistics_get'
> = {
  async dataset_get(context) {
    const dataset = datasetOf(context);
    dataset.meta.touch(false);
    return { status: 200, json: { data: await describe(dataset, context) } };
  },

  async dataset_put(context) {
    const dataset = datasetOf(context);
    dataset.meta.update(context.body);
    return { status: 200, json: { data: await describe(dataset, context) } };
  },

  async dataset_delete(context) {
    const dataset = datasetOf(context);
    context.state.datasets.delete(dataset.meta.id);
    await dataset.backend.drop();
    return noContent();
  },

  dataset_items_get(context) {
    return itemsReply(datasetOf(context), context.query, context.state.baseUrl, context.signal);
  },

  dataset_items_head(context) {
    return itemsHeadReply(datasetOf(context), context.query);
  },

  async dataset_items_post(context) {
    const dataset = datasetOf(context);
    // The dispatcher skips its generic body check for this operation: rejected items are reported one by one.
    const items = itemsOfPushBody(context.body, dataset.itemValidator);
    await dataset.pushItems(items);
    const location = `${context.state.baseUrl}/v2/datasets/${dataset.meta.id}/items`;
    return { status: 201, json: {}, headers: { Location: location } };
  },

  async dataset_statistics_get(context) {
    const dataset = datasetOf(context);
    dataset.meta.touch(false);
    return { status: 200, json: { data: await dataset.statistics() } };
  },
};
