/**
 * `@apify-runs/client/download`: parallel ranged downloads of a run's dataset, in an entry point of its own so the
 * main one stays small.
 *
 * @module
 */
export { type ParallelDownloadParams, parallelDownload, type RangedFormat } from './resources/dataset-parallel.js';
