import type { paths } from '@apify-runs/types';
import createClient, { type Client } from 'openapi-fetch';
import { createCore } from './core.js';
import { serializePath } from './encode.js';
import { ApifyApiError } from './errors.js';
import type { ApifyClientOptions } from './options.js';
import type { Outgoing } from './transport/types.js';

/**
 * An openapi-fetch client for every operation of the spec, on this package's transport (retries, deadlines,
 * abort, redaction). It answers as openapi-fetch does, `{ data, error, response }`, instead of throwing for error
 * statuses; network failures and timeouts still throw `ApifyError`s. A separate entry point, so the main one does
 * not carry openapi-fetch.
 *
 * @example
 * ```ts
 * import { createRawClient } from '@apify-runs/client/raw';
 * const raw = createRawClient({ token });
 * const { data, error } = await raw.GET('/v2/actor-runs/{runId}', { params: { path: { runId } } });
 * ```
 */
export function createRawClient(options: ApifyClientOptions = {}): Client<paths> {
  const core = createCore(options);
  return createClient<paths>({
    baseUrl: core.options.baseUrl,
    pathSerializer: serializePath,
    querySerializer: { array: { style: 'form', explode: false } },
    fetch: async (request: Request) => {
      const headers: Record<string, string> = { ...core.options.headers };
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const method = request.method as Outgoing['method'];
      const out: Outgoing = {
        method,
        url: request.url,
        path: new URL(request.url).pathname,
        headers,
        // Read once, so every retry sends the same bytes.
        body: request.body === null ? undefined : new Uint8Array(await request.arrayBuffer()),
        parseAs: 'bytes',
        retry: method === 'POST' ? 'unsent-only' : 'idempotent',
        extraTimeoutMs: 0,
      };
      try {
        const { data, response } = await core.send(out, { signal: request.signal });
        // 204 and its kind cannot carry a body, not even an empty one.
        const body = [101, 204, 205, 304].includes(response.status) ? null : (data as Uint8Array<ArrayBuffer>);
        return new Response(body, response);
      } catch (error) {
        // openapi-fetch answers error statuses as `{ error }`: hand it the (redacted) error body to parse.
        if (!(error instanceof ApifyApiError)) throw error;
        const text = typeof error.body === 'string' ? error.body : JSON.stringify(error.body ?? null);
        return new Response(text, { status: error.status, headers: error.headers });
      }
    },
  });
}
