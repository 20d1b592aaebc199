import type { Server, ServerResponse } from 'node:http';
import { type Clock, TIMER_LABELS } from '@apify-runs/emulator';
import { afterEach, beforeEach, vi } from 'vitest';
import type { ResponseLike } from '../../src/transport/types.js';

/** The emulator's timers that keep a request open: while one is pending, its request is parked at the server. */
const HOLDS = new Set<string>([TIMER_LABELS.waitForFinish, TIMER_LABELS.faultDelay]);
/** Longer than any test's story; past it, time is running away (a loop that never ends). */
const MAX_VIRTUAL_MS = 60 * 60_000;
/** Real time a request may take to be answered or parked before the test fails (a safety net, not a measure). */
const MAX_BUSY_MS = 30_000;
/** Longest delay a timer honours; the emulator's longer timers never fire within a test. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A WHATWG `Response`: its body is read on a copy; another transport's answer is watched as the client reads it. */
function watchBody<R extends ResponseLike>(response: R, finish: () => void): R {
  if (response instanceof Response) {
    if (response.body) response.clone().arrayBuffer().then(finish, finish);
    else finish();
    return response;
  }
  let stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;
  const watched: ResponseLike = {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    text: () => response.text().finally(finish),
    arrayBuffer: () => response.arrayBuffer().finally(finish),
    get body() {
      stream ??= watchStream(response.body, finish);
      return stream;
    },
  };
  return watched as R;
}

function watchStream(body: ResponseLike['body'], finish: () => void): ReadableStream<Uint8Array<ArrayBuffer>> {
  if (!body) {
    finish();
    return new ReadableStream({ start: (controller) => controller.close() });
  }
  const reader = body.getReader();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        finish();
        controller.close();
      } catch (error) {
        finish();
        controller.error(error);
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
}

/**
 * Time the test controls, one timeline for the client and the emulator: vitest's fake timers replace `setTimeout`,
 * `clearTimeout` and `Date` (network I/O stays real), and `clock` runs the emulator's
 * timers on them (`useEmulator(options, time)`). So the client's pauses, deadlines and backoff, and the emulator's holds, run plans and lock
 * expiry, happen in one order on one clock that moves only when the test drives it, and never while a request is on
 * its way: `run()` and `until()` move time from timer to timer, each time once every request the client has in
 * flight is answered or held by the emulator. A busy machine makes a test slower, never different.
 *
 * Every `fetch` through `globalThis.fetch` is counted; wrap any other transport with `track()`.
 */
export function useFakeTime() {
  const timers = new Set<{ label: string }>();
  /** Requests the client sent and is still reading; requests the emulator got and has not answered whole. */
  let inFlight = 0;
  let open = 0;
  /** Counts are per test: what a test left behind is not counted in the next one. */
  let generation = 0;
  const servers = new WeakSet<Server>();

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

  /** Counts a request as in flight from the call until its body has been read whole, cancelled or failed. */
  const track =
    <A extends unknown[], R extends ResponseLike>(send: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      inFlight += 1;
      const test = generation;
      let reading = true;
      const finish = () => {
        if (reading && test === generation) inFlight -= 1;
        reading = false;
      };
      try {
        return watchBody(await send(...args), finish);
      } catch (error) {
        finish();
        throw error;
      }
    };

  const realFetch = globalThis.fetch;
  beforeEach(() => {
    generation += 1;
    waiters.clear();
    inFlight = 0;
    open = 0;
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

  /**
   * Resolves once, for three turns of the event loop in a row, the client and the emulator agree on the requests in
   * flight (none on its way there or back, none given up by the client unbeknown to the emulator) and the emulator
   * holds each of them.
   */
  async function settle(): Promise<void> {
    const started = performance.now();
    for (let quiet = 0; quiet < 3; ) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      quiet = inFlight === open && open <= parked() ? quiet + 1 : 0;
      if (performance.now() - started > MAX_BUSY_MS) {
        throw new Error(`${inFlight} request(s) in flight for ${MAX_BUSY_MS} ms, neither answered nor held`);
      }
    }
  }

  /** Whether a `drive()` is moving time now: a nested one leaves that to it. */
  let driving = false;

  /** Moves time from timer to timer, as long as `done()` is false. */
  async function drive(done: () => boolean): Promise<void> {
    if (driving) throw new Error('Time is already being driven: await the work instead.');
    driving = true;
    try {
      await moveUntil(done);
    } finally {
      driving = false;
    }
  }

  /** Conditions code under a `run()` waits for (`when()`), checked whenever everything settled. */
  const waiters = new Set<{ condition: () => boolean; resolve: () => void }>();
  const wakeWaiters = () => {
    let woke = false;
    for (const waiter of [...waiters]) {
      if (!waiter.condition()) continue;
      waiters.delete(waiter);
      waiter.resolve();
      woke = true;
    }
    return woke;
  };

  async function moveUntil(done: () => boolean): Promise<void> {
    const started = Date.now();
    for (;;) {
      await settle();
      if (wakeWaiters()) continue;
      if (done()) return;
      if (vi.getTimerCount() === 0) throw new Error('Nothing is left to happen, and the test still waits.');
      if (Date.now() - started > MAX_VIRTUAL_MS) throw new Error(`Still waiting after ${MAX_VIRTUAL_MS} ms of time.`);
      await vi.advanceTimersToNextTimerAsync();
    }
  }

  return {
    /** The emulator's clock (`useEmulator(options, time)` passes it). */
    clock,
    track,
    /** Counts the requests the emulator's server is working on (`useEmulator` calls it). */
    watch(server: Server): void {
      if (servers.has(server)) return;
      servers.add(server);
      server.on('request', (_request, response: ServerResponse) => {
        open += 1;
        const test = generation;
        response.once('close', () => {
          if (test === generation) open -= 1;
        });
      });
    },
    /** The emulator's pending timers with `label` (`TIMER_LABELS`), e.g. the `waitForFinish` holds. */
    pending,
    /** Lets time pass until `work` settles; resolves or rejects as it does (within another `run()`, that one does). */
    async run<T>(work: Promise<T>): Promise<T> {
      if (driving) return work;
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
    /**
     * Resolves once `condition()` holds, without moving time itself: for code that runs under a `run()` (a handler,
     * a loop body), which checks it each time everything has settled, before time moves on.
     */
    when: (condition: () => boolean): Promise<void> =>
      condition() ? Promise.resolve() : new Promise((resolve) => waiters.add({ condition, resolve })),
    /** Lets time pass until `condition()` holds. */
    until: (condition: () => boolean): Promise<void> => drive(condition),
  };
}

export type FakeTime = ReturnType<typeof useFakeTime>;
