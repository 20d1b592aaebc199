import type { BatchAddResult, RequestIdentifier } from '@apify-runs/types';
import { badRequest, NOT_FOUND } from '../http/api-error.js';
import { noContent } from '../http/reply.js';
import type { AddRequestInput, RequestQueueState } from '../state/request-queue.js';
import { deleteLock, lockHead, prolongLock, queueHead, unlockAll } from '../state/request-queue-head.js';
import type { RunRecord } from '../state/run-record.js';
import type { EmulatorState } from '../state/state.js';
import type { HandlerTable } from './types.js';

/** Batch add and batch delete take at most this many requests (the spec's body schema says so too). */
const MAX_BATCH = 25;

interface QueueContext {
  locate(): RunRecord;
  state: EmulatorState;
  query: { clientKey?: string };
}

/**
 * The addressed run's default request queue (404 once deleted), with the caller recorded as one of its clients:
 * every operation that takes a `clientKey` counts towards `hadMultipleClients`.
 */
function queueOf({ locate, state, query }: QueueContext): RequestQueueState {
  const queue = state.requestQueues.get(locate().run.defaultRequestQueueId);
  if (!queue) throw NOT_FOUND.requestQueue();
  queue.noteClient(query.clientKey);
  return queue;
}

/** The queue, for operations without a `clientKey` parameter (nothing to record). */
function queueOnly(context: { locate(): RunRecord; state: EmulatorState }): RequestQueueState {
  const queue = context.state.requestQueues.get(context.locate().run.defaultRequestQueueId);
  if (!queue) throw NOT_FOUND.requestQueue();
  return queue;
}

function guardBatch(size: number): void {
  if (size > MAX_BATCH) throw badRequest(`A batch holds at most ${MAX_BATCH} requests, got ${size}.`, 'invalid-input');
}

export const requestQueueHandlers: Pick<
  HandlerTable,
  | 'requestQueue_get'
  | 'requestQueue_put'
  | 'requestQueue_delete'
  | 'requestQueue_requests_get'
  | 'requestQueue_requests_post'
  | 'requestQueue_requests_batch_post'
  | 'requestQueue_requests_batch_delete'
  | 'requestQueue_requests_unlock_post'
  | 'requestQueue_request_get'
  | 'requestQueue_request_put'
  | 'requestQueue_request_delete'
  | 'requestQueue_request_lock_put'
  | 'requestQueue_request_lock_delete'
  | 'requestQueue_head_get'
  | 'requestQueue_head_lock_post'
> = {
  requestQueue_get(context) {
    const queue = queueOnly(context);
    queue.meta.touch(false);
    return { status: 200, json: { data: queue.describe(context.state.baseUrl) } };
  },

  requestQueue_put(context) {
    const queue = queueOnly(context);
    queue.meta.update(context.body);
    return { status: 200, json: { data: queue.describe(context.state.baseUrl) } };
  },

  async requestQueue_delete(context) {
    const queue = queueOnly(context);
    context.state.requestQueues.delete(queue.meta.id);
    await queue.backend.drop();
    return noContent();
  },

  requestQueue_requests_get(context) {
    const { limit, cursor, exclusiveStartId, filter } = context.query;
    const page = queueOf(context).listRequests({ limit, cursor, exclusiveStartId, filter });
    return { status: 200, json: { data: page } };
  },

  async requestQueue_requests_post(context) {
    const { forefront, clientKey } = context.query;
    const registration = await queueOf(context).addRequest(context.body as AddRequestInput, { forefront, clientKey });
    return { status: 201, json: { data: registration } };
  },

  async requestQueue_requests_batch_post(context) {
    const queue = queueOf(context);
    guardBatch(context.body.length);
    const result: BatchAddResult = { processedRequests: [], unprocessedRequests: [] };
    for (const request of context.body) {
      const added = await queue.addRequest(request as AddRequestInput, { forefront: context.query.forefront });
      result.processedRequests.push({ ...added, uniqueKey: request.uniqueKey });
    }
    return { status: 201, json: { data: result } };
  },

  async requestQueue_requests_batch_delete(context) {
    // Apify requires `Content-Type: application/json` on this DELETE (some clients drop it on DELETE bodies). The spec
    // states it in the description and the body's media type, not as a header parameter (OpenAPI ignores a header
    // parameter named Content-Type), so it is checked here.
    if (!/^application\/json\b/i.test(context.raw?.contentType ?? '')) {
      throw badRequest('The Content-Type header must be "application/json" for this request.', 'invalid-request');
    }
    const queue = queueOf(context);
    guardBatch(context.body.length);
    // The dispatcher validated the body against the schema (`minProperties: 1`, no other properties), so every
    // identifier has an `id` or a `uniqueKey`: the union the schema cannot spell for code generators.
    const identifiers = context.body as RequestIdentifier[];
    return { status: 200, json: { data: await queue.deleteRequests(identifiers, context.query.clientKey) } };
  },

  async requestQueue_requests_unlock_post(context) {
    const unlockedCount = await unlockAll(queueOf(context), context.query.clientKey);
    return { status: 200, json: { data: { unlockedCount } } };
  },

  requestQueue_request_get(context) {
    const request = queueOnly(context).getRequest(context.path.requestId);
    if (!request) throw NOT_FOUND.request();
    return { status: 200, json: { data: request } };
  },

  async requestQueue_request_put(context) {
    const { forefront, clientKey } = context.query;
    const queue = queueOf(context);
    const registration = await queue.updateRequest(context.path.requestId, context.body as AddRequestInput, {
      forefront,
      clientKey,
    });
    return { status: 200, json: { data: registration } };
  },

  async requestQueue_request_delete(context) {
    await queueOf(context).deleteRequest(context.path.requestId, context.query.clientKey);
    return noContent();
  },

  async requestQueue_request_lock_put(context) {
    const { lockSecs, clientKey, forefront } = context.query;
    const lock = await prolongLock(queueOf(context), context.path.requestId, { lockSecs, clientKey, forefront });
    return { status: 200, json: { data: lock } };
  },

  async requestQueue_request_lock_delete(context) {
    const { clientKey, forefront } = context.query;
    await deleteLock(queueOf(context), context.path.requestId, { clientKey, forefront });
    return noContent();
  },

  requestQueue_head_get(context) {
    return { status: 200, json: { data: queueHead(queueOf(context), context.query.limit) } };
  },

  async requestQueue_head_lock_post(context) {
    const { lockSecs, limit, clientKey } = context.query;
    return { status: 201, json: { data: await lockHead(queueOf(context), { lockSecs, limit, clientKey }) } };
  },
};
