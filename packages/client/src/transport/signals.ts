/** setTimeout fires at once for delays over 2^31-1 ms, so longer deadlines mean "no deadline". */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * The signals of one attempt. `signal` is what the request carries: the caller's signal, the deadline, both, or
 * none. A whole-body read keeps the deadline to the end of the body (`AbortSignal.timeout`, nothing to clean up); a
 * streamed body ends it when the headers arrive (`endDeadline`), since a download may rightly outlast any deadline.
 */
export interface AttemptSignals {
  signal: AbortSignal | undefined;
  deadline: AbortSignal | undefined;
  endDeadline(): void;
}

const noop = () => {};

export function attemptSignals(user: AbortSignal | undefined, deadlineMs: number, stream: boolean): AttemptSignals {
  if (!(deadlineMs > 0 && deadlineMs <= MAX_TIMER_MS)) return { signal: user, deadline: undefined, endDeadline: noop };
  let deadline: AbortSignal;
  let endDeadline = noop;
  if (stream) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), deadlineMs);
    endDeadline = () => clearTimeout(timer);
    deadline = controller.signal;
  } else {
    deadline = AbortSignal.timeout(deadlineMs);
  }
  return { signal: user ? AbortSignal.any([user, deadline]) : deadline, deadline, endDeadline };
}
