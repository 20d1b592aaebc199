import type { paths } from '@apify-runs/types';
import createClient, { type Client } from 'openapi-fetch';
import { createCore } from './core.js';
import { serializePath } from './encode.js';
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
      // Read once, so every retry sends the same bytes.
      const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
      const url = new URL(request.url);
      const { response } = await core.send(
        {
          method,
          url: request.url,
          path: url.pathname,
          headers,
          body,
          parseAs: 'response',
          retry: method === 'POST' ? 'unsent-only' : 'idempotent',
          extraTimeoutMs: 0,
        },
        { signal: request.signal },
      );
      return response;
    },
  });
}
