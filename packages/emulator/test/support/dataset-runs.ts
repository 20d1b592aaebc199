import type { Emulator } from '../../src/index.js';
import { LAST_BASE, RUN_BASE } from './emulator.js';

let counter = 0;

/** A finished run of a fresh Actor, with the two bases its default dataset is served under. */
export function datasetRun(emulator: Emulator) {
  counter += 1;
  const actor = emulator.state.createActor({ name: `dataset-${counter}` });
  const record = emulator.state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
  const dataset = emulator.state.datasets.get(record.run.defaultDatasetId);
  if (!dataset) throw new Error('run without a dataset');
  return {
    actor,
    record,
    dataset,
    /** `/v2/actor-runs/{runId}/dataset<sub>` */
    byRun: (sub = '', query = '') => `${RUN_BASE(record.run.id)}/dataset${sub}${query ? `?${query}` : ''}`,
    /** `/v2/acts/{actorId}/runs/last/dataset<sub>?status=SUCCEEDED` */
    byLast: (sub = '', query = '') => LAST_BASE(actor.id, `/dataset${sub}?status=SUCCEEDED${query ? `&${query}` : ''}`),
  };
}
