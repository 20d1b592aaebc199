/**
 * Regressions for what schemathesis (tools/contract, `st run` against the demo scene) found. Each test replays the
 * finding over real HTTP; `env.call` validates every response against the spec.
 */
import { describe, expect, it } from 'vitest';
import { RUN_BASE, useEmulator } from './support/emulator.js';

const env = useEmulator({ seed: 'demo' });
const RUN = 'DemoRunSucceeded1';

describe('schemathesis findings', () => {
  // ST108: a huge lockSecs gave lockExpiresAt "+275760-09-13T00:00:00.000Z", not an RFC 3339 date-time.
  it('caps a huge lockSecs at a date-time the spec accepts (head/lock)', async () => {
    const res = await env.call(
      `${RUN_BASE(RUN)}/request-queue/head/lock?lockSecs=9007199254740991&limit=1&clientKey=a`,
      { method: 'POST' },
    );
    expect(res.status).toBe(201);
    for (const item of res.body.data.items) expect(item.lockExpiresAt).toBe('9999-12-31T23:59:59.999Z');
  });

  it('caps a huge lockSecs at a date-time the spec accepts (prolong lock)', async () => {
    const added = await env.call(`${RUN_BASE(RUN)}/request-queue/requests?clientKey=b`, {
      method: 'POST',
      body: { url: 'https://example.com/contract-lock', uniqueKey: 'contract-lock' },
    });
    expect(added.status).toBe(201);
    const id = added.body.data.requestId as string;
    const locked = await env.call(
      `${RUN_BASE(RUN)}/request-queue/requests/${id}/lock?lockSecs=9007199254740991&clientKey=b`,
      { method: 'PUT' },
    );
    expect(locked.status).toBe(200);
    expect(locked.body.data.lockExpiresAt).toBe('9999-12-31T23:59:59.999Z');
  });

  // ST201: an empty Content-Encoding header (not in the spec's enum) was accepted as identity.
  it.each([
    ['POST', `${RUN_BASE(RUN)}/dataset/items`],
    ['PUT', `${RUN_BASE(RUN)}/key-value-store/records/contract-empty-encoding`],
  ])('rejects an empty Content-Encoding header with 415 (%s %s)', async (method, path) => {
    const res = await env.call(path, {
      method,
      body: [{ a: 1 }],
      headers: { 'content-encoding': '' },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.type).toBe('unsupported-content-encoding');
  });
});

describe('schemathesis finding: integers beyond 2^53', () => {
  it('rejects an offset that cannot be represented exactly instead of echoing a float in the pagination header', async () => {
    const result = await env.call(
      '/v2/actor-runs/DemoRunSucceeded1/dataset/items?offset=24264582679718298000000000&limit=1',
    );
    expect(result.status).toBe(400);
    expect(result.body.error.type).toBe('invalid-value');
    expect(result.body.error.message).toBe(
      'Parameter "offset" must be an integer from 0 to 9007199254740991, got "24264582679718298000000000".',
    );
    const largest = await env.call(
      `/v2/actor-runs/DemoRunSucceeded1/dataset/items?offset=${Number.MAX_SAFE_INTEGER}&limit=1`,
    );
    expect(largest.status).toBe(200);
    expect(largest.headers.get('x-apify-pagination-offset')).toBe(String(Number.MAX_SAFE_INTEGER));
  });

  // positive_data_acceptance: the spec declared no maximum, so 2^62 was a valid limit the emulator refused. Every
  // integer parameter now declares one (the house lint rule `integer-bounds` keeps it so).
  it.each([
    ['GET', '/request-queue/head?limit=9007199254740992', 'limit'],
    ['POST', '/request-queue/head/lock?lockSecs=4611686018427387904', 'lockSecs'],
    ['GET', '/dataset/items?limit=4611686018427387904', 'limit'],
  ])('rejects %s %s above the maximum the spec declares', async (method, path, name) => {
    const result = await env.call(`${RUN_BASE(RUN)}${path}`, { method });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      new RegExp(`^Parameter "${name}" must be an integer from \\d+ to 9007199254740991`),
    );
  });
});
