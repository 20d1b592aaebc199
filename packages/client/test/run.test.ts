import type { RunStatus } from '@apify-runs/types';
import { describe, expect, it } from 'vitest';
import { type ApifyClient, ApifyInputError, BadRequestError, NotFoundError, type RunClient } from '../src/index.js';
import { requestOf, useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';

// Run plans, holds, graceful aborts and retries run on one fake clock for the client and the emulator.
const time = useFakeTime();
const env = useEmulator({}, time);
let counter = 0;

/** A fresh Actor with one run, so the last-run locator addresses exactly that run. */
function scene(status: RunStatus = 'RUNNING') {
  const { admin } = env.emulator();
  counter += 1;
  const actor = admin.createActor({ name: `run-test-${counter}` });
  const created = admin.createRun({ actorId: actor.id, status });
  return { actor, runId: created.run.id, keyValueStoreId: created.keyValueStoreId };
}

type Scene = ReturnType<typeof scene>;
const LOCATORS: [string, (client: ApifyClient, scene: Scene) => RunClient][] = [
  ['run(id)', (client, s) => client.run(s.runId)],
  ['lastRun(actor)', (client, s) => client.lastRun(`demo/${s.actor.name}`)],
];

describe.each(LOCATORS)('RunClient via %s', (_, locate) => {
  const at = (status?: RunStatus) => {
    const s = scene(status);
    return { ...s, run: locate(env.client(), s) };
  };

  it('get() returns the run', async () => {
    const { run, runId, actor } = at('RUNNING');
    const got = await run.get();
    expect(got?.id).toBe(runId);
    expect(got?.actId).toBe(actor.id);
    expect(got?.status).toBe('RUNNING');
  });

  it('get({ waitForFinish }) is held by the server until the run finishes', async () => {
    const { run, runId } = at('RUNNING');
    env.emulator().admin.planRun(runId, [{ status: 'SUCCEEDED', afterMs: 400 }]);
    const started = Date.now();
    const got = await time.run(run.get({ waitForFinish: 10 }));
    expect(got?.status).toBe('SUCCEEDED');
    // Answered the moment the run finished, not at the end of the 10 s hold.
    expect(Date.now() - started).toBe(400);
  });

  it('get() rejects a negative waitForFinish before any request', async () => {
    const { run } = at();
    await expect(run.get({ waitForFinish: -1 })).rejects.toBeInstanceOf(ApifyInputError);
  });

  it('update() sets the status message', async () => {
    const { run, runId } = at('RUNNING');
    const updated = await run.update({ statusMessage: 'Half way there', isStatusMessageTerminal: false });
    expect(updated.id).toBe(runId);
    expect(updated.statusMessage).toBe('Half way there');
    expect((await env.client().run(runId).get())?.statusMessage).toBe('Half way there');
  });

  it('delete() removes a finished run', async () => {
    const { run, runId } = at('SUCCEEDED');
    await run.delete();
    expect(await env.client().run(runId).get()).toBeUndefined();
  });

  it('delete() of a running run is a BadRequestError', async () => {
    const { run } = at('RUNNING');
    const error = await run.delete().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).type).toBe('run-not-finished');
  });

  it('abort() stops the run at once', async () => {
    const { run } = at('RUNNING');
    expect((await run.abort()).status).toBe('ABORTED');
  });

  it('abort({ gracefully }) goes through ABORTING to ABORTED', async () => {
    const { run, runId } = at('RUNNING');
    const started = Date.now();
    expect((await run.abort({ gracefully: true })).status).toBe('ABORTING');
    const finished = await time.run(env.client().run(runId).waitForFinish({ waitSecs: 10 }));
    expect(finished.status).toBe('ABORTED');
    // The emulator's graceful abort stays ABORTING for 500 ms.
    expect(Date.now() - started).toBe(500);
  });

  it('metamorph() switches to the target Actor (given as user/name) with JSON input', async () => {
    const { run, runId } = at('RUNNING');
    const target = env.emulator().admin.createActor({ name: `target-${counter}` });
    const morphed = await run.metamorph(`demo/${target.name}`, { input: { startUrls: ['https://example.com'] } });
    expect(morphed.id).toBe(runId);
    expect(morphed.metamorphs?.at(-1)?.actorId).toBe(target.id);
    expect(morphed.metamorphs?.at(-1)?.inputKey).toBe('INPUT-METAMORPH-1');
    const { data } = await env.raw().GET('/v2/actor-runs/{runId}/key-value-store/records/{recordKey}', {
      params: { path: { runId, recordKey: 'INPUT-METAMORPH-1' } },
    });
    expect(data).toEqual({ startUrls: ['https://example.com'] });
  });

  it('metamorph() sends a non-JSON input as is, with its content type and build', async () => {
    const { run, runId } = at('RUNNING');
    const target = env.emulator().admin.createActor({ name: `target-raw-${counter}` });
    const morphed = await run.metamorph(target.id, { input: 'plain input', contentType: 'text/plain', build: 'beta' });
    expect(morphed.options.build).toBe('beta');
    const { data, response } = await env.raw().GET('/v2/actor-runs/{runId}/key-value-store/records/{recordKey}', {
      params: { path: { runId, recordKey: 'INPUT-METAMORPH-1' } },
      parseAs: 'text',
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(data).toBe('plain input');
  });

  it('metamorph() rejects an object input with a contentType', async () => {
    const { run } = at('RUNNING');
    await expect(run.metamorph('someone~x', { input: { a: 1 }, contentType: 'text/plain' })).rejects.toBeInstanceOf(
      ApifyInputError,
    );
  });

  it('metamorph() to a missing Actor is a NotFoundError', async () => {
    const { run } = at('RUNNING');
    const error = await run.metamorph('demo/no-such-actor').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).type).toBe('actor-not-found');
  });

  it('reboot() restarts a running run', async () => {
    const { run } = at('RUNNING');
    const rebooted = await run.reboot();
    expect(rebooted.status).toBe('RUNNING');
    expect(rebooted.stats.rebootCount).toBe(1);
  });

  it('reboot() of a finished run is a BadRequestError', async () => {
    const { run } = at('SUCCEEDED');
    await expect(run.reboot()).rejects.toBeInstanceOf(BadRequestError);
  });

  it('resurrect() restarts a finished run with new options', async () => {
    const { run, runId } = at('FAILED');
    const resurrected = await run.resurrect({ memory: 2048, timeout: 600, build: '0.0.2' });
    expect(resurrected.id).toBe(runId);
    expect(resurrected.status).toBe('RUNNING');
    expect(resurrected.options).toMatchObject({ memoryMbytes: 2048, timeoutSecs: 600, build: '0.0.2' });
    expect(resurrected.stats.resurrectCount).toBe(1);
  });

  it('charge() counts events, deduplicated by an explicit idempotency key', async () => {
    const { run, runId } = at('RUNNING');
    await run.charge({ eventName: 'result-item', count: 2 });
    await run.charge({ eventName: 'result-item', count: 3 }, { idempotencyKey: `key-${runId}` });
    await run.charge({ eventName: 'result-item', count: 3 }, { idempotencyKey: `key-${runId}` });
    const after = await env.client().run(runId).get();
    expect(after?.chargedEventCounts).toEqual({ 'result-item': 5 });
  });

  it('waitForFinish() resolves with the finished run', async () => {
    const { run, runId } = at('RUNNING');
    env.emulator().admin.planRun(runId, [{ status: 'FAILED', afterMs: 300 }]);
    const finished = await time.run(run.waitForFinish({ waitSecs: 10 }));
    expect(finished.id).toBe(runId);
    expect(finished.status).toBe('FAILED');
  });
});

describe('RunClient on something that does not exist', () => {
  it('get() of a missing run is undefined', async () => {
    expect(await env.client().run('NoSuchRun12345678').get()).toBeUndefined();
  });

  it('get() of a last run that matches nothing is undefined', async () => {
    const { actor } = scene('RUNNING');
    expect(await env.client().lastRun(actor.id, { status: 'SUCCEEDED' }).get()).toBeUndefined();
    expect(await env.client().lastRun(actor.id, { origin: 'SCHEDULER' }).get()).toBeUndefined();
    expect((await env.client().lastRun(actor.id, { status: 'RUNNING', origin: 'API' }).get())?.status).toBe('RUNNING');
  });

  it('get() of the last run of a missing Actor throws NotFoundError (actor-not-found)', async () => {
    const error = await env
      .client()
      .lastRun('demo/no-such-actor')
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).type).toBe('actor-not-found');
  });

  it('delete() of a run that is already gone resolves', async () => {
    await expect(env.client().run('NoSuchRun12345678').delete()).resolves.toBeUndefined();
  });

  it('update, delete, resurrect and charge of a last run that matches nothing throw NotFoundError', async () => {
    const { actor } = scene('RUNNING');
    const last = env.client().lastRun(actor.id, { status: 'SUCCEEDED' });
    await expect(last.update({ statusMessage: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(last.delete()).rejects.toBeInstanceOf(NotFoundError);
    await expect(last.resurrect()).rejects.toBeInstanceOf(NotFoundError);
    await expect(last.charge({ eventName: 'e', count: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('run actions on a missing run throw NotFoundError', async () => {
    const missing = env.client().run('NoSuchRun12345678');
    await expect(missing.update({ statusMessage: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing.abort()).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing.reboot()).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing.resurrect()).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing.charge({ eventName: 'e', count: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('last-run actions without a lastRun operation', () => {
  it('act on the run the filters resolve to, by ID', async () => {
    const { actor, runId } = scene('SUCCEEDED');
    const urls: string[] = [];
    const client = env.client({
      fetch: (input, init) => {
        urls.push(new URL(String(input)).pathname);
        return fetch(input, init);
      },
    });
    await client.lastRun(actor.id, { status: 'SUCCEEDED' }).update({ statusMessage: 'done' });
    expect(urls).toEqual([`/v2/acts/${actor.id}/runs/last`, `/v2/actor-runs/${runId}`]);
  });
});

describe('charge() idempotency', () => {
  const capture = () => {
    const keys: (string | null)[] = [];
    const client = env.client({
      maxRetries: 2,
      fetch: (input, init) => {
        const request = requestOf(input, init);
        if (request.url.includes('/charge')) keys.push(request.headers.get('idempotency-key'));
        return fetch(input, init);
      },
    });
    return { keys, client };
  };

  it('sends a fresh 128-bit random key per call', async () => {
    const { runId } = scene('RUNNING');
    const { keys, client } = capture();
    await client.run(runId).charge({ eventName: 'page', count: 1 });
    await client.run(runId).charge({ eventName: 'page' });
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[0]).not.toBe(keys[1]);
    // Without a count, one event is charged (as both official clients default it).
    expect((await client.run(runId).get())?.chargedEventCounts).toEqual({ page: 2 });
  });

  it('makes its key without crypto.randomUUID (missing on insecure browser pages)', async () => {
    const { runId } = scene('RUNNING');
    const { keys, client } = capture();
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      await client.run(runId).charge({ eventName: 'page', count: 1 });
    } finally {
      Reflect.deleteProperty(globalThis.crypto, 'randomUUID');
    }
    expect(typeof globalThis.crypto.randomUUID).toBe('function');
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reuses one key across the retries of a call, so the event is charged once', async () => {
    const { runId, actor } = scene('RUNNING');
    const { keys, client } = capture();
    env
      .emulator()
      .faults.add({ match: { operationId: 'charge_post' }, times: 1, fault: { kind: 'status', status: 503 } });
    await time.run(client.lastRun(actor.id).charge({ eventName: 'page', count: 4 }));
    expect(keys.length).toBe(2);
    expect(keys[1]).toBe(keys[0]);
    expect((await client.run(runId).get())?.chargedEventCounts).toEqual({ page: 4 });
  });

  it('is retried when the charge was processed but its answer was lost', async () => {
    const { runId } = scene('RUNNING');
    const { keys, client } = capture();
    // The handler runs, then the connection drops before the body: only the shared key prevents a double charge.
    env
      .emulator()
      .faults.add({ match: { operationId: 'charge_post' }, times: 1, fault: { kind: 'truncate', bytes: 0 } });
    await time.run(client.run(runId).charge({ eventName: 'page', count: 4 }));
    expect(keys.length).toBe(2);
    expect(keys[1]).toBe(keys[0]);
    expect((await client.run(runId).get())?.chargedEventCounts).toEqual({ page: 4 });
  });
});
