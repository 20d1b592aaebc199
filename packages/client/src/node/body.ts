import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';

type Body = NonNullable<RequestInit['body']>;

/** A request body as undici's `dispatch()` takes it: strings and bytes as they are, streams and blobs as a Readable. */
export function toUndiciBody(body: Body | null | undefined): Dispatcher.DispatchOptions['body'] {
  if (body === null || body === undefined || typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ReadableStream) return Readable.fromWeb(body as import('node:stream/web').ReadableStream);
  if (body instanceof Blob) return Readable.fromWeb(body.stream() as import('node:stream/web').ReadableStream);
  if (body instanceof URLSearchParams) return body.toString();
  throw new TypeError(`createNodeFetch cannot send a body of type ${Object.prototype.toString.call(body)}.`);
}
