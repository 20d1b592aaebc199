import type { Run, RunStatus } from '@apify-runs/types';
import { describe, expect, it } from 'vitest';
import { ApifyInputError, ApifyUserAbortError, NotFoundError } from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';
import { RUNNING_LOCATORS, runScene, urlRecorder } from './support/run-scene.js';

// The client's pauses and the emulator's holds run on one fake clock: the polls and times asserted are exact.
const time = useFakeTime();
const env = useEmulator({}, time);
const scene = (status?: RunStatus) => runScene(env, 'watch-test', status);
const LOCATORS = RUNNING_LOCATORS;
const recording = () => urlRecorder(env);
const stateOf = (run: Run) => [run.status, run.statusMessage ?? null];

describe.each(LOCATORS)('watchStatus() via %s', (_, locate) => {
  it('yields the run as it is, then each change of status or message, and ends with the terminal status', async () => {
    const s = scene('RUNNING');
    const { admin } = env.emulator();
    const { requests, client } = recording();
    const seen: unknown[] = [];
    const watching = (async () => {
      for await (const run of locate(client, s).watchStatus()) {
        seen.push(stateOf(run));
        // Each change is made after the watcher reported the one before, so none can merge with another.
        if (seen.length === 1) await env.client().run(s.runId).update({ statusMessage: 'Crawled 1 of 2 pages' });
        if (seen.length === 2) admin.setRunStatus(s.runId, 'RUNNING', 'Crawled 2 of 2 pages');
        if (seen.length === 3) admin.setRunStatus(s.runId, 'SUCCEEDED', 'Done: 2 pages');
      }
    })();
    const started = Date.now();
    await time.run(watching);
    expect(seen).toEqual([
      ['RUNNING', null],
      ['RUNNING', 'Crawled 1 of 2 pages'],
      ['RUNNING', 'Crawled 2 of 2 pages'],
      ['SUCCEEDED', 'Done: 2 pages'],
    ]);
    // One poll a second: the first at once, the next ones held up to the interval (a RUNNING run is held whole).
    expect(requests).toHaveLength(4);
    expect(Date.now() - started).toBe(3_000);
    // The polls after the first are held up to the interval, and follow the run by ID.
    for (const url of requests.slice(1)) expect(url.searchParams.get('waitForFinish')).toBe('1');
    for (const url of requests.slice(1)) expect(url.pathname).toBe(`/v2/actor-runs/${s.runId}`);
  });

  it('runs beside waitForFinish: both end when the run finishes', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.planRun(s.runId, [
      { status: 'RUNNING', statusMessage: 'Half way', afterMs: 1_500 },
      { status: 'FAILED', statusMessage: 'Out of memory', afterMs: 4_000 },
    ]);
    const run = locate(env.client(), s);
    const watched: unknown[] = [];
    const started = Date.now();
    const [finished] = await time.run(
      Promise.all([
        run.waitForFinish({ waitSecs: 30 }),
        (async () => {
          for await (const state of run.watchStatus()) watched.push(stateOf(state));
        })(),
      ]),
    );
    expect(finished.status).toBe('FAILED');
    expect(watched).toEqual([
      ['RUNNING', null],
      ['RUNNING', 'Half way'],
      ['FAILED', 'Out of memory'],
    ]);
    // Both see the failure the moment it happens: their held polls answer at once.
    expect(Date.now() - started).toBe(4_000);
  });
});

describe('watchStatus() edge cases', () => {
  it('yields a finished run once and ends, after one request', async () => {
    const s = scene('SUCCEEDED');
    const { requests, client } = recording();
    const seen: Run[] = [];
    for await (const run of client.run(s.runId).watchStatus()) seen.push(run);
    expect(seen.map((run) => run.status)).toEqual(['SUCCEEDED']);
    expect(requests).toHaveLength(1);
  });

  it('does not yield polls that saw no change', async () => {
    const s = scene('RUNNING');
    const { requests, client } = recording();
    const controller = new AbortController();
    const seen: Run[] = [];
    const watching = (async () => {
      for await (const run of client.run(s.runId).watchStatus({}, { signal: controller.signal })) seen.push(run);
    })().catch((e: unknown) => e);
    // Three more polls come back unchanged (the fourth is held), then the watcher is stopped.
    await time.until(() => requests.length === 4 && time.pending('waitForFinish') === 1);
    controller.abort();
    expect(await watching).toBeInstanceOf(ApifyUserAbortError);
    expect(seen).toHaveLength(1);
  });

  it('reports the run at once, stops with ApifyUserAbortError when aborted, and ends when left', async () => {
    const s = scene('RUNNING');
    const controller = new AbortController();
    const { requests, client } = recording();
    const watched = client.run(s.runId).watchStatus({ intervalSecs: 30 }, { signal: controller.signal });
    // The first poll is not held, whatever the interval.
    expect((await watched.next()).value?.status).toBe('RUNNING');
    expect(requests[0]?.searchParams.get('waitForFinish')).toBeNull();
    // The abort ends the pause before the next poll: 100 ms into the 30 s interval, no further request.
    const next = watched.next();
    setTimeout(() => controller.abort(), 100);
    await expect(time.run(next)).rejects.toBeInstanceOf(ApifyUserAbortError);
    expect(requests).toHaveLength(1);

    const before = requests.length;
    for await (const run of client.run(s.runId).watchStatus()) {
      expect(run.status).toBe('RUNNING');
      break;
    }
    expect(requests.length - before).toBe(1);
  });

  it('rejects an interval under 1 s before any request, and a missing run with NotFoundError', async () => {
    const { requests, client } = recording();
    for (const intervalSecs of [0, 0.5, -1, Number.NaN]) {
      await expect(client.run('AnyRun00000000001').watchStatus({ intervalSecs }).next()).rejects.toBeInstanceOf(
        ApifyInputError,
      );
    }
    expect(requests).toHaveLength(0);
    // A 404 is retried for 3 s (a run just started may not be visible yet), then it is the error.
    const started = Date.now();
    await expect(time.run(client.run('NoSuchRun12345678').watchStatus().next())).rejects.toBeInstanceOf(NotFoundError);
    expect(Date.now() - started).toBe(3_000);
  });
});
