import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAST_BASE, RUN_BASE, TOKEN, useEmulator } from './support/emulator.js';

const env = useEmulator();
let runId = '';
let actorId = '';

beforeAll(() => {
  const actor = env.emulator.state.createActor({ name: 'faulty' });
  actorId = actor.id;
  runId = env.emulator.state.createRun({ actorId: actor.id, status: 'SUCCEEDED' }).run.id;
});

afterEach(() => env.emulator.faults.clear());

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${env.emulator.url}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...init.headers } });

describe('status faults', () => {
  it('answers 429 with Retry-After once, then the real response, under both bases', async () => {
    env.emulator.faults.add({
      match: { operationId: 'get' },
      times: 2,
      fault: { kind: 'status', status: 429, retryAfter: 2 },
    });
    for (const path of [RUN_BASE(runId), LAST_BASE(actorId)]) {
      const limited = await env.call(path);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
      expect(limited.body.error.type).toBe('rate-limit-exceeded');
    }
    const after = await env.call(RUN_BASE(runId));
    expect(after.status).toBe(200);
    expect(after.body.data.id).toBe(runId);
    expect(env.emulator.faults.list()).toEqual([]);
  });

  it('answers 5xx with an Apify-shaped body and a custom type', async () => {
    env.emulator.faults.add({ match: { path: '/v2/actor-runs/*' }, times: 1, fault: { kind: 'status', status: 503 } });
    env.emulator.faults.add({
      match: { method: 'get', pathRegex: '^/v2/actor-runs/' },
      times: 1,
      fault: { kind: 'status', status: 502, type: 'bad-gateway', message: 'Upstream down' },
    });
    const first = await env.call(RUN_BASE(runId), { raw: true });
    expect(first.status).toBe(503);
    expect(first.body.error).toEqual({ type: 'internal-server-error', message: expect.any(String) });
    const second = await env.call(RUN_BASE(runId), { raw: true });
    expect(second.status).toBe(502);
    expect(second.body.error).toEqual({ type: 'bad-gateway', message: 'Upstream down' });
    expect((await env.call(RUN_BASE(runId))).status).toBe(200);
  });

  it('matches by method, glob and operationId, and leaves other requests alone', async () => {
    env.emulator.faults.add({ match: { method: 'DELETE' }, fault: { kind: 'status', status: 500 } });
    env.emulator.faults.add({ match: { path: '/v2/acts/**' }, fault: { kind: 'status', status: 500 } });
    env.emulator.faults.add({ match: { operationId: 'actorRun_log_get' }, fault: { kind: 'status', status: 500 } });
    expect((await env.call(RUN_BASE(runId))).status).toBe(200);
    expect((await env.call(LAST_BASE(actorId), { raw: true })).status).toBe(500);
    expect((await env.call(`${RUN_BASE(runId)}/log`, { raw: true })).status).toBe(500);
    // The ?method= override is what the router serves, so it is what rules see too.
    expect((await env.call(`${RUN_BASE(runId)}?method=DELETE`, { raw: true })).status).toBe(500);
    const fired = env.emulator.faults.list().map((fault) => fault.fired);
    expect(fired).toEqual([1, 1, 1]);
  });

  it('never touches the admin API', async () => {
    env.emulator.faults.add({ fault: { kind: 'reset' } });
    const health = await fetch(`${env.emulator.url}/__emulator/health`);
    expect(health.status).toBe(200);
  });
});

describe('connection faults', () => {
  it('resets the connection without a response', async () => {
    env.emulator.faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'reset' } });
    await expect(raw(RUN_BASE(runId))).rejects.toThrow(TypeError);
    expect((await raw(RUN_BASE(runId))).status).toBe(200);
  });

  it('delays the real response by the given time', async () => {
    env.emulator.faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'delay', ms: 400 } });
    const started = performance.now();
    const slow = await env.call(RUN_BASE(runId));
    const took = performance.now() - started;
    expect(slow.status).toBe(200);
    expect(took).toBeGreaterThanOrEqual(380);
    const fastStart = performance.now();
    await env.call(RUN_BASE(runId));
    expect(performance.now() - fastStart).toBeLessThan(300);
  });

  it('truncates the body after N bytes: reading it fails', async () => {
    env.emulator.faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'truncate', bytes: 20 } });
    const response = await raw(RUN_BASE(runId));
    expect(response.status).toBe(200);
    const declared = Number(response.headers.get('content-length'));
    expect(declared).toBeGreaterThan(20);
    let received = '';
    let failed = false;
    try {
      const reader = response.body?.getReader();
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        received += Buffer.from(chunk.value).toString('utf8');
      }
    } catch {
      failed = true;
    }
    expect(failed || received.length < declared).toBe(true);
    // Exactly the first 20 bytes of the real body arrive before the connection drops.
    expect(received).toHaveLength(20);
    expect(received.startsWith('{"data":{"id":"')).toBe(true);
  });

  it('sends a body shorter than the cut untouched', async () => {
    env.emulator.faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'truncate', bytes: 1_000_000 } });
    const response = await env.call(RUN_BASE(runId));
    expect(response.body.data.id).toBe(runId);
  });

  it('answers with a given body instead of the real one (a misbehaving server), then recovers', async () => {
    env.emulator.faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'body', body: '{"data": {' } });
    env.emulator.faults.add({
      match: { operationId: 'dataset_items_get' },
      times: 1,
      fault: { kind: 'body', body: 'oops', status: 201, contentType: 'text/plain' },
    });
    const garbled = await raw(RUN_BASE(runId));
    expect(garbled.status).toBe(200);
    expect(garbled.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await garbled.text()).toBe('{"data": {');
    const text = await raw(`${RUN_BASE(runId)}/dataset/items`);
    expect(text.status).toBe(201);
    expect(text.headers.get('content-type')).toBe('text/plain');
    expect(await text.text()).toBe('oops');
    expect((await env.call(RUN_BASE(runId))).body.data.id).toBe(runId);
  });

  it('hangs until the client gives up', async () => {
    env.emulator.faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'hang' } });
    const started = performance.now();
    await expect(raw(RUN_BASE(runId), { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect((await raw(RUN_BASE(runId))).status).toBe(200);
  });
});

describe('random faults', () => {
  const pattern = async (seed: number) => {
    env.emulator.faults.clear();
    env.emulator.faults.add({
      match: { operationId: 'get' },
      probability: 0.5,
      seed,
      fault: { kind: 'status', status: 500 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) statuses.push((await raw(RUN_BASE(runId))).status);
    return statuses;
  };

  it('reproduces the same faults for the same seed', async () => {
    const first = await pattern(42);
    const second = await pattern(42);
    expect(second).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
    const other = await pattern(7);
    expect(other).not.toEqual(first);
  });

  it('reports a random seed when none is given, which replays the same sequence', async () => {
    env.emulator.faults.add({
      match: { operationId: 'get' },
      probability: 0.5,
      fault: { kind: 'status', status: 500 },
    });
    const [rule] = env.emulator.faults.list();
    expect(typeof rule?.seed).toBe('number');
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await raw(RUN_BASE(runId))).status);
    expect((await pattern(rule?.seed as number)).slice(0, 16)).toEqual(statuses);
  });
});

describe('rule management', () => {
  it('adds, lists, removes and rejects bad rules', () => {
    const { faults } = env.emulator;
    const id = faults.add({ fault: { kind: 'delay', ms: 5 } });
    expect(faults.list()).toEqual([expect.objectContaining({ id, fired: 0, fault: { kind: 'delay', ms: 5 } })]);
    faults.remove(id);
    expect(faults.list()).toEqual([]);
    expect(() => faults.remove(id)).toThrow(/was not found/);
    expect(() => faults.add({ fault: { kind: 'status', status: 200 } })).toThrow(/fault.status/);
    expect(() => faults.add({ match: { operationId: 'nope' }, fault: { kind: 'reset' } })).toThrow(/operationId/);
    expect(() => faults.add({ probability: 2, fault: { kind: 'reset' } })).toThrow(/probability/);
    expect(() => faults.add({ match: { pathRegex: '(' }, fault: { kind: 'reset' } })).toThrow(/pathRegex/);
    expect(faults.list()).toEqual([]);
  });
});
