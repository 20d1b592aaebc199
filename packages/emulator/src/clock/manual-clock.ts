import type { Clock } from './clock.js';

interface PendingTimer {
  id: number;
  at: number;
  label: string;
  callback: () => void;
}

/** A pending timer of a {@link ManualClock}, as `pending()` lists it. */
export interface ClockTimer {
  label: string;
  at: Date;
}

/** Lets the emulator react to what just happened (I/O callbacks, promise chains) before time moves on. */
const settle = async () => {
  for (let round = 0; round < 3; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};

const timeOf = (value: Date | number | string, what: string): number => {
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) throw new RangeError(`${what} is not a valid date: ${String(value)}`);
  return time;
};

/**
 * A clock that stands still until told to move: for tests that control time instead of sleeping. Pass it to
 * `startEmulator({ clock })` (or start the CLI with `--clock manual`), then `advance()` it: run plans play, held
 * `waitForFinish` requests answer and locks expire exactly when the clock passes their time, and never otherwise.
 *
 * @example
 * ```ts
 * const clock = new ManualClock('2025-01-01T00:00:00Z');
 * const emulator = await startEmulator({ clock, tokens: ['t'] });
 * const { run } = emulator.admin.createRun({ actorId, status: 'RUNNING', plan: [{ status: 'SUCCEEDED', afterMs: 30_000 }] });
 * const waiting = fetch(`${emulator.url}/v2/actor-runs/${run.id}?waitForFinish=60`);
 * await clock.whenPending('waitForFinish'); // the server now holds the request
 * await clock.advance(30_000);               // the plan fires: the held request answers SUCCEEDED
 * ```
 */
export class ManualClock implements Clock {
  private current: number;
  private readonly timers: PendingTimer[] = [];
  private readonly watchers = new Set<() => void>();
  private nextId = 1;
  private dueScheduled = false;

  /** Starts at `start` (default: the real time now). */
  constructor(start: Date | number | string = Date.now()) {
    this.current = timeOf(start, 'The start of the clock');
  }

  now(): number {
    return this.current;
  }

  setTimer(ms: number, callback: () => void, label = 'timer'): () => void {
    const delay = Number.isFinite(ms) ? Math.max(0, ms) : ms > 0 ? Number.MAX_SAFE_INTEGER : 0;
    const timer: PendingTimer = { id: this.nextId++, at: this.current + delay, label, callback };
    // Sorted by due time, then by creation: timers due at the same instant fire in the order they were set.
    let index = this.timers.length;
    while (index > 0 && (this.timers[index - 1] as PendingTimer).at > timer.at) index -= 1;
    this.timers.splice(index, 0, timer);
    if (delay === 0) this.fireDueSoon();
    for (const watcher of [...this.watchers]) watcher();
    return () => {
      const at = this.timers.indexOf(timer);
      if (at >= 0) this.timers.splice(at, 1);
    };
  }

  /** The pending timers, soonest first; only those with `label` when given. */
  pending(label?: string): ClockTimer[] {
    return this.timers
      .filter((timer) => label === undefined || timer.label === label)
      .map((timer) => ({ label: timer.label, at: new Date(timer.at) }));
  }

  /**
   * Moves time forward by `ms`, firing every timer due on the way in order, each at its own time, and letting the
   * emulator react to each before the next. Resolves with the number of timers fired.
   */
  advance(ms: number): Promise<number> {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`advance() takes a finite ms >= 0, got ${ms}`);
    return this.advanceTo(this.current + ms);
  }

  /** Moves time forward to `time` (never back), as {@link advance} does. */
  async advanceTo(time: Date | number | string): Promise<number> {
    const target = timeOf(time, 'The target time');
    if (target < this.current) {
      throw new RangeError(`The clock only moves forward: ${new Date(target).toISOString()} is in its past.`);
    }
    await settle();
    let fired = 0;
    for (;;) {
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      this.current = Math.max(this.current, next.at);
      next.callback();
      fired += 1;
      await settle();
    }
    this.current = target;
    await settle();
    return fired;
  }

  /**
   * Resolves once at least `count` timers labelled `label` are pending, e.g. `whenPending('waitForFinish')` once the
   * server holds a `waitForFinish` request, so advancing the clock cannot race the request's arrival.
   */
  whenPending(label: string, count = 1, signal?: AbortSignal): Promise<ClockTimer[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.pending(label);
        if (found.length < count) return;
        done();
        resolve(found);
      };
      const aborted = () => {
        done();
        reject(signal?.reason ?? new Error('aborted'));
      };
      const done = () => {
        this.watchers.delete(check);
        signal?.removeEventListener('abort', aborted);
      };
      if (signal?.aborted) return aborted();
      this.watchers.add(check);
      signal?.addEventListener('abort', aborted, { once: true });
      check();
    });
  }

  /** Timers set for "now" fire on their own, as with real timers: nobody needs to advance for them. */
  private fireDueSoon(): void {
    if (this.dueScheduled) return;
    this.dueScheduled = true;
    setImmediate(() => {
      this.dueScheduled = false;
      while (this.timers[0] && this.timers[0].at <= this.current) (this.timers.shift() as PendingTimer).callback();
    });
  }
}
