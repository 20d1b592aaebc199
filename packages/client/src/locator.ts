import type { RunOrigin, RunStatus } from '@apify-runs/types';
import { actorRef } from './encode.js';

/** Which run a client addresses: one by ID, or the last run of an Actor matching `status` and `origin`. */
export type RunLocator =
  | { kind: 'run'; runId: string }
  | { kind: 'lastRun'; actorId: string; status?: RunStatus; origin?: RunOrigin };

export interface LastRunFilter {
  /** Only runs with this status, e.g. `SUCCEEDED`. */
  status?: RunStatus;
  /** Only runs started this way, e.g. `API`. */
  origin?: RunOrigin;
}

export const runLocator = (runId: string): RunLocator => ({ kind: 'run', runId });
export const lastRunLocator = (actorId: string, filter: LastRunFilter = {}): RunLocator => ({
  kind: 'lastRun',
  actorId: actorRef(actorId),
  ...(filter.status ? { status: filter.status } : {}),
  ...(filter.origin ? { origin: filter.origin } : {}),
});

/**
 * The path template, path parameters and extra query of an operation under this locator. `suffix` is the part after
 * the base (`/dataset/items`); the result is the same operation in either endpoint group.
 */
export function locate(
  locator: RunLocator,
  suffix: string,
): { template: string; path: Record<string, string>; query: Record<string, unknown> } {
  if (locator.kind === 'run') {
    return { template: `/v2/actor-runs/{runId}${suffix}`, path: { runId: locator.runId }, query: {} };
  }
  return {
    template: `/v2/acts/{actorId}/runs/last${suffix}`,
    path: { actorId: locator.actorId },
    query: {
      ...(locator.status ? { status: locator.status } : {}),
      ...(locator.origin ? { origin: locator.origin } : {}),
    },
  };
}
