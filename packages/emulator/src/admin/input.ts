import type { RunOrigin, RunStatus } from '@apify-runs/types';
import { badRequest } from '../http/api-error.js';
import { validateJsonBody } from '../http/params.js';
import { deref, loadSpec } from '../spec/document.js';

/** Checks of admin request bodies: untrusted JSON in, typed values out, 400 `invalid-value` otherwise. */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function object(value: unknown, where = 'The request body'): Json {
  if (!isObject(value)) throw badRequest(`${where} must be a JSON object.`, 'invalid-request');
  return value;
}

export function str(body: Json, key: string, required: true): string;
export function str(body: Json, key: string, required?: false): string | undefined;
export function str(body: Json, key: string, required = false): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) {
    if (required) throw badRequest(`"${key}" is required.`);
    return undefined;
  }
  if (typeof value !== 'string' || value === '') throw badRequest(`"${key}" must be a non-empty string.`);
  return value;
}

export function int(body: Json, key: string, min: number, max: number, required = false): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) {
    if (required) throw badRequest(`"${key}" is required.`);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`"${key}" must be an integer from ${min} to ${max}.`);
  }
  return value;
}

export function date(body: Json, key: string): Date | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const parsed = typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime())) throw badRequest(`"${key}" must be an ISO 8601 date.`);
  return parsed;
}

function specEnum(schema: string): readonly string[] {
  const document = loadSpec();
  const node = deref<{ enum?: string[] }>(document, { $ref: `#/components/schemas/${schema}` });
  return node?.enum ?? [];
}

let statuses: readonly string[] | undefined;
let origins: readonly string[] | undefined;

/** A run status the spec's `ActorJobStatus` enum allows. */
export function runStatus(value: unknown, key = 'status'): RunStatus {
  statuses ??= specEnum('ActorJobStatus');
  if (typeof value !== 'string' || !statuses.includes(value)) {
    throw badRequest(`"${key}" must be one of ${statuses.join(', ')}.`);
  }
  return value as RunStatus;
}

/** A run origin the spec's `RunOrigin` enum allows. */
export function runOrigin(value: unknown): RunOrigin {
  origins ??= specEnum('RunOrigin');
  if (typeof value !== 'string' || !origins.includes(value)) {
    throw badRequest(`"origin" must be one of ${origins.join(', ')}.`);
  }
  return value as RunOrigin;
}

/** Apify-like IDs: what the emulator generates and what routes can carry unescaped. */
export function id(body: Json, key: string): string | undefined {
  const value = str(body, key);
  if (value !== undefined && !/^[A-Za-z0-9]{1,64}$/.test(value)) {
    throw badRequest(`"${key}" must be 1–64 letters and digits.`);
  }
  return value;
}

/** Key-value store keys: at most 256 characters of `a-zA-Z0-9!-_.'()` (apify-api-facts.md §1). */
export function recordKey(key: string): string {
  if (!/^[a-zA-Z0-9!\-_.'()]{1,256}$/.test(key)) {
    throw badRequest(
      `The key "${key.slice(0, 300)}" is not valid: use 1–256 characters of a-zA-Z0-9!-_.'().`,
      'invalid-record-key',
    );
  }
  return key;
}

let partialRunOptions: Record<string, unknown> | undefined;

/** Run options as the spec's `RunOptions` schema allows them, every field optional. */
export function runOptions(value: unknown): Json {
  const options = object(value, '"options"');
  partialRunOptions ??= {
    ...deref<Record<string, unknown>>(loadSpec(), { $ref: '#/components/schemas/RunOptions' }),
    required: [],
  };
  validateJsonBody(partialRunOptions, options);
  return options;
}
