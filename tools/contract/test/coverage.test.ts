import { startEmulator } from '@apify-runs/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCoverage, recordStatuses, specOperationIds } from '../src/coverage.js';

const TOKEN = 'coverage_token';
let emulator: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', tokens: [TOKEN] });
});
afterAll(() => emulator.close());

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }).then((res) => res.arrayBuffer().then(() => res.status));

describe('recordStatuses', () => {
  it('maps each answered request to its operationId, literal paths before templated ones', async () => {
    const coverage = recordStatuses(emulator.server);
    expect(await call('GET', '/v2/actor-runs/DemoRunSucceeded1')).toBe(200);
    expect(await call('GET', '/v2/actor-runs/NoSuchRun00000000?waitForFinish=0')).toBe(404);
    expect(await call('DELETE', '/v2/actor-runs/DemoRunSucceeded1/request-queue/requests/batch', [{ id: 'x' }])).toBe(
      200,
    );
    expect(await call('GET', '/__emulator/health')).toBe(200); // not an API operation: ignored
    await new Promise((resolve) => setTimeout(resolve, 20)); // 'finish' fires after the client has the response
    coverage.stop();
    expect(await call('GET', '/v2/acts/demo~web-scraper/runs/last')).toBe(200); // after stop: not recorded

    expect(Object.fromEntries([...coverage.statuses].map(([id, codes]) => [id, [...codes].sort()]))).toEqual({
      actorRun_get: [200, 404],
      actorRun_requestQueue_requests_batch_delete: [200],
    });
    const [summary, missing] = describeCoverage(coverage);
    expect(summary).toBe('emulator answered 2xx for 2/78 operations, 4xx for 1/78, 5xx for 0');
    expect(missing).toContain('act_runs_last_get');
    expect(missing).not.toContain('actorRun_get,');
  });

  it('lists every operation of the spec once', () => {
    const ids = specOperationIds();
    expect(ids).toHaveLength(78);
    expect(new Set(ids).size).toBe(78);
    expect(ids[0]).toBe('actorRun_get');
  });
});
