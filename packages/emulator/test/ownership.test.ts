import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/seed/demo.js';
import { LAST_BASE, RUN_BASE, useEmulator } from './support/emulator.js';

/**
 * Runs and their storages belong to the user who started them, as on the platform, also when the Actor is someone
 * else's (a public Actor): the last run is the newest run the token's user started.
 */
const env = useEmulator({ seed: 'demo' });
const ALICE = { id: 'AliceUserId000001', username: 'alice', token: 'alice_token' };
const BOB = { id: 'BobUserId00000001', username: 'bob', token: 'bob_token' };
const SCRAPER = DEMO.actor.ref;

beforeAll(() => {
  for (const user of [ALICE, BOB]) {
    env.emulator.admin.createUser({ id: user.id, username: user.username });
    env.emulator.admin.addToken({ token: user.token, userId: user.id });
  }
});

describe('another user', () => {
  it('gets a 404 for the last run of an Actor they never ran, and for its storages', async () => {
    for (const path of ['', '/dataset/items', '/key-value-store/records/INPUT', '/log', '/request-queue/head']) {
      const base = LAST_BASE(SCRAPER, '?status=SUCCEEDED');
      const url = base.replace('?', `${path}?`);
      const foreign = await env.call(url, { token: ALICE.token });
      expect({ path, status: foreign.status }).toEqual({ path, status: 404 });
      expect(foreign.body.error).toEqual({ type: 'record-not-found', message: 'Actor run was not found' });
    }
    const write = await env.call(`${LAST_BASE(SCRAPER)}/dataset/items`, {
      method: 'POST',
      token: ALICE.token,
      body: [{ stolen: true }],
    });
    expect(write.status).toBe(404);
    // The owner still gets the run, with nothing added.
    const own = await env.call(LAST_BASE(SCRAPER, '?status=SUCCEEDED'), { token: DEMO.token });
    expect(own.body.data.id).toBe(DEMO.succeeded.runId);
    expect(env.emulator.state.datasets.get(DEMO.succeeded.datasetId)?.itemCount()).toBe(DEMO.succeeded.itemCount);
  });

  it("gets their own newest run of someone else's Actor, and its storages are theirs", async () => {
    const { run, datasetId } = env.emulator.admin.createRun({
      actorId: SCRAPER,
      status: 'SUCCEEDED',
      userId: ALICE.id,
    });
    expect(run.userId).toBe(ALICE.id);
    expect(run.actId).toBe(DEMO.actor.id);
    const last = await env.call(LAST_BASE(SCRAPER, '?status=SUCCEEDED'), { token: ALICE.token });
    expect(last.status).toBe(200);
    expect(last.body.data.id).toBe(run.id);
    expect(last.body.data).toHaveProperty('usageUsd');
    const dataset = await env.call(`${LAST_BASE(SCRAPER)}/dataset`, { token: ALICE.token });
    expect(dataset.body.data).toMatchObject({ id: datasetId, userId: ALICE.id, actRunId: run.id });
    const pushed = await env.call(`${LAST_BASE(SCRAPER)}/dataset/items`, {
      method: 'POST',
      token: ALICE.token,
      body: [{ mine: true }],
    });
    expect(pushed.status).toBe(201);
    // Alice's run is the newest run of the Actor, but not the demo user's last run, nor Bob's.
    const demoLast = await env.call(LAST_BASE(SCRAPER, '?status=SUCCEEDED'), { token: DEMO.token });
    expect(demoLast.body.data.id).toBe(DEMO.succeeded.runId);
    expect((await env.call(LAST_BASE(SCRAPER), { token: BOB.token })).status).toBe(404);
  });

  it('reads a run by ID without a token or with any token, but cannot write to it', async () => {
    const { run } = env.emulator.admin.createRun({ actorId: SCRAPER, status: 'RUNNING', userId: ALICE.id });
    for (const token of [null, BOB.token, DEMO.token]) {
      const read = await env.call(RUN_BASE(run.id), { token });
      expect(read.status).toBe(200);
      expect(read.body.data.id).toBe(run.id);
      // Usage figures are the owner's.
      expect(read.body.data).not.toHaveProperty('usageUsd');
      const items = await env.call(`${RUN_BASE(run.id)}/dataset/items`, { token });
      expect(items.status).toBe(200);
    }
    for (const token of [BOB.token, DEMO.token]) {
      const abort = await env.call(`${RUN_BASE(run.id)}/abort`, { method: 'POST', token });
      expect(abort.status).toBe(403);
      expect(abort.body.error.type).toBe('insufficient-permissions');
      const push = await env.call(`${RUN_BASE(run.id)}/dataset/items`, { method: 'POST', token, body: { x: 1 } });
      expect(push.status).toBe(403);
    }
    expect(env.emulator.state.runs.get(run.id)?.status).toBe('RUNNING');
    const owner = await env.call(`${RUN_BASE(run.id)}/abort`, { method: 'POST', token: ALICE.token });
    expect(owner.body.data.status).toBe('ABORTED');
  });

  it('refuses a run started by a user who does not exist', () => {
    expect(() => env.emulator.admin.createRun({ actorId: SCRAPER, userId: 'NoSuchUser0000001' })).toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });
});
