/** setTimeout fires at once for delays over 2^31-1 ms, so longer deadlines mean "no deadline". */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * The signals of one attempt. `signal` is what the request carries: the caller's signal, the deadline, both
 * (combined with `AbortSignal.any` only then), or none. `endDeadline()` clears the deadline's timer: at the end of
 * the attempt, or when the headers arrive for a streamed body, since a download may rightly outlast any deadline.
 * (A timer cleared per attempt measured cheaper than `AbortSignal.timeout`, whose timers live until GC.)
 */
export interface AttemptSignals {
  signal: AbortSignal | undefined;
  deadline: AbortSignal | undefined;
  endDeadline(): void;
}

const noop = () => {};

export function attemptSignals(user: AbortSignal | undefined, deadlineMs: number): AttemptSignals {
  if (!(deadlineMs > 0 && deadlineMs <= MAX_TIMER_MS)) return { signal: user, deadline: undefined, endDeadline: noop };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), deadlineMs);
  const deadline = controller.signal;
  return {
    signal: user ? AbortSignal.any([user, deadline]) : deadline,
    deadline,
    endDeadline: () => clearTimeout(timer),
  };
}
