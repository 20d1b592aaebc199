import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, badRequest } from '../http/api-error.js';
import { readBody } from '../http/body.js';
import { isCrossOriginBrowserRequest } from '../http/cors.js';
import { noContent, type Reply, sendError, sendReply } from '../http/reply.js';
import type { Emulator } from '../server.js';
import type { PlannedStep } from '../state/run-record.js';
import type { AdminRequestInput, AdminRunInput, EmulatorAdmin } from './admin.js';
import { date, id, int, isObject, type Json, object, runOptions, runOrigin, runStatus, str } from './input.js';

/** Admin bodies skip the API's 9 MB limit (seeding big datasets is the point) but stay bounded. */
export const ADMIN_BODY_LIMIT = 256 * 1024 * 1024;

interface AdminRequest {
  admin: EmulatorAdmin;
  params: Record<string, string>;
  req: IncomingMessage;
  url: URL;
}

type AdminHandler = (request: AdminRequest) => Promise<Reply> | Reply;

interface AdminRoute {
  method: string;
  pattern: RegExp;
  names: string[];
  handle: AdminHandler;
}

const PREFIX = '/__emulator';

function route(method: string, template: string, handle: AdminHandler): AdminRoute {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${PREFIX}${source}/?$`), names, handle };
}

const ok = (data: unknown, status = 200): Reply => ({ status, json: { data } });

async function json(req: IncomingMessage): Promise<unknown> {
  const bytes = await readBody(req, ADMIN_BODY_LIMIT);
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw badRequest('The request body is not valid JSON.', 'invalid-request');
  }
}

function plan(value: unknown): PlannedStep[] {
  if (!Array.isArray(value)) throw badRequest('"plan" must be an array of { status, afterMs, statusMessage? }.');
  return value.map((raw) => {
    const step = object(raw, 'Each plan step');
    const statusMessage = str(step, 'statusMessage');
    return {
      status: runStatus(step.status),
      afterMs: int(step, 'afterMs', 0, 2_147_483_647, true) as number,
      ...(statusMessage !== undefined ? { statusMessage } : {}),
    };
  });
}

function runInput(body: Json): AdminRunInput {
  const input: AdminRunInput = { actorId: str(body, 'actorId', true) };
  const runId = id(body, 'id');
  if (runId) input.id = runId;
  if (body.status !== undefined) input.status = runStatus(body.status);
  const statusMessage = str(body, 'statusMessage');
  if (statusMessage !== undefined) input.statusMessage = statusMessage;
  if (body.origin !== undefined) input.origin = runOrigin(body.origin);
  const startedAt = date(body, 'startedAt');
  if (startedAt) input.startedAt = startedAt;
  const finishedAt = date(body, 'finishedAt');
  if (finishedAt) input.finishedAt = finishedAt;
  if (body.plan !== undefined) input.plan = plan(body.plan);
  if (body.options !== undefined) input.options = runOptions(body.options);
  for (const key of ['defaultDatasetId', 'defaultKeyValueStoreId', 'defaultRequestQueueId'] as const) {
    const value = id(body, key);
    if (value) input[key] = value;
  }
  return input;
}

function items(body: unknown): Record<string, unknown>[] {
  const list = Array.isArray(body) ? body : [body];
  list.forEach((item, index) => {
    if (!isObject(item)) throw badRequest(`Item at position ${index} is not a JSON object.`);
  });
  return list as Record<string, unknown>[];
}

function requests(body: unknown): AdminRequestInput[] {
  const list = Array.isArray(body) ? body : [body];
  return list.map((raw, index) => {
    const request = object(raw, `Request at position ${index}`);
    const url = str(request, 'url', true);
    return { ...request, url, uniqueKey: str(request, 'uniqueKey') ?? url };
  });
}

/** Every admin route; see the package README for bodies and answers. */
const ROUTES: AdminRoute[] = [
  route('GET', '/health', ({ admin }) => ok(admin.health())),
  route('POST', '/users', async ({ admin, req }) => {
    const body = object(await json(req));
    const userId = id(body, 'id');
    return ok(admin.createUser({ username: str(body, 'username', true), ...(userId ? { id: userId } : {}) }), 201);
  }),
  route('POST', '/tokens', async ({ admin, req }) => {
    const body = object(await json(req));
    const userId = str(body, 'userId');
    return ok(admin.addToken({ token: str(body, 'token', true), ...(userId ? { userId } : {}) }), 201);
  }),
  route('POST', '/actors', async ({ admin, req }) => {
    const body = object(await json(req));
    const name = str(body, 'name', true);
    if (!/^[a-zA-Z0-9-]{1,63}$/.test(name)) throw badRequest('"name" must be 1–63 letters, digits and dashes.');
    const actorId = id(body, 'id');
    const userId = str(body, 'userId');
    return ok(admin.createActor({ name, ...(actorId ? { id: actorId } : {}), ...(userId ? { userId } : {}) }), 201);
  }),
  route('POST', '/runs', async ({ admin, req }) => ok(admin.createRun(runInput(object(await json(req)))), 201)),
  route('POST', '/runs/{runId}/status', async ({ admin, req, params }) => {
    const body = object(await json(req));
    return ok(admin.setRunStatus(params.runId as string, runStatus(body.status), str(body, 'statusMessage')));
  }),
  route('POST', '/runs/{runId}/plan', async ({ admin, req, params }) => {
    const body = await json(req);
    return ok(admin.planRun(params.runId as string, plan(isObject(body) ? body.plan : body)));
  }),
  route('POST', '/runs/{runId}/log', async ({ admin, req, params }) => {
    const type = String(req.headers['content-type'] ?? '');
    let text: string;
    if (/json/i.test(type)) {
      const value = (object(await json(req)) as { text?: unknown }).text;
      if (typeof value !== 'string') throw badRequest('"text" must be a string.');
      text = value;
    } else text = (await readBody(req, ADMIN_BODY_LIMIT)).toString('utf8');
    return ok(admin.appendLog(params.runId as string, text));
  }),
  route('POST', '/datasets/{datasetId}/items', async ({ admin, req, params }) => {
    const body = await json(req);
    if (body === undefined) throw badRequest('The request body is required.', 'invalid-request');
    return ok(await admin.pushItems(params.datasetId as string, items(body)), 201);
  }),
  route('POST', '/datasets/{datasetId}/generate', async ({ admin, req, params }) => {
    const body = object(await json(req));
    const count = int(body, 'count', 0, 100_000_000, true) as number;
    if (body.template !== undefined && !isObject(body.template)) throw badRequest('"template" must be a JSON object.');
    const template = body.template as Record<string, unknown> | undefined;
    return ok(await admin.generateItems(params.datasetId as string, { count, ...(template ? { template } : {}) }), 201);
  }),
  route('PUT', '/key-value-stores/{storeId}/records/{key}', async ({ admin, req, params }) => {
    const value = await readBody(req, ADMIN_BODY_LIMIT);
    const contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
    // The body arrives decoded (readBody honours Content-Encoding); X-Content-Encoding stores compressed bytes as is.
    const stored = req.headers['x-content-encoding'];
    await admin.setRecord(params.storeId as string, params.key as string, {
      value,
      contentType,
      ...(typeof stored === 'string' ? { contentEncoding: stored } : {}),
    });
    return noContent();
  }),
  route('POST', '/request-queues/{queueId}/requests', async ({ admin, req, params, url }) => {
    const body = await json(req);
    if (body === undefined) throw badRequest('The request body is required.', 'invalid-request');
    const forefront = /^(1|true)$/i.test(url.searchParams.get('forefront') ?? '');
    const results = await admin.addRequests(params.queueId as string, requests(body), { forefront });
    return ok(Array.isArray(body) ? results : results[0], 201);
  }),
  route('GET', '/faults', ({ admin }) => ok(admin.faults.list())),
  route('POST', '/faults', async ({ admin, req }) => {
    const body = await json(req);
    const ids = admin.faults.addAll(Array.isArray(body) ? body : [body]);
    const added = admin.faults.list().filter((fault) => ids.includes(fault.id));
    return ok(Array.isArray(body) ? added : added[0], 201);
  }),
  route('DELETE', '/faults', ({ admin }) => {
    admin.faults.clear();
    return noContent();
  }),
  route('DELETE', '/faults/{faultId}', ({ admin, params }) => {
    admin.faults.remove(params.faultId as string);
    return noContent();
  }),
];

async function serve(admin: EmulatorAdmin, req: IncomingMessage, url: URL): Promise<Reply> {
  const method = (req.method ?? 'GET').toUpperCase();
  const allowed: string[] = [];
  for (const candidate of ROUTES) {
    const found = candidate.pattern.exec(url.pathname);
    if (!found) continue;
    if (candidate.method !== method) {
      allowed.push(candidate.method);
      continue;
    }
    const params: Record<string, string> = {};
    candidate.names.forEach((name, index) => {
      try {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      } catch {
        throw badRequest(`Path parameter "${name}" is not valid percent-encoding.`, 'invalid-request');
      }
    });
    return candidate.handle({ admin, params, req, url });
  }
  if (allowed.length > 0) {
    const list = allowed.join(',');
    throw new ApiError(405, 'method-not-allowed', `This admin route accepts only: ${list}`, { allow: list });
  }
  throw new ApiError(404, 'page-not-found', `The admin route ${url.pathname} does not exist.`);
}

/** Answers requests under `/__emulator/` (no token needed); returns false for everything else. */
export function adminInterceptor(emulator: Emulator) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return false;
    try {
      if (isCrossOriginBrowserRequest(req)) {
        throw new ApiError(403, 'insufficient-permissions', 'The admin API does not accept requests from web pages.');
      }
      await sendReply(res, await serve(emulator.admin, req, url));
    } catch (error) {
      req.resume();
      // Domain code rejects bad input with ApiError, or with a plain Error (e.g. an unknown user): both are the
      // caller's input. Anything else (TypeError, ...) is a bug and says so.
      const apiError =
        error instanceof ApiError
          ? error
          : error instanceof Error && error.constructor === Error
            ? badRequest(error.message, 'invalid-request')
            : new ApiError(500, 'internal-server-error', 'Internal server error.');
      sendError(res, apiError.status, apiError.body(), apiError.headers);
    }
    return true;
  };
}
