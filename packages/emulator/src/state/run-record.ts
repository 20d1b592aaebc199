import { EventEmitter } from 'node:events';
import type { Run, RunStatus, TerminalRunStatus } from '@apify-runs/types';

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
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    public run: Run,
    public readonly actorId: string,
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
  setStatus(status: RunStatus, statusMessage?: string, now = new Date()): void {
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

  /** Replaces any pending plan with `steps`, run on unref'd timers so they never keep the process alive. */
  plan(steps: readonly PlannedStep[]): void {
    this.cancelPlan();
    for (const step of steps) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.setStatus(step.status, step.statusMessage);
      }, step.afterMs);
      timer.unref();
      this.timers.add(timer);
    }
  }

  cancelPlan(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Resolves once the run is terminal, `ms` passed, or `signal` aborts; never rejects. */
  waitForFinish(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.finished || ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.events.off('status', onStatus);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const onStatus = () => {
        if (this.finished) done();
      };
      const timer = setTimeout(done, ms);
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
