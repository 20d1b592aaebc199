/**
 * Time as the emulator sees it. Everything time-based goes through one `Clock`: run plans and timeouts, graceful
 * aborts, `waitForFinish` holds, lock expiry, storage timestamps, log lines and `delay` faults. The default is the
 * system clock; tests pass a {@link ManualClock} and move time on by hand instead of sleeping.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /**
   * Calls `callback` once `ms` have passed on this clock, and returns a function that cancels it. Timers never keep
   * the process alive. `label` says what the timer is for (one of `TIMER_LABELS`), so a test can wait for it.
   */
  setTimer(ms: number, callback: () => void, label?: string): () => void;
}

/** What the emulator's own timers are for: the labels a test can wait for on a {@link ManualClock}. */
export const TIMER_LABELS = {
  /** A `GET` run with `waitForFinish` being held until the run finishes or the wait runs out. */
  waitForFinish: 'waitForFinish',
  /** A planned status change of a run (admin `plan`, graceful abort, the timeout of a resurrected run). */
  runPlan: 'run-plan',
  /** A `delay` fault holding a request. */
  faultDelay: 'fault-delay',
} as const;

/** The longest delay `setTimeout` honours (about 24.8 days); longer ones are split. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** The real clock: `Date.now()` and unref'd `setTimeout`, with delays of any length. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, callback) {
    let timer: NodeJS.Timeout | undefined;
    const due = Date.now() + Math.max(0, ms);
    const arm = () => {
      const left = due - Date.now();
      timer = setTimeout(left > MAX_TIMEOUT_MS ? arm : callback, Math.min(Math.max(0, left), MAX_TIMEOUT_MS));
      timer.unref();
    };
    arm();
    return () => clearTimeout(timer);
  },
};

/** The clock's time as a `Date`. */
export const dateOf = (clock: Clock): Date => new Date(clock.now());
