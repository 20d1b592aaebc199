import { type Clock, TIMER_LABELS } from '@apify-runs/emulator';
import { afterEach, beforeEach, vi } from 'vitest';

/** The emulator's timers that keep a request open: while one is pending, its request is parked at the server. */
const HOLDS = new Set<string>([TIMER_LABELS.waitForFinish, TIMER_LABELS.faultDelay]);
/** Longer than any test's story; past it, time is running away (a loop that never ends). */
const MAX_VIRTUAL_MS = 60 * 60_000;
/** Real time a request may take to be answered or parked before the test fails (a safety net, not a measure). */
const MAX_BUSY_MS = 30_000;
/** Longest delay a timer honours; the emulator's longer timers never fire within a test. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type Send = (input: never, init?: never) => Promise<Response>;

/**
 * Time the test controls, one timeline for the client and the emulator: vitest's fake timers replace `setTimeout`,
 * `clearTimeout` and `Date` (network I/O stays real), and `clock` (pass it to the emulator) runs the emulator's
 * timers on them. So the client's pauses, deadlines and backoff, and the emulator's holds, run plans and lock
 * expiry, happen in one order on one clock that moves only when the test drives it, and never while a request is on
 * its way: `run()` and `until()` move time from timer to timer, each time once every request the client has in
 * flight is answered or held by the emulator. A busy machine makes a test slower, never different.
 *
 * Every `fetch` through `globalThis.fetch` is counted; wrap any other transport with `track()`.
 */
export function useFakeTime() {
  const timers = new Set<{ label: string }>();
  let inFlight = 0;

  const clock: Clock = {
    now: () => Date.now(),
    setTimer(ms, callback, label = 'timer') {
      const entry = { label };
      timers.add(entry);
      const delay = Math.max(0, ms);
      const handle =
        delay <= MAX_TIMER_MS
          ? setTimeout(() => {
              timers.delete(entry);
              callback();
            }, delay)
          : undefined;
      return () => {
        timers.delete(entry);
        clearTimeout(handle);
      };
    },
  };

  /** Counts a request as in flight from the call until its body has arrived whole (or it failed). */
  const track = <F extends Send>(send: F): F =>
    (async (input: never, init?: never) => {
      inFlight += 1;
      let open = true;
      const finish = () => {
        if (open) inFlight -= 1;
        open = false;
      };
      try {
        const response = await send(input, init);
        if (response.body) response.clone().arrayBuffer().then(finish, finish);
        else finish();
        return response;
      } catch (error) {
        finish();
        throw error;
      }
    }) as F;

  const realFetch = globalThis.fetch;
  beforeEach(() => {
    inFlight = 0;
    timers.clear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.stubGlobal('fetch', track(realFetch));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  /** Pending emulator timers with `label` (all when omitted). */
  const pending = (label?: string) =>
    [...timers].filter((timer) => label === undefined || timer.label === label).length;
  const parked = () => [...timers].filter((timer) => HOLDS.has(timer.label)).length;

  /** Resolves once, for three turns of the event loop in a row, every request in flight is held by the emulator. */
  async function settle(): Promise<void> {
    const started = performance.now();
    for (let quiet = 0; quiet < 3; ) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      quiet = inFlight <= parked() ? quiet + 1 : 0;
      if (performance.now() - started > MAX_BUSY_MS) {
        throw new Error(`${inFlight} request(s) in flight for ${MAX_BUSY_MS} ms, neither answered nor held`);
      }
    }
  }

  /** Moves time from timer to timer, as long as `done()` is false. */
  async function drive(done: () => boolean): Promise<void> {
    const started = Date.now();
    for (;;) {
      await settle();
      if (done()) return;
      if (vi.getTimerCount() === 0) throw new Error('Nothing is left to happen, and the test still waits.');
      if (Date.now() - started > MAX_VIRTUAL_MS) throw new Error(`Still waiting after ${MAX_VIRTUAL_MS} ms of time.`);
      await vi.advanceTimersToNextTimerAsync();
    }
  }

  return {
    /** The emulator's clock: `useEmulator({ clock })`. */
    clock,
    track,
    /** The emulator's pending timers with `label` (`TIMER_LABELS`), e.g. the `waitForFinish` holds. */
    pending,
    /** Lets time pass until `work` settles; resolves or rejects as it does. */
    async run<T>(work: Promise<T>): Promise<T> {
      let settled = false;
      const watched = work.then(
        () => {
          settled = true;
        },
        () => {
          settled = true;
        },
      );
      await drive(() => settled);
      await watched;
      return work;
    },
    /** Lets time pass until `condition()` holds. */
    until: (condition: () => boolean): Promise<void> => drive(condition),
    /** Lets exactly `ms` pass (every timer due on the way fires, in order). */
    async advance(ms: number): Promise<void> {
      let reached = false;
      setTimeout(() => {
        reached = true;
      }, ms);
      await drive(() => reached);
    },
  };
}

export type FakeTime = ReturnType<typeof useFakeTime>;
