import { describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, systemClock, TIMER_LABELS } from '../src/index.js';
import { RUN_BASE, TOKEN, useEmulator } from './support/emulator.js';

describe('ManualClock', () => {
  it('stands still, then fires due timers in time order, each at its own time', async () => {
    const clock = new ManualClock('2025-01-01T00:00:00Z');
    const start = clock.now();
    expect(start).toBe(Date.parse('2025-01-01T00:00:00Z'));
    const fired: Array<[string, number]> = [];
    clock.setTimer(300, () => fired.push(['c', clock.now() - start]), 'c');
    clock.setTimer(100, () => fired.push(['a', clock.now() - start]), 'a');
    clock.setTimer(100, () => fired.push(['b', clock.now() - start]), 'b');
    const cancel = clock.setTimer(200, () => fired.push(['cancelled', 0]));
    cancel();
    expect(clock.pending().map((timer) => timer.label)).toEqual(['a', 'b', 'c']);
    expect(await clock.advance(150)).toBe(2);
    expect(fired).toEqual([
      ['a', 100],
      ['b', 100],
    ]);
    expect(clock.now() - start).toBe(150);
    await clock.advanceTo(new Date(start + 1_000));
    expect(fired.at(-1)).toEqual(['c', 300]);
    expect(clock.pending()).toEqual([]);
    expect(clock.now() - start).toBe(1_000);
  });

  it('fires timers that the fired ones set, when they fall inside the same advance', async () => {
    const clock = new ManualClock(0);
    const seen: number[] = [];
    clock.setTimer(10, () => {
      seen.push(clock.now());
      clock.setTimer(10, () => seen.push(clock.now()));
    });
    await clock.advance(25);
    expect(seen).toEqual([10, 20]);
  });

  it('fires a timer set for now without anyone advancing, as a real timer would', async () => {
    const clock = new ManualClock(0);
    const fired = new Promise<number>((resolve) => clock.setTimer(0, () => resolve(clock.now())));
    expect(await fired).toBe(0);
  });

  it('never moves back and rejects nonsense', async () => {
    const clock = new ManualClock(1_000);
    await expect(clock.advanceTo(999)).rejects.toThrow(RangeError);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => new ManualClock('not a date')).toThrow(RangeError);
  });

  it('tells when a timer with a label is pending, and can stop waiting', async () => {
    const clock = new ManualClock(0);
    const waiting = clock.whenPending('x', 2);
    clock.setTimer(5, () => {}, 'x');
    clock.setTimer(5, () => {}, 'y');
    let done = false;
    void waiting.then(() => {
      done = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    clock.setTimer(7, () => {}, 'x');
    expect((await waiting).map((timer) => timer.at.getTime())).toEqual([5, 7]);
    const stop = new AbortController();
    const never = clock.whenPending('z', 1, stop.signal);
    stop.abort(new Error('stopped'));
    await expect(never).rejects.toThrow('stopped');
  });
});

describe('systemClock', () => {
  it('is the real time and fires real timers', async () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
    await new Promise<void>((resolve) => systemClock.setTimer(1, resolve));
    let fired = false;
    const cancel = systemClock.setTimer(1, () => {
      fired = true;
    });
    cancel();
    await new Promise<void>((resolve) => systemClock.setTimer(5, resolve));
    expect(fired).toBe(false);
  });
});

describe('the emulator on a manual clock', () => {
  const env = useEmulator();
  const admin = (path: string, body?: unknown) =>
    env.call(`/__emulator${path}`, {
      token: null,
      raw: true,
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { body }),
    });

  it('stamps times from the clock and plays plans only as it advances, also over the admin API', async () => {
    const actor = env.emulator.admin.createActor({ name: 'clocked' });
    const started = env.clock.now();
    const { run } = env.emulator.admin.createRun({
      actorId: actor.id,
      status: 'RUNNING',
      plan: [{ status: 'SUCCEEDED', afterMs: 90_000, statusMessage: 'done' }],
    });
    expect(Date.parse(run.startedAt)).toBe(started);
    // The platform caps a wait at 60 s: the first hold ends RUNNING, the second sees the plan fire.
    const first = env.call(`${RUN_BASE(run.id)}?waitForFinish=60`);
    const info = await admin('/clock/wait', { label: TIMER_LABELS.waitForFinish });
    expect(info.status).toBe(200);
    expect(info.body.data).toMatchObject({ manual: true, now: new Date(started).toISOString() });
    expect(info.body.data.timers).toEqual([
      { label: 'waitForFinish', at: new Date(started + 60_000).toISOString() },
      { label: 'run-plan', at: new Date(started + 90_000).toISOString() },
    ]);
    const advanced = await admin('/clock/advance', { ms: 60_000 });
    expect(advanced.body.data).toEqual({ now: new Date(started + 60_000).toISOString(), fired: 1 });
    expect((await first).body.data.status).toBe('RUNNING');
    const second = env.call(`${RUN_BASE(run.id)}?waitForFinish=60`);
    await admin('/clock/wait', { label: 'waitForFinish' });
    const to = new Date(started + 90_000).toISOString();
    expect((await admin('/clock/advance', { to })).body.data).toEqual({ now: to, fired: 1 });
    const finished = (await second).body.data;
    expect(finished).toMatchObject({ status: 'SUCCEEDED', statusMessage: 'done', finishedAt: to });
    expect(finished.stats.durationMillis).toBe(90_000);
    expect((await admin('/clock')).body.data).toEqual({ now: to, manual: true, timers: [] });
  });

  it('expires locks and signed URLs exactly when the clock passes their time', async () => {
    const actor = env.emulator.admin.createActor({ name: 'clocked-expiry' });
    const { run, requestQueueId } = env.emulator.admin.createRun({ actorId: actor.id, status: 'RUNNING' });
    await env.emulator.admin.addRequest(requestQueueId, { url: 'https://example.com/x', uniqueKey: 'x' });
    const locked = await env.call(`${RUN_BASE(run.id)}/request-queue/head/lock?lockSecs=30&clientKey=a`, {
      method: 'POST',
    });
    expect(locked.body.data.items).toHaveLength(1);
    const head = async () => (await env.call(`${RUN_BASE(run.id)}/request-queue/head`)).body.data.items.length;
    await env.clock.advance(29_999);
    expect(await head()).toBe(0);
    await env.clock.advance(1);
    expect(await head()).toBe(1);

    await env.call(`${RUN_BASE(run.id)}/dataset`, { method: 'PUT', body: { generalAccess: 'RESTRICTED' } });
    const signed = new URL((await env.call(`${RUN_BASE(run.id)}/dataset`)).body.data.itemsPublicUrl as string);
    const signature = signed.searchParams.get('signature') ?? '';
    const read = () =>
      fetch(`${env.emulator.url}${RUN_BASE(run.id)}/dataset/items?signature=${signature}`).then((r) => r.status);
    expect(await read()).toBe(200);
    await env.clock.advance(14 * 24 * 3_600_000 - 1);
    expect(await read()).toBe(200);
    await env.clock.advance(1);
    expect(await read()).toBe(403);
  });

  it('answers bad clock requests with 400 and a wait that does not come with 408', async () => {
    for (const body of [{}, { ms: -1 }, { ms: 1, to: '2025-01-01T00:00:00Z' }, { to: 'soon' }]) {
      const bad = await admin('/clock/advance', body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
    }
    const past = await admin('/clock/advance', { to: '2000-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    const timedOut = await admin('/clock/wait', { label: 'nothing-has-this-label', timeoutMs: 1 });
    expect(timedOut.status).toBe(408);
    expect(timedOut.body.error.type).toBe('timeout');
  });
});

describe('the emulator on the system clock', () => {
  it('reports its clock and refuses to advance it', async () => {
    const emulator = await startEmulator({ tokens: [TOKEN] });
    try {
      const info = (await (await fetch(`${emulator.url}/__emulator/clock`)).json()) as {
        data: { manual: boolean; now: string; timers: unknown[] };
      };
      expect(info.data).toMatchObject({ manual: false, timers: [] });
      expect(Math.abs(Date.parse(info.data.now) - Date.now())).toBeLessThan(60_000);
      const refused = await fetch(`${emulator.url}/__emulator/clock/advance`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ms: 1 }),
      });
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: { type: string } }).error.type).toBe('clock-not-manual');
    } finally {
      await emulator.close();
    }
  });
});
