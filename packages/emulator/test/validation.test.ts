import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/http/body.js';
import { indexOperations, type OperationInfo, type ParameterInfo } from '../src/spec/operations.js';
import { useEmulator } from './support/emulator.js';

const env = useEmulator();
const operations = indexOperations();

/** A concrete URL for an operation: a run, actor and keys that need not exist (validation comes first). */
function urlOf(operation: OperationInfo, query = ''): string {
  const path = operation.template
    .replace('{runId}', 'HG7ML7M8z78YcAPEB')
    .replace('{actorId}', 'demo~web-scraper')
    .replace('{recordKey}', 'INPUT')
    .replace('{requestId}', 'req00000000000001');
  return `${path}${query}`;
}

/** A value the parameter's schema forbids, or undefined when any string is allowed. */
function forbidden(parameter: ParameterInfo): string | undefined {
  const schema = parameter.schema;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer') return parameter.name === 'waitForFinish' ? '-1' : '1.5';
  if (type === 'number') return 'NaN-ish';
  if (type === 'boolean') return 'maybe';
  if (Array.isArray(schema.enum)) return 'NOT_A_VALUE';
  if (type === 'array') return 'locked,unknown-state';
  if (typeof schema.maxLength === 'number') return 'x'.repeat(schema.maxLength + 1);
  return undefined;
}

const cases = operations.flatMap((operation) =>
  operation.parameters
    .filter((p) => p.in === 'query')
    .flatMap((parameter) => {
      const value = forbidden(parameter);
      return value === undefined
        ? []
        : [[`${operation.operationId} ${parameter.name}=${value}`, operation, parameter, value] as const];
    }),
);

describe('input the spec forbids', () => {
  it('has constrained parameters to try on every group', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases)('rejects %s with 400', async (_, operation, parameter, value) => {
    const required = operation.parameters
      .filter((p) => p.in === 'query' && p.required && p.name !== parameter.name)
      .map((p) => `&${p.name}=1`)
      .join('');
    const result = await env.call(urlOf(operation, `?${parameter.name}=${encodeURIComponent(value)}${required}`), {
      method: operation.method,
      ...(operation.body ? { body: {}, raw: true } : {}),
    });
    expect(result.status).toBe(400);
    // A HEAD answer has the GET's status and no body (the conformance check asserts that it is empty).
    if (operation.method === 'HEAD') return;
    expect(result.body.error.type).toBe('invalid-value');
    expect(result.body.error.message).toContain(parameter.name);
  });

  it('caps waitForFinish above 60 instead of rejecting it, as the real API does', async () => {
    const actor = env.emulator.state.createActor({ name: 'capped' });
    const record = env.emulator.state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
    const result = await env.call(`/v2/actor-runs/${record.run.id}?waitForFinish=999999`);
    expect(result.status).toBe(200);
  });

  it('rejects a missing required parameter', async () => {
    const result = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/request-queue/head/lock', { method: 'POST' });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toContain('lockSecs');
  });
});

describe('transport-level errors', () => {
  it('answers 405 with the allowed methods for a wrong method', async () => {
    const result = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/dataset/statistics', {
      method: 'DELETE',
      raw: true,
    });
    expect(result.status).toBe(405);
    expect(result.body.error.type).toBe('method-not-allowed');
    expect(result.headers.get('allow')).toContain('GET');
  });

  it('answers 404 page-not-found for an unknown path', async () => {
    const result = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/nothing-here', { raw: true });
    expect(result.status).toBe(404);
    expect(result.body.error.type).toBe('page-not-found');
  });

  it('rejects malformed JSON with 400 invalid-request', async () => {
    const result = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB', {
      method: 'PUT',
      body: '{"statusMessage": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.type).toBe('invalid-request');
  });

  it('rejects a JSON body the schema forbids with 400 invalid-input', async () => {
    const result = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/charge', {
      method: 'POST',
      body: { eventName: 'x' },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.type).toBe('invalid-input');
  });

  it('rejects a body over 9,437,184 bytes with 413, also when it arrives compressed', async () => {
    const big = `[${'"x",'.repeat(MAX_BODY_BYTES / 4)}"x"]`;
    const plain = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/dataset/items', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(plain.status).toBe(413);
    expect(plain.body.error.type).toBe('request-too-large');
    const bomb = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/dataset/items', {
      method: 'POST',
      body: gzipSync(big),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(bomb.status).toBe(413);
  });

  it('rejects an unknown Content-Encoding with 415 and a broken gzip body with 400', async () => {
    const unknown = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/dataset/items', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', 'content-encoding': 'zstd' },
    });
    expect(unknown.status).toBe(415);
    expect(unknown.body.error.type).toBe('unsupported-content-encoding');
    const broken = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/dataset/items', {
      method: 'POST',
      body: 'not gzip at all',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(broken.status).toBe(400);
  });

  it('accepts ?method= to override GET, and ?token= as the token', async () => {
    const result = await env.call('/v2/acts/demo~nobody/runs/last?token=test_token', { token: null });
    expect(result.body.error.type).toBe('actor-not-found');
    const override = await env.call('/v2/actor-runs/HG7ML7M8z78YcAPEB/dataset/statistics?method=DELETE', { raw: true });
    expect(override.status).toBe(405);
  });
});
