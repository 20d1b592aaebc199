import type { PricingInfo, RunStatus } from '@apify-runs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRACEFUL_ABORT_MS } from '../src/state/run-actions.js';
import type { PlannedStep } from '../src/state/run-record.js';
import { LAST_BASE, RUN_BASE, useEmulator } from './support/emulator.js';

const env = useEmulator();
const OTHER_TOKEN = 'other_user_token';
let actorSeq = 0;

beforeAll(() => {
  env.emulator.state.addUser({ id: 'OtherUserId000001', username: 'other' });
  env.emulator.state.addToken(OTHER_TOKEN, 'OtherUserId000001');
});

/** A fresh Actor (so last-run lookups see only this test's runs) with one run in `status`. */
function makeRun(status: RunStatus, extra: { plan?: PlannedStep[]; userId?: string; pricingInfo?: PricingInfo } = {}) {
  const actor = env.emulator.state.createActor({
    name: `act-${++actorSeq}`,
    ...(extra.userId ? { userId: extra.userId } : {}),
  });
  const record = env.emulator.state.createRun({
    actorId: actor.id,
    status,
    ...(extra.plan ? { plan: extra.plan } : {}),
    ...(extra.pricingInfo ? { pricingInfo: extra.pricingInfo } : {}),
  });
  return { actor, record, id: record.run.id };
}

/** The run's path under both bases (plus the `/v2/actors/` alias of the last-run base). */
const bases = (actorId: string, runId: string, status: RunStatus) => [
  RUN_BASE(runId),
  LAST_BASE(actorId, `?status=${status}`).replace('?', '/ACTION?'),
  `/v2/actors/${actorId}/runs/last/ACTION?status=${status}`,
];
const at = (base: string, action: string) =>
  base.includes('ACTION') ? base.replace('ACTION', action) : `${base}/${action}`;

describe('PUT run', () => {
  it('updates the status message, its terminal flag and generalAccess', async () => {
    const { id } = makeRun('RUNNING');
    const result = await env.call(RUN_BASE(id), {
      method: 'PUT',
      body: { runId: id, statusMessage: 'Crawled 10 pages', isStatusMessageTerminal: true },
    });
    expect(result.status).toBe(200);
    expect(result.body.data.statusMessage).toBe('Crawled 10 pages');
    expect(result.body.data.isStatusMessageTerminal).toBe(true);
    const access = await env.call(RUN_BASE(id), { method: 'PUT', body: { generalAccess: 'RESTRICTED' } });
    expect(access.body.data.generalAccess).toBe('RESTRICTED');
    expect(access.body.data.statusMessage).toBe('Crawled 10 pages');
    const read = await env.call(RUN_BASE(id));
    expect(read.body.data.generalAccess).toBe('RESTRICTED');
  });

  it('rejects a mismatching runId, an invalid body, missing auth, another user and unknown runs', async () => {
    const { id } = makeRun('RUNNING');
    const mismatch = await env.call(RUN_BASE(id), { method: 'PUT', body: { runId: 'SomeOtherRun00001' } });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.type).toBe('invalid-input');
    const invalid = await env.call(RUN_BASE(id), { method: 'PUT', body: { generalAccess: 'EVERYONE' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.type).toBe('invalid-input');
    const anonymous = await env.call(RUN_BASE(id), { method: 'PUT', token: null, body: { statusMessage: 'x' } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.type).toBe('token-not-provided');
    const stranger = await env.call(RUN_BASE(id), { method: 'PUT', token: OTHER_TOKEN, body: { statusMessage: 'x' } });
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.type).toBe('insufficient-permissions');
    const missing = await env.call(RUN_BASE('NoSuchRun00000001'), { method: 'PUT', body: { statusMessage: 'x' } });
    expect(missing.status).toBe(404);
    expect(env.emulator.state.runs.get(id)?.run.statusMessage).toBeNull();
  });
});

describe('DELETE run', () => {
  it('refuses a run that has not finished', async () => {
    const { id } = makeRun('RUNNING');
    const result = await env.call(RUN_BASE(id), { method: 'DELETE' });
    expect(result.status).toBe(400);
    expect(result.body.error.type).toBe('run-not-finished');
    expect(env.emulator.state.runs.has(id)).toBe(true);
  });

  it('deletes a finished run with its log and default storages', async () => {
    const { id, record } = makeRun('SUCCEEDED');
    const { state } = env.emulator;
    const { defaultDatasetId, defaultKeyValueStoreId, defaultRequestQueueId } = record.run;
    const stranger = await env.call(RUN_BASE(id), { method: 'DELETE', token: OTHER_TOKEN });
    expect(stranger.status).toBe(403);
    const anonymous = await env.call(RUN_BASE(id), { method: 'DELETE', token: null });
    expect(anonymous.status).toBe(401);
    const result = await env.call(RUN_BASE(id), { method: 'DELETE' });
    expect(result.status).toBe(204);
    expect(state.runs.has(id)).toBe(false);
    expect(state.logs.has(id)).toBe(false);
    expect(state.datasets.has(defaultDatasetId)).toBe(false);
    expect(state.keyValueStores.has(defaultKeyValueStoreId)).toBe(false);
    expect(state.requestQueues.has(defaultRequestQueueId)).toBe(false);
    expect((await env.call(RUN_BASE(id))).status).toBe(404);
    expect((await env.call(RUN_BASE(id), { method: 'DELETE' })).status).toBe(404);
  });
});

describe('abort', () => {
  it('aborts a running run at once under both bases, and the old plan no longer applies', async () => {
    for (const index of [0, 1, 2]) {
      const { actor, id, record } = makeRun('RUNNING', { plan: [{ status: 'SUCCEEDED', afterMs: 150 }] });
      const path = at(bases(actor.id, id, 'RUNNING')[index] ?? '', 'abort');
      const result = await env.call(path, { method: 'POST' });
      expect(result.status).toBe(200);
      expect(result.body.data.id).toBe(id);
      expect(result.body.data.status).toBe('ABORTED');
      expect(result.body.data.finishedAt).not.toBeNull();
      await env.clock.advance(250);
      expect(record.status).toBe('ABORTED');
    }
  });

  it('goes through ABORTING when asked to abort gracefully', async () => {
    const { actor, id } = makeRun('RUNNING', { plan: [{ status: 'SUCCEEDED', afterMs: 60_000 }] });
    const result = await env.call(`${LAST_BASE(actor.id)}/abort?gracefully=1`, { method: 'POST' });
    expect(result.body.data.status).toBe('ABORTING');
    expect(result.body.data.finishedAt).toBeNull();
    const again = await env.call(`${RUN_BASE(id)}/abort`, { method: 'POST' });
    expect(again.body.data.status).toBe('ABORTING');
    const abortedAt = env.clock.now();
    const waiting = env.call(`${RUN_BASE(id)}?waitForFinish=5`);
    await env.clock.whenPending('waitForFinish');
    await env.clock.advance(GRACEFUL_ABORT_MS);
    const finished = await waiting;
    expect(finished.body.data.status).toBe('ABORTED');
    expect(Date.parse(finished.body.data.finishedAt)).toBe(abortedAt + GRACEFUL_ABORT_MS);
  });

  it('returns a READY or TIMING-OUT run aborted, and a finished run unchanged', async () => {
    for (const status of ['READY', 'TIMING-OUT'] as const) {
      const { id } = makeRun(status);
      const result = await env.call(`${RUN_BASE(id)}/abort`, { method: 'POST' });
      expect(result.body.data.status).toBe('ABORTED');
    }
    const { id, record } = makeRun('SUCCEEDED');
    const finishedAt = record.run.finishedAt;
    const result = await env.call(`${RUN_BASE(id)}/abort`, { method: 'POST' });
    expect(result.status).toBe(200);
    expect(result.body.data.status).toBe('SUCCEEDED');
    expect(result.body.data.finishedAt).toBe(finishedAt);
  });

  it('answers 400, 401, 403 and 404 as it should', async () => {
    const { actor, id } = makeRun('RUNNING');
    const badFlag = await env.call(`${RUN_BASE(id)}/abort?gracefully=maybe`, { method: 'POST' });
    expect(badFlag.status).toBe(400);
    const anonymous = await env.call(`${RUN_BASE(id)}/abort`, { method: 'POST', token: null });
    expect(anonymous.status).toBe(401);
    const stranger = await env.call(`${RUN_BASE(id)}/abort`, { method: 'POST', token: OTHER_TOKEN });
    expect(stranger.status).toBe(403);
    // The last run is resolved among the caller's own runs: a stranger has none of this Actor.
    const strangersLast = await env.call(`${LAST_BASE(actor.id)}/abort`, { method: 'POST', token: OTHER_TOKEN });
    expect(strangersLast.status).toBe(404);
    expect(strangersLast.body.error.type).toBe('record-not-found');
    const noRun = await env.call(`${LAST_BASE(actor.id, '?status=FAILED').replace('?', '/abort?')}`, {
      method: 'POST',
    });
    expect(noRun.status).toBe(404);
    expect(noRun.body.error.type).toBe('record-not-found');
    const noActor = await env.call(`${LAST_BASE('demo~no-such-actor')}/abort`, { method: 'POST' });
    expect(noActor.body.error.type).toBe('actor-not-found');
    expect(env.emulator.state.runs.get(id)?.status).toBe('RUNNING');
  });
});

describe('metamorph', () => {
  it('turns the run into another Actor, storing each new input under INPUT-METAMORPH-<n>', async () => {
    const { record, id } = makeRun('RUNNING');
    const target = env.emulator.state.createActor({ name: `target-${++actorSeq}` });
    const first = await env.call(`${RUN_BASE(id)}/metamorph?targetActorId=${target.id}&build=beta`, {
      method: 'POST',
      body: { startUrls: ['https://example.com'] },
    });
    expect(first.status).toBe(200);
    expect(first.body.data.id).toBe(id);
    expect(first.body.data.status).toBe('RUNNING');
    expect(first.body.data.defaultKeyValueStoreId).toBe(record.run.defaultKeyValueStoreId);
    expect(first.body.data.defaultDatasetId).toBe(record.run.defaultDatasetId);
    expect(first.body.data.stats.metamorph).toBe(1);
    expect(first.body.data.options.build).toBe('beta');
    expect(first.body.data.metamorphs).toEqual([
      expect.objectContaining({ actorId: target.id, inputKey: 'INPUT-METAMORPH-1' }),
    ]);
    const second = await env.call(`${RUN_BASE(id)}/metamorph?targetActorId=demo~${target.name}`, {
      method: 'POST',
      body: 'plain text input',
      headers: { 'content-type': 'text/plain' },
    });
    expect(second.status).toBe(200);
    expect(second.body.data.stats.metamorph).toBe(2);
    expect(second.body.data.metamorphs.map((m: { inputKey: string }) => m.inputKey)).toEqual([
      'INPUT-METAMORPH-1',
      'INPUT-METAMORPH-2',
    ]);
    const store = env.emulator.state.keyValueStores.get(record.run.defaultKeyValueStoreId);
    const json = await store?.backend.get('INPUT-METAMORPH-1');
    expect(json?.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(Buffer.from(json?.value ?? []).toString('utf8'))).toEqual({
      startUrls: ['https://example.com'],
    });
    const text = await store?.backend.get('INPUT-METAMORPH-2');
    expect(text?.contentType).toBe('text/plain');
    expect(Buffer.from(text?.value ?? []).toString('utf8')).toBe('plain text input');
  });

  it('works on the last run of an Actor (both spellings)', async () => {
    const { actor, id } = makeRun('RUNNING');
    const target = env.emulator.state.createActor({ name: `target-${++actorSeq}` });
    const viaActs = await env.call(`${LAST_BASE(actor.id)}/metamorph?targetActorId=${target.id}`, { method: 'POST' });
    expect(viaActs.body.data.id).toBe(id);
    expect(viaActs.body.data.metamorphs[0].inputKey).toBeNull();
    const viaActors = await env.call(`/v2/actors/${actor.id}/runs/last/metamorph?targetActorId=${target.id}`, {
      method: 'POST',
      body: { n: 1 },
    });
    expect(viaActors.body.data.stats.metamorph).toBe(2);
    expect(viaActors.body.data.metamorphs[1].inputKey).toBe('INPUT-METAMORPH-2');
  });

  it('rejects unknown targets, runs that are not running, and a missing targetActorId', async () => {
    const { id } = makeRun('RUNNING');
    const unknown = await env.call(`${RUN_BASE(id)}/metamorph?targetActorId=demo~nothing-here`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.type).toBe('actor-not-found');
    const missing = await env.call(`${RUN_BASE(id)}/metamorph`, { method: 'POST' });
    expect(missing.status).toBe(400);
    const finished = makeRun('SUCCEEDED');
    const target = env.emulator.state.createActor({ name: `target-${++actorSeq}` });
    const wrongState = await env.call(`${RUN_BASE(finished.id)}/metamorph?targetActorId=${target.id}`, {
      method: 'POST',
    });
    expect(wrongState.status).toBe(400);
    expect(wrongState.body.error.type).toBe('run-not-running');
    const anonymous = await env.call(`${RUN_BASE(id)}/metamorph?targetActorId=${target.id}`, {
      method: 'POST',
      token: null,
    });
    expect(anonymous.status).toBe(401);
    expect(env.emulator.state.runs.get(id)?.run.metamorphs ?? []).toEqual([]);
  });
});

describe('reboot', () => {
  it('reboots a running run under both bases', async () => {
    const { actor, id } = makeRun('RUNNING');
    const byId = await env.call(`${RUN_BASE(id)}/reboot`, { method: 'POST' });
    expect(byId.status).toBe(200);
    expect(byId.body.data.status).toBe('RUNNING');
    expect(byId.body.data.stats.rebootCount).toBe(1);
    const last = await env.call(`${LAST_BASE(actor.id, '?status=RUNNING').replace('?', '/reboot?')}`, {
      method: 'POST',
    });
    expect(last.body.data.stats.rebootCount).toBe(2);
  });

  it('refuses runs that are not RUNNING, other users and anonymous callers', async () => {
    for (const status of ['READY', 'SUCCEEDED', 'ABORTING'] as const) {
      const { id } = makeRun(status);
      const result = await env.call(`${RUN_BASE(id)}/reboot`, { method: 'POST' });
      expect(result.status).toBe(400);
      expect(result.body.error.type).toBe('run-not-running');
    }
    const { id } = makeRun('RUNNING', { userId: 'OtherUserId000001' });
    expect((await env.call(`${RUN_BASE(id)}/reboot`, { method: 'POST' })).status).toBe(403);
    expect((await env.call(`${RUN_BASE(id)}/reboot`, { method: 'POST', token: OTHER_TOKEN })).status).toBe(200);
    expect((await env.call(`${RUN_BASE(id)}/reboot`, { method: 'POST', token: null })).status).toBe(401);
  });
});

describe('resurrect', () => {
  it('brings a finished run back to RUNNING with the requested options', async () => {
    const { id, record } = makeRun('FAILED');
    const query = 'build=0.0.2&timeout=120&memory=4096&maxItems=50&maxTotalChargeUsd=2.5&restartOnError=true';
    const result = await env.call(`${RUN_BASE(id)}/resurrect?${query}`, { method: 'POST' });
    expect(result.status).toBe(200);
    const run = result.body.data;
    expect(run.status).toBe('RUNNING');
    expect(run.finishedAt).toBeNull();
    expect(run.exitCode).toBeNull();
    expect(run.stats.resurrectCount).toBe(1);
    expect(run.options).toMatchObject({
      build: '0.0.2',
      timeoutSecs: 120,
      memoryMbytes: 4096,
      maxItems: 50,
      maxTotalChargeUsd: 2.5,
      restartOnError: true,
    });
    expect(run.defaultDatasetId).toBe(record.run.defaultDatasetId);
    record.setStatus('SUCCEEDED');
    const again = await env.call(`${RUN_BASE(id)}/resurrect`, { method: 'POST' });
    expect(again.body.data.stats.resurrectCount).toBe(2);
    expect(again.body.data.options.memoryMbytes).toBe(4096);
  });

  it('times the resurrected run out after its timeout, unless it finishes or is aborted first', async () => {
    const { id } = makeRun('SUCCEEDED');
    const resurrected = await env.call(`${RUN_BASE(id)}/resurrect?timeout=1`, { method: 'POST' });
    expect(resurrected.body.data.status).toBe('RUNNING');
    const waiting = env.call(`${RUN_BASE(id)}?waitForFinish=5`);
    await env.clock.whenPending('waitForFinish');
    await env.clock.advance(999);
    expect(env.emulator.state.runs.get(id)?.status).toBe('RUNNING');
    await env.clock.advance(1);
    const waited = await waiting;
    expect(waited.body.data).toMatchObject({ status: 'TIMED-OUT', statusMessage: 'The Actor run has timed out.' });
    expect(waited.body.data.options.timeoutSecs).toBe(1);

    // Aborted before the timeout: it stays ABORTED.
    const { id: abortedId } = makeRun('FAILED');
    await env.call(`${RUN_BASE(abortedId)}/resurrect?timeout=1`, { method: 'POST' });
    expect((await env.call(`${RUN_BASE(abortedId)}/abort`, { method: 'POST' })).body.data.status).toBe('ABORTED');
    await env.clock.advance(1_300);
    expect((await env.call(RUN_BASE(abortedId))).body.data.status).toBe('ABORTED');
  });

  it('refuses unfinished runs and bad memory values', async () => {
    const { id } = makeRun('RUNNING');
    const running = await env.call(`${RUN_BASE(id)}/resurrect`, { method: 'POST' });
    expect(running.status).toBe(400);
    expect(running.body.error.type).toBe('run-not-finished');
    const finished = makeRun('ABORTED');
    const notPower = await env.call(`${RUN_BASE(finished.id)}/resurrect?memory=1000`, { method: 'POST' });
    expect(notPower.status).toBe(400);
    expect(notPower.body.error.type).toBe('invalid-value');
    const tooBig = await env.call(`${RUN_BASE(finished.id)}/resurrect?memory=65536`, { method: 'POST' });
    expect(tooBig.status).toBe(400);
    expect(finished.record.status).toBe('ABORTED');
    const stranger = await env.call(`${RUN_BASE(finished.id)}/resurrect`, { method: 'POST', token: OTHER_TOKEN });
    expect(stranger.status).toBe(403);
    expect((await env.call(`${RUN_BASE('NoSuchRun00000001')}/resurrect`, { method: 'POST' })).status).toBe(404);
  });
});

describe('charge', () => {
  const pricingInfo: PricingInfo = {
    pricingModel: 'PAY_PER_EVENT',
    apifyMarginPercentage: 0.2,
    createdAt: '2026-01-01T00:00:00.000Z',
    startedAt: '2026-01-01T00:00:00.000Z',
    pricingPerEvent: {
      actorChargeEvents: {
        'result-item': { eventTitle: 'Result', eventDescription: 'One scraped item', eventPriceUsd: 0.01 },
      },
    },
  };

  it('counts charged events and charges a repeated idempotency key once', async () => {
    const { id, record } = makeRun('RUNNING', { pricingInfo });
    const charge = (key: string, count: number) =>
      env.call(`${RUN_BASE(id)}/charge`, {
        method: 'POST',
        body: { eventName: 'result-item', count },
        headers: { 'idempotency-key': key },
      });
    const first = await charge('key-1', 3);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({});
    expect((await charge('key-1', 3)).status).toBe(201);
    expect(record.run.chargedEventCounts).toEqual({ 'result-item': 3 });
    await charge('key-2', 2);
    const noKey = await env.call(`${RUN_BASE(id)}/charge`, {
      method: 'POST',
      body: { eventName: 'result-item', count: 1 },
    });
    expect(noKey.status).toBe(201);
    const run = await env.call(RUN_BASE(id));
    expect(run.body.data.chargedEventCounts).toEqual({ 'result-item': 6 });
    expect(run.body.data.usageTotalUsd).toBeCloseTo(0.06, 10);
  });

  it('rejects events the pricing does not declare, and bad bodies', async () => {
    const { id, record } = makeRun('RUNNING', { pricingInfo });
    const unknown = await env.call(`${RUN_BASE(id)}/charge`, {
      method: 'POST',
      body: { eventName: 'made-up', count: 1 },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.type).toBe('invalid-charge-event');
    const zero = await env.call(`${RUN_BASE(id)}/charge`, {
      method: 'POST',
      body: { eventName: 'result-item', count: 0 },
    });
    expect(zero.status).toBe(400);
    const empty = await env.call(`${RUN_BASE(id)}/charge`, { method: 'POST' });
    expect(empty.status).toBe(400);
    const anonymous = await env.call(`${RUN_BASE(id)}/charge`, {
      method: 'POST',
      token: null,
      body: { eventName: 'result-item', count: 1 },
    });
    expect(anonymous.status).toBe(401);
    const stranger = await env.call(`${RUN_BASE(id)}/charge`, {
      method: 'POST',
      token: OTHER_TOKEN,
      body: { eventName: 'result-item', count: 1 },
    });
    expect(stranger.status).toBe(403);
    expect(record.run.chargedEventCounts).toEqual({});
  });

  it('accepts any event name on a run that is not pay-per-event', async () => {
    const { id, record } = makeRun('RUNNING');
    const result = await env.call(`${RUN_BASE(id)}/charge`, {
      method: 'POST',
      body: { eventName: 'anything', count: 4 },
    });
    expect(result.status).toBe(201);
    expect(record.run.chargedEventCounts).toEqual({ anything: 4 });
  });
});
