import { describe, expect, it } from 'vitest';
import {
  type ApifyClient,
  ApifyConnectionError,
  ApifyInputError,
  ApifyUserAbortError,
  type ItemsPosition,
  type RunClient,
} from '../src/index.js';
import { useEmulator, withFault } from './support/emulator.js';
import { collect, until } from './support/items.js';
import { type RunScene, runScene } from './support/run-scene.js';
import { recordingFetch } from './support/storage-scene.js';

const env = useEmulator();
type N = { n: number };
/** A run by ID, or the last run of its Actor whatever its status (so a live run is the one addressed). */
const LOCATORS: [string, (client: ApifyClient, scene: RunScene) => RunClient][] = [
  ['run(id)', (client, s) => client.run(s.runId)],
  ['lastRun(actor)', (client, s) => client.lastRun(`demo/${s.actor.name}`)],
];
const datasetOf = (runId: string) => env.emulator().state.runs.get(runId)?.run.defaultDatasetId ?? '';
const push = (runId: string, from: number, count: number) =>
  env.emulator().admin.pushItems(
    datasetOf(runId),
    Array.from({ length: count }, (_, i) => ({ n: from + i })),
  );
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
/** Polls of a run's status (`GET …/runs/{id}` or the last run, not its storages) a recorder saw so far. */
const statusPolls = (calls: { path: string }[]) =>
  calls.filter((call) => /\/(actor-runs\/[^/]+|runs\/last)$/.test(call.path)).length;

describe.each(LOCATORS)('iterateItems({ follow: true }) via %s', (_, locate) => {
  it('reads items as the run pushes them, each once, and ends once the run is terminal and read to the end', async () => {
    const s = runScene(env, 'follow');
    await push(s.runId, 0, 450);
    const recorder = recordingFetch();
    const run = locate(env.client({ fetch: recorder.fetch }), s);
    const got: number[] = [];
    const iteration = run.dataset.iterateItems<N>({ follow: true, pollIntervalMs: 10, pageSize: 100, concurrency: 3 });
    for await (const item of iteration) {
      got.push(item.n);
      if (got.length === 450) {
        // Caught up: the iterator waits for more; more come while it polls.
        const polls = statusPolls(recorder.calls);
        await until(() => statusPolls(recorder.calls) > polls);
        await push(s.runId, 450, 320);
      }
      if (got.length === 770) {
        await until(() => statusPolls(recorder.calls) > 1);
        // Pushed right before the run finishes: still read, after the terminal status is seen.
        await push(s.runId, 770, 30);
        env.emulator().admin.setRunStatus(s.runId, 'SUCCEEDED');
      }
    }
    expect(got).toEqual(range(0, 800));
    expect(iteration.position).toMatchObject({ kind: 'items', at: 800, runId: s.runId });
  });

  it('on a finished run, reads what is there and ends', async () => {
    const s = runScene(env, 'follow-done', 'SUCCEEDED');
    await push(s.runId, 0, 250);
    const items = await collect(locate(env.client(), s).dataset.iterateItems<N>({ follow: true, pageSize: 100 }));
    expect(items.map((item) => item.n)).toEqual(range(0, 250));
  });

  it('ends at `limit` even while the run goes on', async () => {
    const s = runScene(env, 'follow-limit');
    await push(s.runId, 0, 300);
    const items = await collect(
      locate(env.client(), s).dataset.iterateItems<N>({ follow: true, limit: 120, pageSize: 50 }),
    );
    expect(items.map((item) => item.n)).toEqual(range(0, 120));
  });

  it('stops with ApifyUserAbortError when the signal aborts during a wait', async () => {
    const s = runScene(env, 'follow-abort');
    await push(s.runId, 0, 10);
    const controller = new AbortController();
    const recorder = recordingFetch();
    const got: unknown[] = [];
    const iterate = async () => {
      // A wait of a minute: only the abort can end it within the test's limit.
      for await (const item of locate(env.client({ fetch: recorder.fetch }), s).dataset.iterateItems(
        { follow: true, pollIntervalMs: 60_000 },
        { signal: controller.signal },
      )) {
        got.push(item);
        // Caught up: aborted once the iterator waits, in the poll the server holds for up to 60 s.
        if (got.length === 10) {
          void until(() => recorder.calls.some((call) => call.query.get('waitForFinish') === '60')).then(() =>
            controller.abort(),
          );
        }
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(ApifyUserAbortError);
    expect(got).toHaveLength(10);
  });

  it('refuses follow newest first', async () => {
    const s = runScene(env, 'follow-desc');
    const iteration = locate(env.client(), s).dataset.iterateItems({ follow: true, desc: true });
    await expect(collect(iteration)).rejects.toBeInstanceOf(ApifyInputError);
  });
});

describe('following a last run', () => {
  it('pins the run by ID first: a newer run of the Actor does not take its place, also after a resume', async () => {
    const s = runScene(env, 'follow-pin');
    await push(s.runId, 0, 100);
    const client = env.client();
    const last = client.lastRun(`demo/${s.actor.name}`);
    const got: number[] = [];
    const first = last.dataset.iterateItems<N>({ follow: true, pollIntervalMs: 10, pageSize: 40 });
    for await (const item of first) {
      got.push(item.n);
      if (got.length === 50) break;
    }
    const saved = JSON.parse(JSON.stringify(first.position)) as ItemsPosition;
    expect(saved.runId).toBe(s.runId);

    // A newer run starts; the followed one pushes more and finishes.
    const newer = env.emulator().admin.createRun({ actorId: s.actor.id, status: 'RUNNING' });
    await env.emulator().admin.pushItems(newer.datasetId, [{ n: -1 }]);
    await push(s.runId, 100, 20);
    expect((await last.get())?.id).toBe(newer.run.id);
    const rest = last.dataset.iterateItems<N>({ follow: true, pollIntervalMs: 10, pageSize: 40, resumeFrom: saved });
    for await (const item of rest) {
      got.push(item.n);
      if (got.length === 120) env.emulator().admin.setRunStatus(s.runId, 'SUCCEEDED');
    }
    expect(got).toEqual(range(0, 120));
    // A position of another run is refused by a run addressed by ID.
    await expect(collect(client.run(newer.run.id).dataset.iterateItems({ resumeFrom: saved }))).rejects.toBeInstanceOf(
      ApifyInputError,
    );
  });
});

describe.each(LOCATORS)('log.stream({ follow: true }) via %s', (_, locate) => {
  it('continues after a broken connection without repeating a line, and ends once the run is terminal', async () => {
    const s = runScene(env, 'log-follow');
    const { admin } = env.emulator();
    admin.appendLog(s.runId, 'one\ntwo\nthr');
    // The first stream breaks after 6 bytes, inside the second line.
    const truncate = { match: { operationId: 'log_get' }, times: 1, fault: { kind: 'truncate', bytes: 6 } } as const;
    await withFault(env.emulator(), truncate, async () => {
      const lines: string[] = [];
      for await (const line of locate(env.client(), s).log.stream({ follow: true, pollIntervalMs: 10 })) {
        lines.push(line);
        if (line === 'two') {
          admin.appendLog(s.runId, 'ee\nfour\n');
          admin.setRunStatus(s.runId, 'SUCCEEDED');
        }
      }
      expect(lines.slice(0, 4)).toEqual(['one', 'two', 'three', 'four']);
      expect(lines.slice(4).join('\n')).toMatch(/Run status changed to SUCCEEDED$/);
    });
  });

  it('opens a stream the server ended while the run is live again, and goes on after what it read', async () => {
    const s = runScene(env, 'log-follow-cut');
    const { admin } = env.emulator();
    admin.appendLog(s.runId, 'alpha\nbeta\n');
    // The server ends the first stream early (as a proxy with a time limit would), with what it had.
    const body = 'alpha\nbe';
    const cut = {
      match: { operationId: 'log_get' },
      times: 1,
      fault: { kind: 'body', body, contentType: 'text/plain' },
    } as const;
    await withFault(env.emulator(), cut, async () => {
      const lines: string[] = [];
      for await (const line of locate(env.client(), s).log.stream({ follow: true, pollIntervalMs: 10 })) {
        lines.push(line);
        if (line === 'beta') {
          admin.appendLog(s.runId, 'gamma\n');
          admin.setRunStatus(s.runId, 'FAILED');
        }
      }
      expect(lines.slice(0, 3)).toEqual(['alpha', 'beta', 'gamma']);
      expect(lines.at(-1)).toMatch(/Run status changed to FAILED$/);
    });
  });

  it('without follow, the same broken connection throws ApifyConnectionError', async () => {
    const s = runScene(env, 'log-nofollow');
    env.emulator().admin.appendLog(s.runId, 'one\ntwo\nthree\n');
    const truncate = { match: { operationId: 'log_get' }, times: 1, fault: { kind: 'truncate', bytes: 6 } } as const;
    await withFault(env.emulator(), truncate, async () => {
      await expect(collect(locate(env.client(), s).log.stream())).rejects.toBeInstanceOf(ApifyConnectionError);
    });
  });
});

describe('log.stream({ follow: true }) of a last run', () => {
  it('stays on the run it pinned when a newer one starts', async () => {
    const s = runScene(env, 'log-follow-pin');
    const { admin } = env.emulator();
    admin.appendLog(s.runId, 'old run\n');
    const lines: string[] = [];
    for await (const line of env
      .client()
      .lastRun(`demo/${s.actor.name}`)
      .log.stream({ follow: true, pollIntervalMs: 10 })) {
      lines.push(line);
      if (line === 'old run') {
        const newer = admin.createRun({ actorId: s.actor.id, status: 'RUNNING' });
        admin.appendLog(newer.run.id, 'new run\n');
        admin.appendLog(s.runId, 'old run again\n');
        admin.setRunStatus(s.runId, 'SUCCEEDED');
      }
    }
    expect(lines.slice(0, 2)).toEqual(['old run', 'old run again']);
    expect(lines).not.toContain('new run');
  });
});
