import { afterEach, describe, expect, it } from 'vitest';
import { indexOperations } from '../src/spec/operations.js';
import { datasetRun } from './support/dataset-runs.js';
import { TOKEN, useEmulator } from './support/emulator.js';

// CORS over real HTTP, as a browser would ask: `Origin` on every request, preflights with
// `Access-Control-Request-Method` / `-Headers`. (The browser itself is in tools/browser-test.)
const env = useEmulator();
afterEach(() => env.emulator.faults.clear());

const ORIGIN = 'http://127.0.0.1:4173';
const EXPOSED = [
  'X-Apify-Pagination-Offset',
  'X-Apify-Pagination-Limit',
  'X-Apify-Pagination-Count',
  'X-Apify-Pagination-Total',
  'X-Apify-Pagination-Desc',
  'Location',
  'Retry-After',
  'Content-Disposition',
  'Content-Encoding',
  'Allow',
];
const REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Content-Encoding', 'idempotency-key'];

const list = (value: string | null) => (value ?? '').split(',').map((part) => part.trim().toLowerCase());

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('origin', ORIGIN);
  return fetch(`${env.emulator.url}${path}`, { ...init, headers });
}

const preflight = (path: string, method: string, requestHeaders = 'authorization,content-type') =>
  send(path, {
    method: 'OPTIONS',
    headers: { 'access-control-request-method': method, 'access-control-request-headers': requestHeaders },
  });

/** What a browser checks before it lets a page read a response. */
function expectReadable(response: Response) {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(list(response.headers.get('access-control-expose-headers'))).toEqual(
    expect.arrayContaining(EXPOSED.map((name) => name.toLowerCase())),
  );
}

describe('preflight', () => {
  it('answers every route of both groups (and the /v2/actors/ alias) with the methods the route has', async () => {
    const { record, actor } = datasetRun(env.emulator);
    const byTemplate = new Map<string, Set<string>>();
    for (const operation of indexOperations()) {
      const methods = byTemplate.get(operation.template) ?? new Set();
      methods.add(operation.method);
      byTemplate.set(operation.template, methods);
    }
    expect(byTemplate.size).toBeGreaterThan(40);
    for (const [template, methods] of byTemplate) {
      const path = template
        .replace('{runId}', record.run.id)
        .replace('{actorId}', actor.id)
        .replace('{recordKey}', 'OUTPUT')
        .replace('{requestId}', 'abcdefghijklmno');
      const paths = [path, ...(path.startsWith('/v2/acts/') ? [path.replace('/v2/acts/', '/v2/actors/')] : [])];
      for (const candidate of paths) {
        const method = [...methods][0] as string;
        const response = await preflight(`${candidate}?status=SUCCEEDED`, method);
        expect(response.status, candidate).toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        expect(new Set(list(response.headers.get('access-control-allow-methods'))), candidate).toEqual(
          new Set([...methods].map((m) => m.toLowerCase())),
        );
      }
    }
  });

  it('allows every request header the spec uses, the token header first of all', async () => {
    const { byRun } = datasetRun(env.emulator);
    const response = await preflight(byRun('/items'), 'POST', 'authorization,content-type,content-encoding');
    expect(response.status).toBe(204);
    expect(list(response.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining(REQUEST_HEADERS.map((name) => name.toLowerCase())),
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });

  it('preflights the method a browser really sends for a ?method= override', async () => {
    const { record } = datasetRun(env.emulator);
    const path = `/v2/actor-runs/${record.run.id}/abort?method=POST`;
    const response = await preflight(path, 'GET');
    expect(list(response.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post']));
    const plain = await preflight(`/v2/actor-runs/${record.run.id}/abort`, 'GET');
    expect(list(plain.headers.get('access-control-allow-methods'))).toEqual(['post']);
  });

  it('lets a request to an unknown path through, so the page reads the 404 body', async () => {
    const response = await preflight('/v2/no-such-thing', 'GET');
    expect(response.status).toBe(204);
    expect(list(response.headers.get('access-control-allow-methods'))).toEqual(
      expect.arrayContaining(['get', 'post', 'put', 'delete']),
    );
    const actual = await send('/v2/no-such-thing', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(actual.status).toBe(404);
    expectReadable(actual);
    expect(await actual.json()).toEqual({
      error: { type: 'page-not-found', message: 'The path /v2/no-such-thing does not exist.' },
    });
  });

  it('answers the Private Network Access question of Chromium', async () => {
    const { byRun } = datasetRun(env.emulator);
    const response = await send(byRun('/items'), {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'GET', 'access-control-request-private-network': 'true' },
    });
    expect(response.headers.get('access-control-allow-private-network')).toBe('true');
    const without = await preflight(byRun('/items'), 'GET');
    expect(without.headers.get('access-control-allow-private-network')).toBeNull();
  });

  it('answers a plain OPTIONS (no preflight) with Allow, and an unknown path with the 404 body', async () => {
    const { byRun } = datasetRun(env.emulator);
    const response = await send(byRun(), { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(list(response.headers.get('allow'))).toEqual(['options', 'get', 'put', 'delete']);
    expectReadable(response);
    const unknown = await send('/v2/nope', { method: 'OPTIONS' });
    expect(unknown.status).toBe(404);
    expectReadable(unknown);
    expect(((await unknown.json()) as { error: { type: string } }).error.type).toBe('page-not-found');
  });
});

describe('every answer is readable cross-origin', () => {
  it('successes: JSON, 201 with Location, dataset items with the pagination headers, 204', async () => {
    const { byRun, byLast, dataset } = datasetRun(env.emulator);
    await dataset.pushItems([{ n: 1 }, { n: 2 }]);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const run = await send(byRun());
    expect(run.status).toBe(200);
    expectReadable(run);
    const pushed = await send(byRun('/items'), {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify([{ n: 3 }]),
    });
    expect(pushed.status).toBe(201);
    expect(pushed.headers.get('location')).toContain(`/v2/datasets/${dataset.meta.id}/items`);
    expectReadable(pushed);
    const items = await send(byLast('/items', 'limit=2'), { headers: auth });
    expect(items.status).toBe(200);
    expect(items.headers.get('x-apify-pagination-total')).toBe('3');
    expectReadable(items);
    const csv = await send(byRun('/items', 'format=csv&attachment=1'));
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment/);
    expectReadable(csv);
    const deleted = await send(byRun(), { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(204);
    expectReadable(deleted);
  });

  it('errors: 400, 401, 404, 405 and an injected 429 with Retry-After', async () => {
    const { byRun, byLast } = datasetRun(env.emulator);
    const bad = await send(byRun('/items', 'limit=-1'));
    expect(bad.status).toBe(400);
    expectReadable(bad);
    const unauthorized = await send(byLast('/items'));
    expect(unauthorized.status).toBe(401);
    expectReadable(unauthorized);
    const missing = await send('/v2/actor-runs/NoSuchRun00000000/dataset');
    expect(missing.status).toBe(404);
    expectReadable(missing);
    const wrongMethod = await send(byRun('/statistics'), { method: 'PATCH' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('OPTIONS,GET');
    expectReadable(wrongMethod);
    env.emulator.faults.add({
      match: { operationId: 'dataset_get' },
      times: 1,
      fault: { kind: 'status', status: 429, retryAfter: 2 },
    });
    const limited = await send(byRun());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expectReadable(limited);
  });
});

describe('admin routes', () => {
  it('carry no CORS headers and refuse requests a web page of another origin sends', async () => {
    const fromNode = await fetch(`${env.emulator.url}/__emulator/health`);
    expect(fromNode.status).toBe(200);
    expect(fromNode.headers.get('access-control-allow-origin')).toBeNull();
    const fromPage = await send('/__emulator/actors', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ name: 'from-a-web-page' }),
    });
    expect(fromPage.status).toBe(403);
    expect(fromPage.headers.get('access-control-allow-origin')).toBeNull();
    expect([...env.emulator.state.actors.values()].some((actor) => actor.name === 'from-a-web-page')).toBe(false);
    const preflightAdmin = await preflight('/__emulator/actors', 'POST');
    expect(preflightAdmin.headers.get('access-control-allow-origin')).toBeNull();
    const sameOrigin = await fetch(`${env.emulator.url}/__emulator/health`, {
      headers: { origin: env.emulator.url },
    });
    expect(sameOrigin.status).toBe(200);
  });
});
