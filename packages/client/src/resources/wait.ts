import type { Run, TerminalRunStatus } from '@apify-runs/types';
import { ApifyTimeoutError, ApifyUserAbortError, checkNumber, isNotFound } from '../errors.js';
import { MAX_TIMER_MS } from '../transport/signals.js';
import { sleep } from '../transport/sleep.js';

/** The statuses a run does not leave on its own (resurrect can still restart it). */
export const TERMINAL_STATUSES: readonly TerminalRunStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED-OUT', 'ABORTED'];

/** True when `status` is one of {@link TERMINAL_STATUSES}. */
export const isTerminalStatus = (status: string): status is TerminalRunStatus =>
  (TERMINAL_STATUSES as readonly string[]).includes(status);

/** A run in a terminal status, as `waitForFinish()` resolves it. */
export type FinishedRun = Run & { status: TerminalRunStatus };

/** Longest hold the server grants one `waitForFinish` request, in seconds. */
export const MAX_WAIT_SECS = 60;
/** Least time between the starts of two polls, so a server that ignores `waitForFinish` cannot make us spin. */
const MIN_POLL_INTERVAL_MS = 1_000;
/** How long a 404 right after the start still counts as replica lag rather than a missing run. */
const REPLICA_LAG_MS = 3_000;
const REPLICA_LAG_RETRY_MS = 250;

/**
 * `waitForFinish()` ran out of time before the run finished. Unlike `apify-client`, which resolves with the
 * unfinished run, this rejects; the last run seen is in `run` (undefined if none was seen).
 */
export class RunWaitTimeoutError extends ApifyTimeoutError {
  override name = 'RunWaitTimeoutError';
  /** The run as last seen, still in a non-terminal status; undefined when no poll answered. */
  readonly run: Run | undefined;
  constructor(waitSecs: number, run: Run | undefined, cause?: unknown) {
    const status = run ? `; last status ${run.status}` : '';
    super(`The run did not finish in ${waitSecs} s${status}.`, { cause, mayHaveReachedServer: false });
    this.run = run;
  }
}

/** Parameters of `waitForFinish()`. The caller's `signal` (in the options) stops the wait, also mid-poll. */
export interface WaitForFinishParams {
  /** Overall time to wait, in seconds (as `apify-client` and the Python client call it); default: no limit. */
  waitSecs?: number | undefined;
  /** Longest hold asked of the server per poll, 0–60 s; default 60. */
  pollSecs?: number | undefined;
}

/** One poll: GET the run, held up to `waitSecs` by the server; `runId` pins it once known. Throws on 404. */
export type PollRun = (poll: { waitSecs: number; signal: AbortSignal; runId: string | undefined }) => Promise<Run>;

/** The error to throw when the caller's signal fired; keeps an `ApifyUserAbortError` the transport already made. */
export function userAbortError(signal: AbortSignal | undefined, cause?: unknown): ApifyUserAbortError {
  if (cause instanceof ApifyUserAbortError) return cause;
  return new ApifyUserAbortError('Aborted.', { cause: cause ?? signal?.reason });
}

/**
 * Polls until the run reaches a terminal status and resolves with it. Each poll asks the server to hold the request
 * (long-poll); a quick answer without a terminal status is followed by a short pause.
 */
export async function waitForRun(
  poll: PollRun,
  params: WaitForFinishParams,
  userSignal: AbortSignal | undefined,
): Promise<FinishedRun> {
  const { waitSecs } = params;
  if (waitSecs !== undefined) checkNumber(waitSecs, 'waitSecs');
  const pollSecs = checkNumber(params.pollSecs ?? MAX_WAIT_SECS, 'pollSecs');
  let run: Run | undefined;
  for await (run of pollRun(poll, pollSecs, MIN_POLL_INTERVAL_MS, waitSecs, userSignal));
  return run as FinishedRun;
}

/**
 * Yields the run as each poll sees it, until (and including) the first terminal status. Every poll (but the first,
 * unless `holdFirst`) asks the server to hold the request up to `holdSecs` (it answers at once when the run
 * finishes) and starts at least `intervalMs` after the one before, so a server that ignores the hold cannot make it
 * spin. The first run seen is followed by ID
 * (a last run cannot change mid-way); a 404 in the first 3 s is retried (replica lag). `waitSecs` bounds it all
 * (`RunWaitTimeoutError`), the signal stops it (`ApifyUserAbortError`), also mid-poll.
 */
export async function* pollRun(
  poll: PollRun,
  holdSecs: number,
  intervalMs: number,
  waitSecs: number | undefined,
  userSignal: AbortSignal | undefined,
  holdFirst = true,
): AsyncGenerator<Run, void, undefined> {
  const hold = Math.min(MAX_WAIT_SECS, Math.floor(holdSecs));
  const started = Date.now();
  const limitMs = waitSecs === undefined ? Number.POSITIVE_INFINITY : waitSecs * 1000;
  // One signal for polls and pauses: the caller's abort or our deadline, told apart when it fires.
  const deadline = new AbortController();
  const signal = userSignal ? AbortSignal.any([userSignal, deadline.signal]) : deadline.signal;
  const timer = limitMs <= MAX_TIMER_MS ? setTimeout(() => deadline.abort(), limitMs) : undefined;
  let last: Run | undefined;
  const stopped = (cause?: unknown) =>
    userSignal?.aborted ? userAbortError(userSignal, cause) : new RunWaitTimeoutError(waitSecs ?? 0, last, cause);
  try {
    for (;;) {
      const left = started + limitMs - Date.now();
      if (signal.aborted || left <= 0) throw stopped();
      const pollStarted = Date.now();
      let run: Run;
      try {
        // A hold ends half a second before the deadline at the latest, so its answer (the last run seen) arrives
        // before the deadline cuts the request; whole seconds, as the spec types the parameter.
        const waitSecs = last || holdFirst ? Math.max(0, Math.min(hold, Math.floor((left - 500) / 1000))) : 0;
        run = await poll({ waitSecs, signal, runId: last?.id });
      } catch (error) {
        if (signal.aborted) throw stopped(error);
        // A run just started may not be visible on every replica yet.
        if (!isNotFound(error) || last || Date.now() - started >= REPLICA_LAG_MS) throw error;
        await sleep(REPLICA_LAG_RETRY_MS, signal).catch(() => {});
        continue;
      }
      last = run;
      yield run;
      if (isTerminalStatus(run.status)) return;
      // A pause that the deadline cuts short ends the wait at the top of the loop.
      await sleep(Math.max(0, intervalMs - (Date.now() - pollStarted)), signal).catch(() => {});
    }
  } finally {
    clearTimeout(timer);
  }
}
