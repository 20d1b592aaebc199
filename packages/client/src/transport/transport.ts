import type { ResolvedOptions } from '../options.js';
import type { AttemptPolicy, Transport } from './types.js';

/** PLACEHOLDER (the transport work replaces it): one attempt, no retries. */
export function createTransport(options: ResolvedOptions): Transport {
  return (request: Request, policy: AttemptPolicy) =>
    options.fetch(request, policy.signal ? { signal: policy.signal } : {});
}

/** Which attempt produced a response (1 = first); set by the transport. */
export const attemptOf = (_response: Response): number => 1;
