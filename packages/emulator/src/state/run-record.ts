import { EventEmitter } from 'node:events';
import type { Run, RunStatus, TerminalRunStatus } from '@apify-runs/types';
import { type Clock, dateOf, systemClock, TIMER_LABELS } from '../clock/clock.js';

export const TERMINAL_STATUSES: readonly TerminalRunStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED-OUT', 'ABORTED'];
export const isTerminal = (status: RunStatus): status is TerminalRunStatus =>
  (TERMINAL_STATUSES as readonly string[]).includes(status);

/** One planned status change: `afterMs` counts from when the plan starts. */
export interface PlannedStep {
  status: RunStatus;
  afterMs: number;
  statusMessage?: string;
}

/**
 * A run and its lifecycle: status changes (planned on timers or driven by actions and the admin API) and the
 * waiters that `waitForFinish` and log streaming park on.
 */
export class RunRecord {
  private readonly events = new EventEmitter();
  /** Cancels of the pending plan steps. */
  private readonly timers = new Set<() => void>();

  constructor(
    public run: Run,
    public readonly actorId: string,
    readonly clock: Clock = systemClock,
  ) {
    this.events.setMaxListeners(0);
  }

  get status(): RunStatus {
    return this.run.status;
  }

  get finished(): boolean {
    return isTerminal(this.run.status);
  }

  /** Moves the run to `status`, keeping `finishedAt`, `stats` and the message consistent, and wakes waiters. */
  setStatus(status: RunStatus, statusMessage?: string, now = dateOf(this.clock)): void {
    const run = this.run;
    run.status = status;
    if (statusMessage !== undefined) run.statusMessage = statusMessage;
    if (isTerminal(status)) {
      run.finishedAt = now.toISOString();
      const durationMillis = Math.max(0, now.getTime() - Date.parse(run.startedAt));
      run.stats = { ...run.stats, durationMillis, runTimeSecs: durationMillis / 1000 };
      if (run.exitCode === undefined || run.exitCode === null) run.exitCode = status === 'SUCCEEDED' ? 0 : 1;
      this.cancelPlan();
    } else {
      run.finishedAt = null;
    }
    this.events.emit('status', status);
  }

  /** Replaces any pending plan with `steps`, timed on the emulator's clock (timers never keep the process alive). */
  plan(steps: readonly PlannedStep[]): void {
    this.cancelPlan();
    for (const step of steps) {
      const cancel = this.clock.setTimer(
        step.afterMs,
        () => {
          this.timers.delete(cancel);
          this.setStatus(step.status, step.statusMessage);
        },
        TIMER_LABELS.runPlan,
      );
      this.timers.add(cancel);
    }
  }

  cancelPlan(): void {
    for (const cancel of [...this.timers]) cancel();
    this.timers.clear();
  }

  /** Resolves once the run is terminal, `ms` passed, or `signal` aborts; never rejects. */
  waitForFinish(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.finished || ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        cancel();
        this.events.off('status', onStatus);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const onStatus = () => {
        if (this.finished) done();
      };
      const cancel = this.clock.setTimer(ms, done, TIMER_LABELS.waitForFinish);
      this.events.on('status', onStatus);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  onStatus(listener: (status: RunStatus) => void): () => void {
    this.events.on('status', listener);
    return () => this.events.off('status', listener);
  }

  dispose(): void {
    this.cancelPlan();
    this.events.removeAllListeners();
  }
}
