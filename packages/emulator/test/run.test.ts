import { describe, expect, it } from 'vitest';
import { LAST_BASE, RUN_BASE, useEmulator } from './support/emulator.js';

const env = useEmulator();

describe('GET run', () => {
  it('returns a run by ID without a token, hiding usage figures', async () => {
    const actor = env.emulator.state.createActor({ name: 'probe' });
    const record = env.emulator.state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
    const anonymous = await env.call(RUN_BASE(record.run.id), { token: null });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.id).toBe(record.run.id);
    expect(anonymous.body.data).not.toHaveProperty('usageUsd');
    const owner = await env.call(RUN_BASE(record.run.id));
    expect(owner.body.data).toHaveProperty('usageUsd');
  });

  it('holds waitForFinish until the run finishes', async () => {
    const actor = env.emulator.state.createActor({ name: 'waiter' });
    const record = env.emulator.state.createRun({
      actorId: actor.id,
      status: 'RUNNING',
      plan: [{ status: 'SUCCEEDED', afterMs: 400 }],
    });
    const started = env.clock.now();
    const waiting = env.call(`${RUN_BASE(record.run.id)}?waitForFinish=5`);
    await env.clock.whenPending('waitForFinish');
    await env.clock.advance(399);
    expect(record.status).toBe('RUNNING');
    await env.clock.advance(1);
    const result = await waiting;
    expect(result.body.data.status).toBe('SUCCEEDED');
    expect(Date.parse(result.body.data.finishedAt) - started).toBe(400);
  });

  it('answers a held waitForFinish with the run as it is when the wait runs out', async () => {
    const actor = env.emulator.state.createActor({ name: 'waiter-out' });
    const record = env.emulator.state.createRun({ actorId: actor.id, status: 'RUNNING' });
    const waiting = env.call(`${RUN_BASE(record.run.id)}?waitForFinish=999`);
    const [held] = await env.clock.whenPending('waitForFinish');
    // Capped at 60 s, as the platform does.
    expect(held?.at.getTime()).toBe(env.clock.now() + 60_000);
    await env.clock.advance(60_000);
    expect((await waiting).body.data.status).toBe('RUNNING');
    expect(env.clock.pending('waitForFinish')).toEqual([]);
  });

  it('answers 404 record-not-found for an unknown run and 400 for a bad waitForFinish', async () => {
    const missing = await env.call(RUN_BASE('NoSuchRun12345678'));
    expect(missing.status).toBe(404);
    expect(missing.body.error.type).toBe('record-not-found');
    const bad = await env.call(`${RUN_BASE('NoSuchRun12345678')}?waitForFinish=soon`);
    expect(bad.status).toBe(400);
  });

  it('serves the last run with status and origin filters, under /acts and /actors', async () => {
    const actor = env.emulator.state.createActor({ name: 'last' });
    const older = env.emulator.state.createRun({
      actorId: actor.id,
      status: 'SUCCEEDED',
      startedAt: new Date(env.clock.now() - 60_000),
    });
    env.emulator.state.createRun({ actorId: actor.id, status: 'FAILED' });
    const last = await env.call(LAST_BASE(`demo~last`, '?status=SUCCEEDED'));
    expect(last.body.data.id).toBe(older.run.id);
    const alias = await env.call(`/v2/actors/${actor.id}/runs/last?status=SUCCEEDED`);
    expect(alias.body.data.id).toBe(older.run.id);
    const noToken = await env.call(LAST_BASE(actor.id), { token: null });
    expect(noToken.status).toBe(401);
    expect(noToken.body.error.type).toBe('token-not-provided');
    const wrongToken = await env.call(LAST_BASE(actor.id), { token: 'nope' });
    expect(wrongToken.body.error.type).toBe('invalid-token');
    const noActor = await env.call(LAST_BASE('demo~missing'));
    expect(noActor.body.error.type).toBe('actor-not-found');
  });
});
