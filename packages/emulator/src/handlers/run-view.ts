import type { Run } from '@apify-runs/types';
import type { Caller } from './types.js';

/**
 * The run as a caller may see it: without a token (or as another user) usage figures are left out
 * (apify-api-facts.md §1.3).
 */
export function runView(run: Run, caller: Caller): Run {
  if (caller.userId === run.userId) return structuredClone(run);
  const { usageUsd: _usageUsd, usageTotalUsd: _usageTotalUsd, ...visible } = structuredClone(run);
  return visible;
}
