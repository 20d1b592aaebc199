import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { drainBody } from './body.js';

/** A JSON reply whose body type the handler's operation fixes. */
export interface JsonReply<Body = unknown> {
  status: number;
  json: Body;
  headers?: Record<string, string>;
}

/** A reply with no body (204, 302). */
export interface EmptyReply {
  status: number;
  empty: true;
  headers?: Record<string, string>;
}

/** Bytes, text or a stream in any media type: logs, records, dataset items in other formats, archives. */
export interface RawReply {
  status: number;
  body: string | Uint8Array | Readable | AsyncIterable<string | Uint8Array>;
  contentType: string;
  headers?: Record<string, string>;
}

export type Reply = JsonReply | EmptyReply | RawReply;

export const noContent = (): EmptyReply => ({ status: 204, empty: true });

/** Writes a reply. Streams are piped with backpressure and destroyed when the client goes away. */
export async function sendReply(res: ServerResponse, reply: Reply): Promise<void> {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if ('json' in reply) {
    const text = JSON.stringify(reply.json);
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
    return;
  }
  if ('empty' in reply) {
    res.writeHead(reply.status);
    res.end();
    return;
  }
  res.setHeader('content-type', reply.contentType);
  const { body } = reply;
  if (typeof body === 'string' || body instanceof Uint8Array) {
    res.writeHead(reply.status, { 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  res.writeHead(reply.status);
  const source = body instanceof Readable ? body : Readable.from(body);
  try {
    await pipeline(source, res);
  } catch {
    // The client went away or the source failed mid-stream: the status line is gone, so the only honest signal
    // left is a truncated response, which pipeline has already produced by destroying the socket.
  }
}

/**
 * Sends an error once the request body is out of the way: read and discarded, so the keep-alive connection serves
 * the next request, or, when it is too long or stalls, with `Connection: close` (never a reset mid-conversation).
 */
export async function sendErrorAfterBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  const reusable = await drainBody(req);
  sendError(res, status, body, reusable ? headers : { ...headers, connection: 'close' });
}

export function sendError(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
