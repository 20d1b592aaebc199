import { badRequest } from '../http/api-error.js';
import type { OperationInfo } from '../spec/operations.js';
import type { FaultMatch } from './rule.js';

/** A request as the matcher sees it. */
export interface RequestFacts {
  method: string;
  path: string;
}

/** Compiles a path glob: `**` spans segments, `*` stays within one, everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        source += '.*';
        i++;
      } else source += '[^/]*';
    } else source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Turns a `FaultMatch` into a predicate, resolving operationIds through the spec's path patterns once. */
export function compileMatch(
  match: FaultMatch | undefined,
  operations: () => readonly OperationInfo[],
): (request: RequestFacts) => boolean {
  const method = match?.method?.toUpperCase();
  const glob = match?.path !== undefined ? globToRegExp(match.path) : undefined;
  const regex = match?.pathRegex !== undefined ? new RegExp(match.pathRegex) : undefined;
  const wanted = match?.operationId;
  const targets = wanted
    ? operations().filter((op) => op.operationId === wanted || op.handlerId === wanted)
    : undefined;
  if (targets?.length === 0) throw badRequest(`match.operationId "${wanted}" is not an operation of the spec.`);
  return (request) => {
    if (method && request.method !== method) return false;
    if (glob && !glob.test(request.path)) return false;
    if (regex && !regex.test(request.path)) return false;
    if (targets) {
      // Same normalisation as the router: no trailing slash, `/v2/actors/` is `/v2/acts/`.
      const path = request.path.replace(/(.)\/+$/, '$1').replace(/^\/v2\/actors\//, '/v2/acts/');
      return targets.some((op) => op.method === request.method && op.pattern.test(path));
    }
    return true;
  };
}

/** mulberry32: a tiny, fast PRNG with a 32-bit state, so a seed reproduces the same draws. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
