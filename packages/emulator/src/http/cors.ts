import type { IncomingMessage, ServerResponse } from 'node:http';
import { deref, loadSpec, type OpenApiDocument } from '../spec/document.js';
import { NOT_FOUND } from './api-error.js';
import type { Router } from './router.js';

/** What the browser may send and read, derived from the spec so that a new header parameter or response header follows. */
export interface CorsPolicy {
  /** `Access-Control-Allow-Headers`: the request headers the API reads. */
  allowHeaders: string;
  /** `Access-Control-Expose-Headers`: the response headers a client may need to read. */
  exposeHeaders: string;
}

/** Every method some operation of the API has: what a preflight of a path the API does not know is allowed. */
const ANY_API_METHOD = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];

/** Browsers cap this (Chromium at 2 hours); the emulator's routes never change while it runs. */
const PREFLIGHT_MAX_AGE_SECS = '7200';

/**
 * Headers outside the spec's parameters: the token (`Authorization`, as the security scheme says), the body's media
 * type, and `X-Requested-With`, which some browser HTTP libraries add.
 */
const BASE_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'X-Requested-With'];

/** Sent by the emulator or the platform outside the declared responses: `Allow` on 405, the rate limit on every answer. */
const BASE_EXPOSED_HEADERS = ['Allow', 'X-RateLimit-Limit'];

const METHODS = ['get', 'put', 'post', 'delete', 'head', 'patch'];

/** Collects the header parameters and the declared response headers of every operation. */
export function corsPolicy(document: OpenApiDocument = loadSpec()): CorsPolicy {
  const request = new Map<string, string>();
  const exposed = new Map<string, string>();
  const add = (into: Map<string, string>, name: string) => {
    if (!into.has(name.toLowerCase())) into.set(name.toLowerCase(), name);
  };
  for (const name of BASE_REQUEST_HEADERS) add(request, name);
  for (const name of BASE_EXPOSED_HEADERS) add(exposed, name);
  for (const item of Object.values(document.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of METHODS) {
      const operation = item[method] as { parameters?: unknown[]; responses?: Record<string, unknown> } | undefined;
      if (!operation) continue;
      for (const raw of [...shared, ...(operation.parameters ?? [])]) {
        const parameter = deref<{ in: string; name: string }>(document, raw);
        if (parameter.in === 'header') add(request, parameter.name);
      }
      for (const raw of Object.values(operation.responses ?? {})) {
        const response = deref<{ headers?: Record<string, unknown> }>(document, raw);
        for (const name of Object.keys(response.headers ?? {})) add(exposed, name);
      }
    }
  }
  return { allowHeaders: [...request.values()].join(', '), exposeHeaders: [...exposed.values()].join(', ') };
}

/**
 * CORS as an API built for browser apps answers it: any origin may call (the token travels in a header, never in a
 * cookie, so there are no credentials to protect and `*` is right), every answer carries
 * `Access-Control-Allow-Origin` (errors, 404s and injected faults too, so a browser app reads the real error instead of
 * a bare network failure), and preflights get the methods of the path. Admin routes (`/__emulator/`) are answered
 * before this runs and get none of it: they are for test set-up from Node, not for web pages.
 *
 * Returns true when it has answered the request (an `OPTIONS`), false when the API should serve it; throws the API's
 * 404 for a plain `OPTIONS` of an unknown path.
 */
export function corsInterceptor(router: Router, policy: CorsPolicy = corsPolicy()) {
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', policy.exposeHeaders);
    if (req.method !== 'OPTIONS') return false;
    req.resume();
    const routeMethods = router.methodsAt(url.pathname);
    const preflight = req.headers['access-control-request-method'] !== undefined;
    if (!preflight) {
      // A plain OPTIONS asks what the path supports.
      if (!routeMethods) throw NOT_FOUND.page(url.pathname);
      res.writeHead(204, { Allow: ['OPTIONS', ...routeMethods].join(',') }).end();
      return true;
    }
    // A path the API does not have is let through, so that the browser sends the request and the app reads the
    // API's 404 body instead of an opaque CORS failure.
    const methods = new Set(routeMethods ?? ANY_API_METHOD);
    // `?method=POST` sent as GET (apify-api-facts.md §1.2): the browser preflights the method it really sends.
    const override = url.searchParams.get('method')?.toUpperCase();
    const requested = String(req.headers['access-control-request-method']).toUpperCase();
    if (override && methods.has(override)) methods.add(requested);
    const headers: Record<string, string> = {
      'Access-Control-Allow-Methods': [...methods].join(', '),
      'Access-Control-Allow-Headers': policy.allowHeaders,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_SECS,
      Vary: 'Access-Control-Request-Method, Access-Control-Request-Headers',
    };
    // Chromium's Private Network Access asks before a public page may call a server on a private address.
    if (req.headers['access-control-request-private-network'] === 'true') {
      headers['Access-Control-Allow-Private-Network'] = 'true';
    }
    res.writeHead(204, headers).end();
    return true;
  };
}

/**
 * True for a request a browser sent from a page of another origin (its `Origin` names a host other than the one it
 * addresses). Admin routes refuse these: a web page open in the same browser must not be able to reconfigure or seed
 * a local emulator.
 */
export function isCrossOriginBrowserRequest(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true; // `Origin: null` (sandboxed frames, file: pages) and anything unparsable
  }
}
