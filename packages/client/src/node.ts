import { Readable } from 'node:stream';
import { Agent, type Dispatcher, request } from 'undici';
import type { FetchLike, ResponseLike } from './transport/types.js';

/** Options of `createNodeFetch`. */
export interface NodeFetchOptions {
  /** The undici dispatcher to send through; default a keep-alive `Agent` of its own with these limits. */
  dispatcher?: Dispatcher | undefined;
  /** Connections per origin of the default agent; default 128. */
  connections?: number | undefined;
  /** How long an idle connection of the default agent stays open, in ms; default 10 000. */
  keepAliveTimeoutMs?: number | undefined;
}

type Body = NonNullable<RequestInit['body']>;

/** A request body as undici's `request()` takes it. */
function toUndiciBody(body: Body | null | undefined): Dispatcher.DispatchOptions['body'] {
  if (body === null || body === undefined || typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ReadableStream) return Readable.fromWeb(body as import('node:stream/web').ReadableStream);
  if (body instanceof Blob) return Readable.fromWeb(body.stream() as import('node:stream/web').ReadableStream);
  if (body instanceof URLSearchParams) return body.toString();
  throw new TypeError(`createNodeFetch cannot send a body of type ${Object.prototype.toString.call(body)}.`);
}

/** undici's answer seen as the part of a `Response` the client reads; `headers` is built only when read. */
class UndiciResponse implements ResponseLike {
  readonly status: number;
  readonly ok: boolean;
  readonly #data: Dispatcher.ResponseData;
  #headers: Headers | undefined;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;

  constructor(data: Dispatcher.ResponseData) {
    this.#data = data;
    this.status = data.statusCode;
    this.ok = data.statusCode >= 200 && data.statusCode < 300;
  }

  get headers(): Headers {
    if (!this.#headers) {
      const headers = new Headers();
      for (const [name, value] of Object.entries(this.#data.headers)) {
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else if (value !== undefined) headers.set(name, value);
      }
      this.#headers = headers;
    }
    return this.#headers;
  }

  get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
    // The same object under two names: node:stream/web's ReadableStream type and the DOM one the client's types use.
    this.#stream ??= Readable.toWeb(this.#data.body) as unknown as ReadableStream<Uint8Array<ArrayBuffer>>;
    return this.#stream;
  }

  text(): Promise<string> {
    return this.#data.body.text();
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#data.body.arrayBuffer();
  }
}

/**
 * A `fetch` for `createApifyClient({ fetch })` on undici's dispatcher API (`request()`), which does much less per
 * request than the WHATWG `fetch` (no `Request`/`Response` objects, no web streams unless a body is streamed). Every
 * guarantee of the client's transport holds (retries, `Retry-After`, deadlines, abort, redaction, streaming): it
 * sits under the same transport. Node only; needs the `undici` package (an optional peer dependency).
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
  return async (url, init) => {
    const data = await request(url, {
      dispatcher,
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers as Record<string, string> | undefined,
      body: toUndiciBody(init.body),
      signal: init.signal ?? undefined,
    });
    return new UndiciResponse(data);
  };
}
