import { describe, expect, it } from 'vitest';
import { deref, operations } from '../src/walk.js';
import { spec } from './load.js';

/** Query and header parameters of each operation as apify-api-facts.md §5 and §8–§9 list them. */
const EXPECTED: Record<string, string[]> = {
  'get ': ['waitForFinish'],
  'put ': [],
  'delete ': [],
  'post /abort': ['gracefully'],
  'post /metamorph': ['targetActorId', 'build'],
  'post /reboot': [],
  'post /resurrect': ['build', 'timeout', 'memory', 'maxItems', 'maxTotalChargeUsd', 'restartOnError'],
  'post /charge': ['header:idempotency-key'],
  'get /log': ['stream', 'download', 'raw'],
  'get /dataset': [],
  'put /dataset': [],
  'delete /dataset': [],
  'get /dataset/items': [
    'format',
    'clean',
    'offset',
    'limit',
    'fields',
    'outputFields',
    'omit',
    'unwind',
    'flatten',
    'desc',
    'attachment',
    'delimiter',
    'bom',
    'xmlRoot',
    'xmlRow',
    'skipHeaderRow',
    'skipHidden',
    'skipEmpty',
    'simplified',
    'view',
    'skipFailedPages',
    'feedTitle',
    'feedDescription',
    'signature',
  ],
  // HEAD takes every parameter of the GET (apify-api-facts.md §13), listed once below.
  'head /dataset/items': [],
  'post /dataset/items': ['header:Content-Encoding'],
  'get /dataset/statistics': [],
  'get /key-value-store': [],
  'put /key-value-store': [],
  'delete /key-value-store': [],
  'get /key-value-store/keys': ['exclusiveStartKey', 'limit', 'collection', 'prefix', 'signature'],
  'get /key-value-store/records': ['collection', 'prefix', 'signature'],
  'get /key-value-store/records/{recordKey}': ['signature', 'attachment'],
  // As the standalone `keyValueStore_record_head`: no query parameters (apify-api-facts.md §11).
  'head /key-value-store/records/{recordKey}': [],
  'put /key-value-store/records/{recordKey}': ['header:Content-Encoding'],
  'post /key-value-store/records/{recordKey}': ['header:Content-Encoding'],
  'delete /key-value-store/records/{recordKey}': [],
  'get /request-queue': [],
  'put /request-queue': [],
  'delete /request-queue': [],
  'get /request-queue/requests': ['clientKey', 'exclusiveStartId', 'limit', 'cursor', 'filter'],
  'post /request-queue/requests': ['clientKey', 'forefront'],
  'post /request-queue/requests/batch': ['clientKey', 'forefront'],
  // Apify's reference also lists a `Content-Type` header parameter here; OpenAPI says a header parameter named
  // Content-Type SHALL be ignored, and openapi-python-client drops the whole operation over it, so the spec states
  // the requirement in the description and the request body's media type instead (tools/contract).
  'delete /request-queue/requests/batch': ['clientKey'],
  'post /request-queue/requests/unlock': ['clientKey'],
  'get /request-queue/requests/{requestId}': [],
  'put /request-queue/requests/{requestId}': ['forefront', 'clientKey'],
  'delete /request-queue/requests/{requestId}': ['clientKey'],
  'put /request-queue/requests/{requestId}/lock': ['lockSecs', 'clientKey', 'forefront'],
  'delete /request-queue/requests/{requestId}/lock': ['clientKey', 'forefront'],
  'get /request-queue/head': ['limit', 'clientKey'],
  'post /request-queue/head/lock': ['lockSecs', 'limit', 'clientKey'],
};

EXPECTED['head /dataset/items'] = EXPECTED['get /dataset/items'] ?? [];

const LOCATORS = new Set([
  'path:runId',
  'path:actorId',
  'query:status',
  'query:origin',
  'path:recordKey',
  'path:requestId',
]);

type Parameter = { name: string; in: string; required?: boolean; schema?: Record<string, unknown> };

function parametersOf(entry: ReturnType<typeof operations>[number]): Parameter[] {
  const item = spec.paths[entry.path] as { parameters?: unknown[] };
  return [...(item.parameters ?? []), ...((entry.operation.parameters as unknown[]) ?? [])].map((p) =>
    deref<Parameter>(spec, p),
  );
}

describe('parameters', () => {
  const all = operations(spec);

  it.each(all.map((entry) => [entry.operation.operationId, entry] as const))(
    '%s declares exactly its parameters',
    (_, entry) => {
      const key = `${entry.method} ${entry.path.replace(/^\/v2\/(actor-runs\/\{runId\}|acts\/\{actorId\}\/runs\/last)/, '')}`;
      const expected = EXPECTED[key];
      expect(expected, `no expectation for ${key}`).toBeDefined();
      const actual = parametersOf(entry)
        .map((p) => `${p.in}:${p.name}`)
        .filter((name) => !LOCATORS.has(name))
        .map((name) => (name.startsWith('query:') ? name.slice(6) : name));
      expect(actual.sort()).toEqual([...(expected ?? [])].sort());
    },
  );

  it('types numbers as integers and flags as booleans', () => {
    const integers = ['waitForFinish', 'offset', 'limit', 'lockSecs', 'timeout', 'memory', 'maxItems'];
    const booleans = [
      'clean',
      'desc',
      'attachment',
      'bom',
      'skipHeaderRow',
      'skipHidden',
      'skipEmpty',
      'simplified',
      'skipFailedPages',
      'stream',
      'download',
      'raw',
      'gracefully',
      'forefront',
      'restartOnError',
    ];
    for (const entry of all) {
      for (const parameter of parametersOf(entry)) {
        const schema = deref<Record<string, unknown>>(spec, parameter.schema);
        if (integers.includes(parameter.name))
          expect(schema.type, `${entry.operation.operationId} ${parameter.name}`).toBe('integer');
        if (booleans.includes(parameter.name))
          expect(schema.type, `${entry.operation.operationId} ${parameter.name}`).toBe('boolean');
      }
    }
  });

  it('requires lockSecs and the path parameters', () => {
    for (const entry of all) {
      for (const parameter of parametersOf(entry)) {
        if (parameter.in === 'path' || parameter.name === 'lockSecs' || parameter.name === 'targetActorId') {
          expect(parameter.required, `${entry.operation.operationId} ${parameter.name}`).toBe(true);
        }
      }
    }
  });

  it('bounds the limits the facts give', () => {
    const bounds = (operationId: string, name: string) => {
      const entry = all.find((e) => e.operation.operationId === operationId);
      const parameter = entry && parametersOf(entry).find((p) => p.name === name);
      return deref<Record<string, unknown>>(spec, parameter?.schema);
    };
    expect(bounds('actorRun_get', 'waitForFinish')).toMatchObject({ minimum: 0, maximum: 60 });
    expect(bounds('actorRun_keyValueStore_keys_get', 'limit')).toMatchObject({
      minimum: 1,
      maximum: 1000,
      default: 1000,
    });
    expect(bounds('actorRun_requestQueue_head_lock_post', 'limit')).toMatchObject({ maximum: 25 });
    expect(bounds('actorRun_requestQueue_requests_get', 'limit')).toMatchObject({ maximum: 10000 });
  });
});
