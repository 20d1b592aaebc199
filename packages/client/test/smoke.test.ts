import { describe, expect, it } from 'vitest';
import { useEmulator } from './support/emulator.js';

const env = useEmulator();

describe('createRawClient (@apify-runs/client/raw)', () => {
  it('calls an operation through openapi-fetch with the Bearer token', async () => {
    const state = env.emulator().state;
    const actor = state.createActor({ name: 'smoke' });
    const record = state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
    const { data, response } = await env.raw().GET('/v2/acts/{actorId}/runs/last', {
      params: { path: { actorId: actor.id }, query: { status: 'SUCCEEDED' } },
    });
    expect(response.status).toBe(200);
    expect(data?.data.id).toBe(record.run.id);
    expect(response.url).not.toContain('token');
  });
});
