import { Agent, type Dispatcher } from 'undici';
import { toUndiciBody } from './node/body.js';
import { Exchange } from './node/exchange.js';
import type { FetchLike } from './transport/types.js';

/** Options of `createNodeFetch`. */
export interface NodeFetchOptions {
  /** The undici dispatcher to send through; default a keep-alive `Agent` of its own with these limits. */
  dispatcher?: Dispatcher | undefined;
  /** Connections per origin of the default agent; default 128. */
  connections?: number | undefined;
  /** How long an idle connection of the default agent stays open, in ms; default 10 000. */
  keepAliveTimeoutMs?: number | undefined;
}

/** `http(s)://host[:port]` and the rest (path and query) of an absolute URL, without parsing it twice. */
function splitUrl(url: string): { origin: string; path: string } {
  const scheme = url.indexOf('://');
  if (scheme < 0 || !/^https?$/i.test(url.slice(0, scheme)))
    throw new TypeError('createNodeFetch needs an http(s) URL.');
  const slash = url.indexOf('/', scheme + 3);
  return slash < 0 ? { origin: url, path: '/' } : { origin: url.slice(0, slash), path: url.slice(slash) };
}

/**
 * A `fetch` for `createApifyClient({ fetch })` on undici's dispatcher API (`dispatch()` with a handler of its own),
 * which does much less per request than the WHATWG `fetch`: no `Request`/`Response` objects, no web streams unless a
 * body is streamed, and a body read as text or bytes gathered straight into one buffer. Every guarantee of the
 * client's transport holds (retries, `Retry-After`, deadlines, abort, redaction, streaming): it sits under the same
 * transport. Node only; needs the `undici` package (an optional peer dependency).
 *
 * @example
 * ```ts
 * import { createApifyClient } from '@apify-runs/client';
 * import { createNodeFetch } from '@apify-runs/client/node';
 *
 * const client = createApifyClient({ token: process.env.APIFY_TOKEN, fetch: createNodeFetch() });
 * ```
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchLike {
  const dispatcher =
    options.dispatcher ??
    new Agent({ connections: options.connections ?? 128, keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000 });
  return (url, init) =>
    new Promise((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const { origin, path } = splitUrl(url);
      const method = (init.method ?? 'GET') as Dispatcher.HttpMethod;
      const request: Dispatcher.DispatchOptions = {
        origin,
        path,
        method,
        headers: init.headers as Record<string, string> | undefined,
        body: toUndiciBody(init.body),
      };
      dispatcher.dispatch(request, new Exchange(method, signal, resolve, reject));
    });
}
