import type { paths } from '@apify-runs/types';
import createClient, { type Client } from 'openapi-fetch';
import { serializePath } from './encode.js';
import { ApifyInputError, apiErrorFrom } from './errors.js';
import type { CallOptions, ResolvedOptions } from './options.js';
import { attemptOf, createTransport } from './transport/transport.js';
import type { RetryMode, Transport } from './transport/types.js';

/** What every resource helper shares: the typed openapi-fetch client and the one transport under it. */
export interface ClientCore {
  raw: Client<paths>;
  options: ResolvedOptions;
  transport: Transport;
}

export function createCore(options: ResolvedOptions): ClientCore {
  const transport = createTransport(options);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.userAgent) headers['user-agent'] = options.userAgent;
  const raw = createClient<paths>({
    baseUrl: options.baseUrl,
    headers,
    pathSerializer: serializePath,
    querySerializer: { array: { style: 'form', explode: false } },
    // Direct use of `client.raw` goes through the same transport with the default policy.
    fetch: (request: Request) =>
      transport(request, {
        retry: request.method === 'POST' ? 'unsent-only' : 'idempotent',
        timeoutMs: options.timeoutMs,
        maxRetries: options.maxRetries,
        signal: request.signal,
      }),
  });
  return { raw, options, transport };
}

/**
 * A request body. Not `BodyInit` by name: Node's types (`@types/node` without the DOM lib) have no global `BodyInit`,
 * but both they and the DOM lib declare `RequestInit`, so declarations that use this compile in either setup.
 */
export type RequestBody = NonNullable<RequestInit['body']>;

export type ParseAs = 'json' | 'text' | 'arrayBuffer' | 'stream' | 'blob';

export interface CallInit extends CallOptions {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Full path template, e.g. `/v2/actor-runs/{runId}/dataset/items`. */
  template: string;
  path: Record<string, string>;
  query?: Record<string, unknown>;
  /** JSON body (serialised by openapi-fetch). */
  body?: unknown;
  /** A non-JSON body sent as is, with its content type. */
  rawBody?: { data: RequestBody; contentType: string };
  headers?: Record<string, string>;
  parseAs?: ParseAs;
  /** Default: `idempotent` for GET/PUT/DELETE, `unsent-only` for POST. */
  retry?: RetryMode;
  /** Added to the per-attempt deadline (long-polls hold the request this long on purpose). */
  extraTimeoutMs?: number;
}

/**
 * Calls one operation and returns its parsed body and response, or throws the `ApifyApiError` subclass matching the
 * error status. Every resource helper goes through here.
 */
export async function callApi<T>(core: ClientCore, init: CallInit): Promise<{ data: T; response: Response }> {
  const query = Object.fromEntries(Object.entries(init.query ?? {}).filter(([, value]) => value !== undefined));
  const retry = init.retry ?? (init.method === 'POST' ? 'unsent-only' : 'idempotent');
  const timeoutMs = (init.timeoutMs ?? core.options.timeoutMs) + (init.extraTimeoutMs ?? 0);
  const request = core.raw.request as unknown as (
    method: string,
    url: string,
    options: Record<string, unknown>,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  const options: Record<string, unknown> = {
    params: { path: init.path, query },
    parseAs: init.parseAs ?? 'json',
    headers: { ...init.headers },
    fetch: (req: Request) =>
      core.transport(req, {
        retry,
        timeoutMs,
        maxRetries: core.options.maxRetries,
        signal: init.signal,
        stream: init.parseAs === 'stream',
      }),
  };
  if (init.rawBody) {
    options.body = init.rawBody.data;
    // A streamed body needs `duplex: 'half'` (fetch spec; Node refuses the request without it).
    if (typeof ReadableStream !== 'undefined' && init.rawBody.data instanceof ReadableStream) options.duplex = 'half';
    options.bodySerializer = (body: unknown) => body;
    (options.headers as Record<string, string>)['content-type'] = init.rawBody.contentType;
  } else if (init.body !== undefined) {
    options.body = init.body;
  }
  let result: Awaited<ReturnType<typeof request>>;
  try {
    result = await request(init.method.toLowerCase(), init.template, options);
  } catch (error) {
    // openapi-fetch serialises the query with encodeURIComponent, which throws on lone UTF-16 surrogates.
    if (error instanceof URIError) {
      throw new ApifyInputError('A query parameter holds text that cannot be URL-encoded (a lone surrogate).', {
        cause: error,
      });
    }
    throw error;
  }
  if (!result.response.ok && result.response.status !== 302) {
    throw apiErrorFrom({
      status: result.response.status,
      body: result.error,
      method: init.method,
      path: new URL(result.response.url || core.options.baseUrl).pathname,
      attempt: attemptOf(result.response),
      headers: result.response.headers,
    });
  }
  return { data: result.data as T, response: result.response };
}
