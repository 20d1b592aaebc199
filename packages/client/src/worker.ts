/**
 * `@apify-runs/client/worker`: a request-queue worker, in an entry point of its own so the main one stays small.
 *
 * @module
 */
export {
  type ProcessQueueOptions,
  type ProcessQueueResult,
  processQueue,
  type RequestContext,
  type RequestHandler,
} from './worker/process-queue.js';
