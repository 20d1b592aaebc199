import type { RunOrigin, RunStatus } from '@apify-runs/types';
import type { LastRunBase, RunBase } from './call/operations.js';
import type { Target } from './call/request.js';
import { actorRef, fillPath } from './encode.js';

const RUN_BASE: RunBase = '/v2/actor-runs/{runId}';
const LAST_RUN_BASE: LastRunBase = '/v2/acts/{actorId}/runs/last';

/** Which run a client addresses: one by ID, or the last run of an Actor matching `status` and `origin`. */
export type RunLocator = (Target & { kind: 'run'; runId: string }) | (Target & { kind: 'lastRun' });

export interface LastRunFilter {
  /** Only runs with this status, e.g. `SUCCEEDED`. */
  status?: RunStatus | undefined;
  /** Only runs started this way, e.g. `API`. */
  origin?: RunOrigin | undefined;
}

/** A run by ID: its path prefix is encoded once, here (an invalid ID throws `ApifyInputError`). */
export const runLocator = (runId: string): RunLocator => ({
  kind: 'run',
  runId,
  prefix: fillPath(RUN_BASE, { runId }),
});

/** The last run of an Actor; the filters travel as query parameters of every call. */
export function lastRunLocator(actorId: string, filter: LastRunFilter = {}): RunLocator {
  const ref = actorRef(actorId);
  // Left out of every query string while undefined (an empty string means none too).
  const query = { status: filter.status || undefined, origin: filter.origin || undefined };
  return { kind: 'lastRun', prefix: fillPath(LAST_RUN_BASE, { actorId: ref }), query };
}
