import type { ClientCore } from '../core.js';
import { fillPath, queryString } from '../encode.js';
import { unusableAnswer } from '../errors.js';
import type { Outgoing, Received, RequestOptions, RetryMode } from '../transport/types.js';
import type { Method, ParseAs, RawBody } from './operations.js';

/** Where a resource's operations live: the encoded path of its base, and the query every call under it carries. */
export interface Target {
  prefix: string;
  query?: Readonly<Record<string, unknown>> | undefined;
}

/** What a typed call site passes, as the runtime sees it (`OperationInit` and friends type it). */
export interface CallInit {
  path?: Readonly<Record<string, unknown>>;
  query?: Readonly<Record<string, unknown>>;
  header?: Readonly<Record<string, unknown>>;
  body?: unknown;
  rawBody?: RawBody;
  parseAs?: ParseAs;
  /** Default: `unsent-only` for POST, `idempotent` otherwise. */
  retry?: RetryMode;
  /** Added to the per-attempt deadline (long-polls hold the request this long on purpose). */
  extraTimeoutMs?: number;
}

/**
 * Builds one request of an operation under `target` and sends it through the client's transport. Input that cannot
 * become a request (a key `..`, a lone surrogate) rejects the returned promise; nothing throws synchronously.
 */
export function request(
  core: ClientCore,
  target: Target,
  method: Method,
  suffix: string,
  init: CallInit,
  options?: RequestOptions,
): Promise<Received> {
  try {
    return core.send(outgoing(core, target, method, suffix, init), options);
  } catch (error) {
    return Promise.reject(error);
  }
}

function outgoing(core: ClientCore, target: Target, method: Method, suffix: string, init: CallInit): Outgoing {
  const path = target.prefix + fillPath(suffix, init.path);
  const { options: resolved } = core;
  // A bodiless call without header parameters sends the client's own headers object, built once.
  let headers = resolved.headers;
  let body: Outgoing['body'];
  const { rawBody, header } = init;
  if (rawBody || init.body !== undefined || header) headers = { ...headers };
  if (rawBody) {
    body = rawBody.data;
    headers['content-type'] = rawBody.contentType;
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] = 'application/json';
  }
  for (const name in header) if (header[name] !== undefined) headers[name.toLowerCase()] = String(header[name]);
  const verb = method.toUpperCase() as Outgoing['method'];
  return {
    method: verb,
    url: resolved.baseUrl + path + queryString(target.query, init.query),
    path,
    headers,
    body,
    parseAs: init.parseAs ?? 'json',
    retry: init.retry ?? (verb === 'POST' ? 'unsent-only' : 'idempotent'),
    extraTimeoutMs: init.extraTimeoutMs ?? 0,
  };
}

/**
 * Like `request`, for an operation whose success body is `{ data: {...} }`: resolves with that `data`. A body without
 * it is an `ApifyResponseError`, never `undefined` (which would read as "not found").
 */
export async function requestData(
  core: ClientCore,
  target: Target,
  method: Method,
  suffix: string,
  init: CallInit,
  options?: RequestOptions,
): Promise<unknown> {
  const received = await request(core, target, method, suffix, init, options);
  const body = received.data as { data?: unknown } | null | undefined;
  const data = body !== null && typeof body === 'object' ? body.data : undefined;
  if (data !== null && typeof data === 'object') return data;
  throw unusableAnswer('No `data` in the body', received);
}
