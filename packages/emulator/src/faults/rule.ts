import { badRequest } from '../http/api-error.js';

/** Which requests a rule applies to; every given field must match (an empty match takes every API request). */
export interface FaultMatch {
  /** HTTP method, case-insensitive (the `?method=` override counts). */
  method?: string;
  /** Path glob: `*` matches within one segment, `**` across segments, e.g. `/v2/actor-runs/*\/dataset/**`. */
  path?: string;
  /** Regular expression source tested against the path, e.g. `^/v2/acts/[^/]+/runs/last`. */
  pathRegex?: string;
  /** Spec operationId (`actorRun_dataset_items_get`) or its group-free form (`dataset_items_get`: both groups). */
  operationId?: string;
}

/** What a matching request gets instead of (or on top of) the normal answer. */
export type FaultAction =
  /** An Apify-shaped error response; `retryAfter` (seconds) becomes a `Retry-After` header. */
  | { kind: 'status'; status: number; type?: string; message?: string; retryAfter?: number }
  /** The socket is destroyed without any response. */
  | { kind: 'reset' }
  /** The request waits `ms`, then is served normally. */
  | { kind: 'delay'; ms: number }
  /** The real response is sent, but the body stops after `bytes` bytes and the socket is destroyed. */
  | { kind: 'truncate'; bytes: number }
  /** No answer at all until the client gives up. */
  | { kind: 'hang' }
  /**
   * This answer instead of the real one: a misbehaving server or proxy (a success status with a body that is not
   * JSON, or JSON of another shape). Default status 200 and content type `application/json`.
   */
  | { kind: 'body'; body: string; status?: number; contentType?: string };

/** A fault injection rule. */
export interface FaultRule {
  match?: FaultMatch;
  fault: FaultAction;
  /** Fire this many times, then retire (default: forever). */
  times?: number;
  /** Chance (0–1) that a matching request gets the fault; drawn from a PRNG seeded with `seed`. Default 1. */
  probability?: number;
  /** Seed of this rule's PRNG; the same seed and request sequence give the same faults. Default: random. */
  seed?: number;
}

/** Default error `type` per status, following the API's error vocabulary. */
export function defaultErrorType(status: number): string {
  if (status === 429) return 'rate-limit-exceeded';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'internal-server-error';
  return 'invalid-request';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function optionalString(source: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = source[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`${where}.${key} must be a string.`);
  return value;
}

function number(value: unknown, where: string, min: number, max: number, integer = true): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw badRequest(`${where} must be a number from ${min} to ${max}.`);
  }
  if (integer && !Number.isInteger(value)) throw badRequest(`${where} must be an integer.`);
  return value;
}

function parseMatch(input: unknown): FaultMatch | undefined {
  if (input === undefined) return undefined;
  if (!isObject(input)) throw badRequest('match must be an object.');
  const match: FaultMatch = {};
  for (const key of ['method', 'path', 'pathRegex', 'operationId'] as const) {
    const value = optionalString(input, key, 'match');
    if (value !== undefined) match[key] = value;
  }
  if (match.pathRegex !== undefined) {
    try {
      new RegExp(match.pathRegex);
    } catch {
      throw badRequest('match.pathRegex is not a valid regular expression.');
    }
  }
  return match;
}

function parseAction(input: unknown): FaultAction {
  if (!isObject(input)) throw badRequest('fault must be an object with a "kind".');
  switch (input.kind) {
    case 'status': {
      const action: FaultAction = { kind: 'status', status: number(input.status, 'fault.status', 400, 599) };
      const type = optionalString(input, 'type', 'fault');
      const message = optionalString(input, 'message', 'fault');
      if (type !== undefined) action.type = type;
      if (message !== undefined) action.message = message;
      if (input.retryAfter !== undefined) action.retryAfter = number(input.retryAfter, 'fault.retryAfter', 0, 86_400);
      return action;
    }
    case 'reset':
    case 'hang':
      return { kind: input.kind };
    case 'delay':
      return { kind: 'delay', ms: number(input.ms, 'fault.ms', 0, 600_000) };
    case 'truncate':
      return { kind: 'truncate', bytes: number(input.bytes, 'fault.bytes', 0, Number.MAX_SAFE_INTEGER) };
    case 'body': {
      const body = optionalString(input, 'body', 'fault');
      if (body === undefined) throw badRequest('fault.body must be a string.');
      const action: FaultAction = { kind: 'body', body };
      if (input.status !== undefined) action.status = number(input.status, 'fault.status', 200, 599);
      const contentType = optionalString(input, 'contentType', 'fault');
      if (contentType !== undefined) action.contentType = contentType;
      return action;
    }
    default:
      throw badRequest('fault.kind must be one of status, reset, delay, truncate, hang, body.');
  }
}

/** Checks untrusted input (an admin API body) and returns it as a rule; 400 `invalid-value` when it is not one. */
export function parseFaultRule(input: unknown): FaultRule {
  if (!isObject(input)) throw badRequest('A fault rule must be a JSON object.');
  const match = parseMatch(input.match);
  const rule: FaultRule = { fault: parseAction(input.fault), ...(match ? { match } : {}) };
  if (input.times !== undefined) rule.times = number(input.times, 'times', 1, Number.MAX_SAFE_INTEGER);
  if (input.probability !== undefined) rule.probability = number(input.probability, 'probability', 0, 1, false);
  if (input.seed !== undefined) rule.seed = number(input.seed, 'seed', 0, 0xffff_ffff);
  return rule;
}
