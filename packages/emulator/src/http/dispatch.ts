import type { IncomingMessage, ServerResponse } from 'node:http';
import { carriesSignature, checkStorageAccess } from '../access/storage-access.js';
import type { HandlerTable } from '../handlers/types.js';
import type { OperationInfo } from '../spec/operations.js';
import type { RunRecord } from '../state/run-record.js';
import type { EmulatorState } from '../state/state.js';
import { ApiError, NOT_FOUND } from './api-error.js';
import { authenticate, isRead, tokenOf } from './auth.js';
import { readBody } from './body.js';
import { parseParams, validateJsonBody } from './params.js';
import { type Reply, sendError, sendReply } from './reply.js';
import type { Router } from './router.js';

/** Something that may answer a request before the API does (admin routes, fault injection). */
export type Interceptor = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface DispatchOptions {
  state: EmulatorState;
  router: Router;
  handlers: HandlerTable;
  /** Handlers that validate their JSON body themselves (to answer with richer errors than the generic 400). */
  ownBodyValidation?: ReadonlySet<string>;
  interceptors: Interceptor[];
  /** Called with unexpected errors (bugs): the client still gets an Apify-shaped 500. */
  onError?: (error: unknown) => void;
}

const isJsonType = (type: string) => /^application\/([\w.+-]*\+)?json\b/i.test(type);

/** Serves one request: interceptors, routing, auth, input validation, then the operation's handler. */
export async function dispatch(options: DispatchOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  try {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    for (const intercept of options.interceptors) {
      if (await intercept(req, res, url)) return;
    }
    // Clients that can only send GET may pass the real method as ?method= (apify-api-facts.md §1.2).
    const override = url.searchParams.get('method');
    const method = (override ?? req.method ?? 'GET').toUpperCase();
    const route = options.router.match(method, url.pathname);
    if (!route) throw NOT_FOUND.page(url.pathname);
    const { operation, params } = route;
    const caller = authenticate(options.state, operation, tokenOf(req, url), carriesSignature(operation, url));
    const parsed = parseParams(operation, url, req.headers);
    const locateRun = () => locate(options.state, operation, params, parsed.query, caller.userId);
    checkStorageAccess({
      operation,
      path: params,
      query: parsed.query,
      caller,
      state: options.state,
      locate: locateRun,
    });
    let body: unknown;
    let raw: { bytes: Buffer; contentType: string } | undefined;
    if (operation.body) {
      const bytes = await readBody(req);
      const contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
      if (bytes.length === 0 && operation.body.required) {
        throw new ApiError(400, 'invalid-request', 'The request body is required.');
      }
      if (bytes.length > 0) {
        raw = { bytes, contentType };
        const jsonOnly = !operation.body.mediaTypes.some((type) => type !== 'application/json');
        if (operation.body.jsonSchema && (isJsonType(contentType) || jsonOnly)) {
          try {
            body = JSON.parse(bytes.toString('utf8'));
          } catch {
            throw new ApiError(400, 'invalid-request', 'The request body is not valid JSON.');
          }
          if (!options.ownBodyValidation?.has(operation.handlerId)) validateJsonBody(operation.body.jsonSchema, body);
        }
      }
    } else {
      req.resume();
    }
    const context = {
      operation,
      query: parsed.query,
      header: parsed.header,
      path: params,
      body,
      ...(raw ? { raw } : {}),
      caller,
      state: options.state,
      locate: locateRun,
      signal: abort.signal,
      req,
      url,
    };
    const handler = options.handlers[operation.handlerId as keyof HandlerTable] as (c: typeof context) => unknown;
    const reply = (await handler(context)) as Reply;
    await sendReply(res, reply);
  } catch (error) {
    if (error instanceof ApiError) {
      sendError(res, error.status, error.body(), error.headers);
      return;
    }
    options.onError?.(error);
    sendError(res, 500, { error: { type: 'internal-server-error', message: 'Internal server error.' } });
  }
}

function locate(
  state: EmulatorState,
  operation: OperationInfo,
  params: Record<string, string>,
  query: Record<string, unknown>,
  userId: string | undefined,
): RunRecord {
  let record: RunRecord | undefined;
  if (operation.group === 'run') {
    record = state.runs.get(params.runId ?? '');
  } else {
    const actor = state.resolveActor(params.actorId ?? '', userId);
    if (!actor) throw NOT_FOUND.actor();
    record = state.lastRun(actor.id, {
      ...(query.status ? { status: query.status as RunRecord['status'] } : {}),
      ...(query.origin ? { origin: query.origin as RunRecord['run']['meta']['origin'] } : {}),
    });
  }
  if (!record) throw NOT_FOUND.run();
  if (!isRead(operation) && userId !== record.run.userId) {
    throw new ApiError(403, 'insufficient-permissions', 'You do not have permission to perform this action.');
  }
  return record;
}
