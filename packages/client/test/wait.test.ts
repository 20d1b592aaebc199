import type { Run, RunStatus } from '@apify-runs/types';
import { describe, expect, it } from 'vitest';
import {
  ApifyInputError,
  ApifyTimeoutError,
  ApifyUserAbortError,
  createApifyClient,
  NotFoundError,
  RunWaitTimeoutError,
} from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';
import { RUNNING_LOCATORS, runScene, urlRecorder } from './support/run-scene.js';

// Every wait here runs on fake time shared by the client and the emulator: the times asserted are exact.
const time = useFakeTime();
const env = useEmulator({}, time);
const scene = (status?: RunStatus) => runScene(env, 'wait-test', status);
const LOCATORS = RUNNING_LOCATORS;
const recording = () => urlRecorder(env);
const holds = () => time.pending('waitForFinish');

describe.each(LOCATORS)('waitForFinish() via %s', (_, locate) => {
  it('resolves with the run once it finishes, across several polls', async () => {
    const s = scene('RUNNING');
    const { requests, client } = recording();
    const started = Date.now();
    const waiting = locate(client, s).waitForFinish({ pollSecs: 1, waitSecs: 10 });
    // The first hold ends with the run still RUNNING; the run finishes while the second poll is held.
    await time.until(() => requests.length === 2 && holds() === 1);
    expect(Date.now() - started).toBe(1_000);
    env.emulator().admin.setRunStatus(s.runId, 'SUCCEEDED');
    const finished = await time.run(waiting);
    expect(finished.status).toBe('SUCCEEDED');
    expect(finished.id).toBe(s.runId);
    expect(finished.finishedAt).not.toBeNull();
    expect(requests).toHaveLength(2);
    for (const url of requests) expect(url.searchParams.get('waitForFinish')).toBe('1');
  });

  it('follows the first run it saw by ID, so the status filter cannot lose it', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.planRun(s.runId, [{ status: 'SUCCEEDED', afterMs: 1_200 }]);
    const { requests, client } = recording();
    // pollSecs 0: every poll answers at once, one a second: at 0 and 1 s while RUNNING, at 2 s SUCCEEDED.
    const finished = await time.run(locate(client, s).waitForFinish({ pollSecs: 0, waitSecs: 10 }));
    expect(finished.status).toBe('SUCCEEDED');
    expect(requests).toHaveLength(3);
    for (const url of requests.slice(1)) expect(url.pathname).toBe(`/v2/actor-runs/${s.runId}`);
  });

  it('rejects with RunWaitTimeoutError holding the last run seen', async () => {
    const s = scene('RUNNING');
    const started = Date.now();
    const error = await time.run(locate(env.client(), s).waitForFinish({ waitSecs: 1.5 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunWaitTimeoutError);
    expect(error).toBeInstanceOf(ApifyTimeoutError);
    expect((error as RunWaitTimeoutError).run?.id).toBe(s.runId);
    expect((error as RunWaitTimeoutError).run?.status).toBe('RUNNING');
    expect(Date.now() - started).toBe(1_500);
  });

  it('rejects with RunWaitTimeoutError holding the run seen also when waitSecs is whole seconds', async () => {
    // The server's hold must not end with the deadline, or the deadline cuts the only answer.
    const s = scene('RUNNING');
    const { requests, client } = recording();
    const error = await time.run(locate(client, s).waitForFinish({ waitSecs: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunWaitTimeoutError);
    expect((error as RunWaitTimeoutError).run?.status).toBe('RUNNING');
    expect(requests[0]?.searchParams.get('waitForFinish')).toBeNull();
  });

  it('rejects with ApifyUserAbortError at once while the server holds the poll', async () => {
    const s = scene('RUNNING');
    const controller = new AbortController();
    const waiting = locate(env.client(), s)
      .waitForFinish({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    await time.until(() => holds() === 1);
    const aborted = Date.now();
    controller.abort();
    // No time passes: the abort alone ends the held poll.
    expect(await waiting).toBeInstanceOf(ApifyUserAbortError);
    expect(Date.now()).toBe(aborted);
  });
});

describe('waitForFinish() edge cases', () => {
  it('resolves at once for a run that already finished', async () => {
    const s = scene('ABORTED');
    const { requests, client } = recording();
    expect((await client.run(s.runId).waitForFinish()).status).toBe('ABORTED');
    expect(requests).toHaveLength(1);
  });

  it('rejects a negative or non-numeric waitSecs or pollSecs before any request', async () => {
    const { requests, client } = recording();
    const run = client.run('AnyRun00000000001');
    await expect(run.waitForFinish({ waitSecs: -1 })).rejects.toBeInstanceOf(ApifyInputError);
    await expect(run.waitForFinish({ waitSecs: Number.NaN })).rejects.toBeInstanceOf(ApifyInputError);
    await expect(run.waitForFinish({ pollSecs: -5 })).rejects.toBeInstanceOf(ApifyInputError);
    expect(requests).toHaveLength(0);
  });

  it('rejects an already aborted signal without any request', async () => {
    const s = scene('RUNNING');
    const { requests, client } = recording();
    const error = await client
      .run(s.runId)
      .waitForFinish({}, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyUserAbortError);
    expect(requests).toHaveLength(0);
  });

  it('waits for a run that appears shortly after the wait began (replica lag)', async () => {
    const { admin } = env.emulator();
    const actor = admin.createActor({ name: 'wait-late' });
    const runId = 'LateRun0000000001';
    const { requests, client } = recording();
    setTimeout(() => admin.createRun({ actorId: actor.id, id: runId, status: 'SUCCEEDED' }), 600);
    const finished = await time.run(client.run(runId).waitForFinish({ waitSecs: 10 }));
    expect(finished.id).toBe(runId);
    // A 404 is asked again every 250 ms: at 0, 250 and 500 ms it is missing, at 750 ms it is there.
    expect(requests).toHaveLength(4);
  });

  it('rejects with NotFoundError when the run stays missing past the lag window', async () => {
    const { requests, client } = recording();
    const started = Date.now();
    const error = await time.run(client.run('NoSuchRun12345678').waitForFinish({ waitSecs: 20 })).catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    // Asked every 250 ms for 3 s: 13 times.
    expect(Date.now() - started).toBe(3_000);
    expect(requests).toHaveLength(13);
  });

  it('never busy-loops against a server that ignores waitForFinish', async () => {
    const requests: URL[] = [];
    const running: Partial<Run> = { id: 'FakeRun0000000001', status: 'RUNNING' };
    const client = createApifyClient({
      token: 't',
      baseUrl: 'http://fake.invalid',
      fetch: async (input) => {
        requests.push(new URL(input));
        return Response.json({ data: running });
      },
    });
    const error = await time
      .run(client.run('FakeRun0000000001').waitForFinish({ waitSecs: 2.5 }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunWaitTimeoutError);
    // One poll a second at most, at 0, 1 and 2 s; each hold is whole seconds and ends half a second before the
    // deadline at the latest: 2 s (of 2.5), then 1 s (of 1.5), then none (0.5 left).
    expect(requests.map((url) => url.searchParams.get('waitForFinish'))).toEqual(['2', '1', null]);
  });

  it('never asks the server for more than 60 s per poll', async () => {
    const s = scene('RUNNING');
    const { requests, client } = recording();
    const controller = new AbortController();
    const waiting = client
      .run(s.runId)
      .waitForFinish({ pollSecs: 600 }, { signal: controller.signal })
      .catch(() => undefined);
    await time.until(() => holds() === 1);
    controller.abort();
    await waiting;
    expect(requests[0]?.searchParams.get('waitForFinish')).toBe('60');
  });

  it('get({ waitForFinish }) caps the hold at 60 s', async () => {
    const s = scene('SUCCEEDED');
    const { requests, client } = recording();
    await client.run(s.runId).get({ waitForFinish: 3_600 });
    expect(requests[0]?.searchParams.get('waitForFinish')).toBe('60');
  });

  it('get({ waitForFinish }) extends the attempt deadline by the hold', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.planRun(s.runId, [{ status: 'SUCCEEDED', afterMs: 1_000 }]);
    const started = Date.now();
    // Held for 1 s, over the 300 ms deadline of an attempt: the hold of up to 5 s extends it.
    const run = await time.run(env.client().run(s.runId).get({ waitForFinish: 5 }, { timeoutMs: 300 }));
    expect(run?.status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBe(1_000);
  });
});
