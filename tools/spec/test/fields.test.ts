import { describe, expect, it } from 'vitest';
import { deref } from '../src/walk.js';
import { spec } from './load.js';

type Schema = { properties?: Record<string, unknown>; required?: string[]; allOf?: Schema[]; $ref?: string };
type Response = { headers?: Record<string, unknown>; content?: Record<string, unknown> };

/** Properties and required names of a schema, following `allOf` members. */
function shape(name: string): { properties: string[]; required: string[] } {
  const walk = (node: Schema): { properties: string[]; required: string[] } => {
    const schema = deref<Schema>(spec, node);
    const parts = (schema.allOf ?? []).map(walk);
    return {
      properties: [...Object.keys(schema.properties ?? {}), ...parts.flatMap((p) => p.properties)],
      required: [...(schema.required ?? []), ...parts.flatMap((p) => p.required)],
    };
  };
  return walk({ $ref: `#/components/schemas/${name}` });
}

/** Fields of apify-api-facts.md §6, by schema: [required, optional]. */
const FIELDS: Record<string, [string[], string[]]> = {
  Run: [
    [
      'id',
      'actId',
      'userId',
      'startedAt',
      'status',
      'meta',
      'stats',
      'options',
      'buildId',
      'defaultKeyValueStoreId',
      'defaultDatasetId',
      'defaultRequestQueueId',
      'generalAccess',
    ],
    [
      'actorTaskId',
      'finishedAt',
      'statusMessage',
      'isStatusMessageTerminal',
      'pricingInfo',
      'chargedEventCounts',
      'exitCode',
      'storageIds',
      'buildNumber',
      'containerUrl',
      'isContainerServerReady',
      'gitBranchName',
      'usage',
      'usageTotalUsd',
      'usageUsd',
      'metamorphs',
      'platformUsageBillingModel',
    ],
  ],
  RunMeta: [['origin'], ['clientIp', 'userAgent', 'scheduleId', 'scheduledAt']],
  RunOptions: [
    ['build', 'timeoutSecs', 'memoryMbytes', 'diskMbytes'],
    ['maxItems', 'maxTotalChargeUsd'],
  ],
  Dataset: [
    ['id', 'userId', 'createdAt', 'modifiedAt', 'accessedAt', 'itemCount', 'cleanItemCount', 'consoleUrl'],
    [
      'name',
      'actId',
      'actRunId',
      'fields',
      'schema',
      'itemsPublicUrl',
      'urlSigningSecretKey',
      'generalAccess',
      'stats',
    ],
  ],
  KeyValueStore: [
    ['id', 'createdAt', 'modifiedAt', 'accessedAt'],
    [
      'name',
      'userId',
      'username',
      'actId',
      'actRunId',
      'consoleUrl',
      'keysPublicUrl',
      'recordsPublicUrl',
      'schema',
      'urlSigningSecretKey',
      'generalAccess',
      'stats',
    ],
  ],
  ListOfKeys: [
    ['items', 'count', 'limit', 'isTruncated'],
    ['exclusiveStartKey', 'nextExclusiveStartKey'],
  ],
  KeyValueStoreKey: [['key', 'size', 'recordPublicUrl'], []],
  RequestQueue: [
    [
      'id',
      'userId',
      'createdAt',
      'modifiedAt',
      'accessedAt',
      'totalRequestCount',
      'handledRequestCount',
      'pendingRequestCount',
      'hadMultipleClients',
      'consoleUrl',
    ],
    ['name', 'actId', 'actRunId', 'stats', 'generalAccess'],
  ],
  Request: [
    ['id', 'uniqueKey', 'url'],
    ['method', 'retryCount', 'loadedUrl', 'payload', 'headers', 'userData', 'noRetry', 'errorMessages', 'handledAt'],
  ],
  RequestWithoutId: [
    ['uniqueKey', 'url'],
    ['method', 'userData', 'handledAt'],
  ],
  HeadRequest: [
    ['id', 'uniqueKey', 'url'],
    ['method', 'retryCount'],
  ],
  LockedHeadRequest: [['id', 'uniqueKey', 'url', 'lockExpiresAt'], []],
  ListOfRequests: [
    ['items', 'limit'],
    ['exclusiveStartId', 'cursor', 'nextCursor'],
  ],
  RequestRegistration: [['requestId', 'wasAlreadyPresent', 'wasAlreadyHandled'], []],
  BatchAddResult: [['processedRequests', 'unprocessedRequests'], []],
  BatchDeleteResult: [['processedRequests', 'unprocessedRequests'], []],
  Head: [['limit', 'queueModifiedAt', 'hadMultipleClients', 'items'], []],
  LockedHead: [
    ['limit', 'queueModifiedAt', 'hadMultipleClients', 'lockSecs', 'items'],
    ['queueHasLockedRequests', 'clientKey'],
  ],
  RequestLock: [['lockExpiresAt'], []],
  UnlockResult: [['unlockedCount'], []],
  ChargeRunRequest: [['eventName', 'count'], []],
  UpdateRunRequest: [[], ['runId', 'statusMessage', 'isStatusMessageTerminal', 'generalAccess']],
  UpdateStorageRequest: [[], ['name', 'generalAccess']],
  ErrorResponse: [['error'], []],
};

describe('schema fields', () => {
  it.each(Object.entries(FIELDS))('%s has the fields of the facts', (name, [required, optional]) => {
    const { properties, required: actualRequired } = shape(name);
    expect(properties).toEqual(expect.arrayContaining([...required, ...optional]));
    expect([...new Set(actualRequired)].sort()).toEqual([...required].sort());
  });
});

describe('response headers', () => {
  const response = (path: string, method: string, code: string) => {
    const operation = (spec.paths[path] as Record<string, { responses: Record<string, unknown> }>)[method];
    return deref<Response>(spec, operation?.responses[code]);
  };
  const headers = (r: Response) => Object.keys(r.headers ?? {});

  it.each(['/v2/actor-runs/{runId}', '/v2/acts/{actorId}/runs/last'])('declares them under %s', (base) => {
    expect(headers(response(`${base}/dataset/items`, 'get', '200'))).toEqual(
      expect.arrayContaining([
        'X-Apify-Pagination-Offset',
        'X-Apify-Pagination-Limit',
        'X-Apify-Pagination-Count',
        'X-Apify-Pagination-Total',
        'X-Apify-Pagination-Desc',
      ]),
    );
    expect(headers(response(`${base}/dataset/items`, 'post', '201'))).toContain('Location');
    expect(headers(response(`${base}/key-value-store/records/{recordKey}`, 'put', '201'))).toContain('Location');
    expect(headers(response(`${base}/key-value-store/records/{recordKey}`, 'get', '302'))).toContain('Location');
    expect(headers(response(base, 'get', '429'))).toContain('Retry-After');
  });

  it('serves every dataset format with its media type', () => {
    const content = Object.keys(response('/v2/actor-runs/{runId}/dataset/items', 'get', '200').content ?? {});
    expect(content.sort()).toEqual(
      [
        'application/json',
        'application/jsonl',
        'text/csv',
        'text/html',
        'application/xml',
        'application/rss+xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ].sort(),
    );
    expect(Object.keys(response('/v2/actor-runs/{runId}/log', 'get', '200').content ?? {})).toEqual(['text/plain']);
    expect(Object.keys(response('/v2/actor-runs/{runId}/key-value-store/records', 'get', '200').content ?? {})).toEqual(
      ['application/zip'],
    );
  });
});
