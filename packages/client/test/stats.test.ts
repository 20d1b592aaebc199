import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

const env = useEmulator();
afterEach(() => env.emulator().faults.clear());

describe('client.stats()', () => {
  it('counts calls, requests, retries, and 429s and failures by attempt', async () => {
    const s = storageScene(env, (LOCATORS[0] as (typeof LOCATORS)[number])[1], 'stats', { maxRetries: 3 });
    expect(s.client.stats()).toEqual({ calls: 0, requests: 0, retries: 0, rateLimitErrors: [], errors: [] });
    const { faults } = env.emulator();
    // Attempt 1: 429, attempt 2: 503, attempt 3: answered.
    faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'status', status: 429, retryAfter: 0 } });
    faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'status', status: 503, retryAfter: 0 } });
    await s.run.get();
    const before = s.client.stats();
    expect(before).toEqual({ calls: 1, requests: 3, retries: 2, rateLimitErrors: [1], errors: [1, 1] });
    // A 404 is one call, one request, one failed first attempt, no retry.
    await expect(s.client.run('NoSuchRun00000001').dataset.get()).rejects.toBeInstanceOf(NotFoundError);
    // A 429 on a retry lands at index 1.
    faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'status', status: 500, retryAfter: 0 } });
    faults.add({ match: { operationId: 'get' }, times: 1, fault: { kind: 'status', status: 429, retryAfter: 0 } });
    await s.run.get();
    expect(s.client.stats()).toEqual({ calls: 3, requests: 7, retries: 4, rateLimitErrors: [1, 1], errors: [3, 2] });
    // A snapshot: what it returned earlier did not move.
    expect(before.calls).toBe(1);
    expect(before.errors).toEqual([1, 1]);
  });

  it('is per client', async () => {
    const s = storageScene(env, (LOCATORS[0] as (typeof LOCATORS)[number])[1], 'stats-per-client');
    await s.run.get();
    expect(s.client.stats().calls).toBe(1);
    expect(env.client().stats().calls).toBe(0);
  });
});
