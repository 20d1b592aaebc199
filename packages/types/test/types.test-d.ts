import { describe, expectTypeOf, it } from 'vitest';
import type {
  ApifyErrorBody,
  DatasetItem,
  LockedHeadRequest,
  OperationId,
  PricingInfo,
  paths,
  QueueRequest,
  QueueRequestInput,
  Run,
  RunOrigin,
  RunStatus,
  TerminalRunStatus,
} from '../src/index.js';

describe('run types', () => {
  it('keeps every required Run field required', () => {
    expectTypeOf<Run['id']>().toEqualTypeOf<string>();
    expectTypeOf<Run['status']>().toEqualTypeOf<RunStatus>();
    expectTypeOf<Run['defaultDatasetId']>().toEqualTypeOf<string>();
    expectTypeOf<Run['defaultKeyValueStoreId']>().toEqualTypeOf<string>();
    expectTypeOf<Run['defaultRequestQueueId']>().toEqualTypeOf<string>();
    expectTypeOf<Run['meta']['origin']>().toEqualTypeOf<RunOrigin>();
    expectTypeOf<Run['options']['memoryMbytes']>().toEqualTypeOf<number>();
    expectTypeOf<Run['finishedAt']>().toEqualTypeOf<string | null | undefined>();
    // @ts-expect-error a run without a status is not a Run
    const broken: Run = { id: 'x' };
    void broken;
  });

  it('spells the statuses exactly', () => {
    expectTypeOf<RunStatus>().toEqualTypeOf<
      'READY' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMING-OUT' | 'TIMED-OUT' | 'ABORTING' | 'ABORTED'
    >();
    expectTypeOf<TerminalRunStatus>().toEqualTypeOf<'SUCCEEDED' | 'FAILED' | 'TIMED-OUT' | 'ABORTED'>();
    expectTypeOf<'MCP'>().toExtend<RunOrigin>();
  });

  it('discriminates pricing on pricingModel', () => {
    type PayPerEvent = Extract<PricingInfo, { pricingModel: 'PAY_PER_EVENT' }>;
    expectTypeOf<PayPerEvent['pricingPerEvent']>().not.toBeUndefined();
    expectTypeOf<PayPerEvent['apifyMarginPercentage']>().toEqualTypeOf<number>();
    expectTypeOf<PricingInfo['pricingModel']>().toEqualTypeOf<
      'PAY_PER_EVENT' | 'PRICE_PER_DATASET_ITEM' | 'FLAT_PRICE_PER_MONTH' | 'FREE'
    >();
  });
});

describe('request queue types (allOf + required survive generation)', () => {
  it('requires id, uniqueKey and url on a stored request', () => {
    expectTypeOf<QueueRequest['id']>().toEqualTypeOf<string>();
    expectTypeOf<QueueRequest['uniqueKey']>().toEqualTypeOf<string>();
    expectTypeOf<QueueRequest['url']>().toEqualTypeOf<string>();
    expectTypeOf<LockedHeadRequest['lockExpiresAt']>().toEqualTypeOf<string>();
    expectTypeOf<LockedHeadRequest['id']>().toEqualTypeOf<string>();
  });

  it('rejects an input without url', () => {
    // @ts-expect-error url is required
    const input: QueueRequestInput = { uniqueKey: 'a' };
    void input;
  });
});

describe('paths and operations', () => {
  it('has both bases and the last-run filters', () => {
    type LastRunQuery = NonNullable<paths['/v2/acts/{actorId}/runs/last']['get']['parameters']['query']>;
    expectTypeOf<LastRunQuery['status']>().toEqualTypeOf<RunStatus | undefined>();
    expectTypeOf<LastRunQuery['origin']>().toEqualTypeOf<RunOrigin | undefined>();
    expectTypeOf<LastRunQuery['waitForFinish']>().toEqualTypeOf<number | undefined>();
    type RunPath = paths['/v2/actor-runs/{runId}']['get']['parameters']['path'];
    expectTypeOf<RunPath>().toEqualTypeOf<{ runId: string }>();
  });

  it('types dataset items as an array of objects and errors as the shared body', () => {
    type Items = paths['/v2/actor-runs/{runId}/dataset/items']['get']['responses'][200]['content']['application/json'];
    expectTypeOf<Items>().toEqualTypeOf<DatasetItem[]>();
    type NotFound =
      paths['/v2/actor-runs/{runId}/dataset/items']['get']['responses'][404]['content']['application/json'];
    expectTypeOf<NotFound>().toEqualTypeOf<ApifyErrorBody>();
    expectTypeOf<ApifyErrorBody['error']['type']>().toEqualTypeOf<string>();
    expectTypeOf<ApifyErrorBody['error']['message']>().toEqualTypeOf<string>();
  });

  it('names operations by one scheme', () => {
    expectTypeOf<'actorRun_dataset_items_get'>().toExtend<OperationId>();
    expectTypeOf<'act_runs_last_requestQueue_head_lock_post'>().toExtend<OperationId>();
    expectTypeOf<'actorRun_resurrect_post'>().toExtend<OperationId>();
    expectTypeOf<'PostResurrectRun'>().not.toExtend<OperationId>();
  });
});
