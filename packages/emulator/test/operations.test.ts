import { describe, expect, it } from 'vitest';
import type { HandlerId } from '../src/handlers/types.js';
import { indexOperations, type OperationInfo } from '../src/spec/operations.js';
import type { RunRecord } from '../src/state/run-record.js';
import { type CallOptions, useEmulator } from './support/emulator.js';

/**
 * Every operation of the spec, under both bases, answers a valid request with a 2xx that conforms to the spec.
 * Each case gets its own Actor and run, so the last-run base addresses exactly that run.
 */
const env = useEmulator();

interface Scene {
  record: RunRecord;
  /** A request id that exists in the run's default queue. */
  requestId: string;
}

interface Case {
  status?: RunRecord['status'];
  /** Extra setup through the HTTP API (e.g. taking a lock) before the call. */
  prepare?: (base: string, scene: Scene) => Promise<void>;
  suffixQuery?: string;
  call?: Omit<CallOptions, 'method'>;
}

const CASES: Record<HandlerId, Case> = {
  get: {},
  put: { call: { body: { statusMessage: 'Half way there', isStatusMessageTerminal: false } } },
  delete: { status: 'SUCCEEDED' },
  abort_post: { status: 'RUNNING', suffixQuery: '?gracefully=1' },
  metamorph_post: {
    status: 'RUNNING',
    suffixQuery: '?targetActorId=demo~metamorph-target',
    call: { body: { next: true } },
  },
  reboot_post: { status: 'RUNNING' },
  resurrect_post: { status: 'FAILED', suffixQuery: '?memory=2048' },
  charge_post: {
    call: { body: { eventName: 'page-scraped', count: 2 }, headers: { 'idempotency-key': crypto.randomUUID() } },
  },
  log_get: {},
  dataset_get: {},
  dataset_put: { call: { body: { name: 'renamed-dataset' } } },
  dataset_delete: {},
  dataset_items_get: { suffixQuery: '?limit=10&format=json' },
  dataset_items_head: { suffixQuery: '?limit=1&format=csv' },
  dataset_items_post: { call: { body: [{ url: 'https://example.com', title: 'Example' }] } },
  dataset_statistics_get: {},
  keyValueStore_get: {},
  keyValueStore_put: { call: { body: { name: 'renamed-store' } } },
  keyValueStore_delete: {},
  keyValueStore_keys_get: { suffixQuery: '?limit=5' },
  keyValueStore_records_get: {},
  keyValueStore_record_get: {},
  keyValueStore_record_head: {},
  keyValueStore_record_put: { call: { body: 'plain text value', headers: { 'content-type': 'text/plain' } } },
  keyValueStore_record_post: { call: { body: { answer: 42 } } },
  keyValueStore_record_delete: {},
  requestQueue_get: {},
  requestQueue_put: { call: { body: { name: 'renamed-queue' } } },
  requestQueue_delete: {},
  requestQueue_requests_get: { suffixQuery: '?limit=10' },
  requestQueue_requests_post: {
    suffixQuery: '?forefront=true',
    call: { body: { uniqueKey: 'new', url: 'https://example.com/new' } },
  },
  requestQueue_requests_batch_post: { call: { body: [{ uniqueKey: 'b1', url: 'https://example.com/b1' }] } },
  requestQueue_requests_batch_delete: { call: { body: [{ uniqueKey: 'seed' }] } },
  requestQueue_requests_unlock_post: { suffixQuery: '?clientKey=owner' },
  requestQueue_request_get: {},
  requestQueue_request_put: {
    call: { body: { uniqueKey: 'seed', url: 'https://example.com/seed', handledAt: new Date().toISOString() } },
  },
  requestQueue_request_delete: {},
  requestQueue_request_lock_put: {
    suffixQuery: '?lockSecs=120&clientKey=owner',
    prepare: (base, _scene) => lockHead(base),
  },
  requestQueue_request_lock_delete: { suffixQuery: '?clientKey=owner', prepare: (base) => lockHead(base) },
  requestQueue_head_get: { suffixQuery: '?limit=5' },
  requestQueue_head_lock_post: { suffixQuery: '?lockSecs=60&limit=5&clientKey=owner' },
};

async function lockHead(base: string): Promise<void> {
  const locked = await env.call(`${base}/request-queue/head/lock?lockSecs=60&clientKey=owner`, { method: 'POST' });
  expect(locked.status).toBe(201);
}

async function scene(status: RunRecord['status']): Promise<Scene & { actorId: string }> {
  const { state } = env.emulator;
  if (!state.resolveActor('demo~metamorph-target')) state.createActor({ name: 'metamorph-target' });
  const actor = state.createActor({ name: `case-${crypto.randomUUID().slice(0, 8)}` });
  const record = state.createRun({ actorId: actor.id, status });
  const store = state.keyValueStores.get(record.run.defaultKeyValueStoreId);
  await store?.setRecord('INPUT', { value: Buffer.from('{"start":1}'), contentType: 'application/json' });
  await state.datasets.get(record.run.defaultDatasetId)?.pushItems([{ n: 1 }, { n: 2 }]);
  const queue = state.requestQueues.get(record.run.defaultRequestQueueId);
  const added = await queue?.addRequest({ uniqueKey: 'seed', url: 'https://example.com/seed' });
  state.logs.get(record.run.id)?.append('2026-11-23T10:00:00.000Z Hello from the run\n');
  return { actorId: actor.id, record, requestId: added?.requestId ?? '' };
}

const operations = indexOperations();

describe('every operation answers a valid request with a conformant 2xx', () => {
  it('has a case for every handler', () => {
    const ids = new Set(operations.map((o) => o.handlerId));
    expect([...ids].sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(operations.map((o) => [o.operationId, o] as const))('%s', async (_, operation: OperationInfo) => {
    const spec = CASES[operation.handlerId as HandlerId];
    const { actorId, record, requestId } = await scene(spec.status ?? 'RUNNING');
    const base = operation.group === 'run' ? `/v2/actor-runs/${record.run.id}` : `/v2/acts/${actorId}/runs/last`;
    await spec.prepare?.(base, { record, requestId });
    const suffix = operation.template
      .replace(/^\/v2\/(actor-runs\/\{runId\}|acts\/\{actorId\}\/runs\/last)/, '')
      .replace('{recordKey}', 'INPUT')
      .replace('{requestId}', requestId);
    const result = await env.call(`${base}${suffix}${spec.suffixQuery ?? ''}`, {
      method: operation.method,
      ...spec.call,
    });
    expect(operation.successCodes, String(JSON.stringify(result.body)).slice(0, 300)).toContain(result.status);
  });
});
