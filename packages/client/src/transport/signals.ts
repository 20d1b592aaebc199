/** setTimeout fires at once for delays over 2^31-1 ms, so longer deadlines mean "no deadline". */
export const MAX_TIMER_MS = 2_147_483_647;

/** The reason an attempt's deadline aborts it with. */
export const deadlineReason = (ms: number): DOMException =>
  new DOMException(`The attempt timed out after ${ms} ms.`, 'TimeoutError');

/** A signal that aborts when any of `signals` does (`AbortSignal.any` where the runtime has it). */
export function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

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
  if (!stream && typeof AbortSignal.timeout === 'function') {
    deadline = AbortSignal.timeout(deadlineMs);
  } else {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(deadlineReason(deadlineMs)), deadlineMs);
    endDeadline = () => clearTimeout(timer);
    deadline = controller.signal;
  }
  return { signal: user ? anySignal(user, deadline) : deadline, deadline, endDeadline };
}
