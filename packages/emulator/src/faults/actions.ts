import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from '../http/reply.js';
import { defaultErrorType, type FaultAction } from './rule.js';

/** What a fault leaves behind: timers and parked responses that `dispose()` must end. */
export interface Pending {
  timers: Set<NodeJS.Timeout>;
  hanging: Set<ServerResponse>;
}

/** Resolves when `res` closes (the client went away or the socket was destroyed). */
const closed = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    if (res.closed || res.destroyed) resolve();
    else res.once('close', () => resolve());
  });

function statusMessage(status: number): string {
  if (status === 429) return 'Rate limit exceeded (injected by the emulator).';
  return `Injected fault: HTTP ${status}.`;
}

/** Cuts the response body after `bytes` bytes by wrapping `write`/`end`, then destroys the socket. */
function truncateAfter(res: ServerResponse, bytes: number): void {
  const write = res.write.bind(res) as (chunk: Buffer, callback?: () => void) => boolean;
  const end = res.end.bind(res) as (callback?: () => void) => ServerResponse;
  let room = bytes;
  let cut = false;
  const toBuffer = (chunk: unknown, encoding: unknown): Buffer =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk as Uint8Array);
  const cutNow = (part: Buffer) => {
    cut = true;
    // Flush what fits first so the client really sees a short body, then drop the connection mid-response.
    if (part.length > 0) write(part, () => res.destroy());
    else {
      res.flushHeaders();
      setImmediate(() => res.destroy());
    }
  };
  const pass = (chunk: unknown, encoding: unknown): boolean => {
    if (cut) return false;
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return true;
    const buffer = toBuffer(chunk, encoding);
    if (buffer.length <= room) {
      room -= buffer.length;
      if (buffer.length > 0) write(buffer);
      return true;
    }
    cutNow(buffer.subarray(0, room));
    return false;
  };
  res.write = ((chunk: unknown, encoding?: unknown) => {
    pass(chunk, encoding);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown) => {
    // A body that fits entirely is sent as is: there is nothing to cut.
    if (pass(chunk, encoding)) end();
    return res;
  }) as typeof res.end;
}

/**
 * Applies one fault to a request. Resolves true when the fault answered (or killed) the request, false when the
 * request should go on to the API (delay, truncate).
 */
export async function applyFault(
  action: FaultAction,
  req: IncomingMessage,
  res: ServerResponse,
  pending: Pending,
): Promise<boolean> {
  switch (action.kind) {
    case 'status': {
      req.resume();
      const headers: Record<string, string> = {};
      if (action.retryAfter !== undefined) headers['retry-after'] = String(action.retryAfter);
      const type = action.type ?? defaultErrorType(action.status);
      sendError(
        res,
        action.status,
        { error: { type, message: action.message ?? statusMessage(action.status) } },
        headers,
      );
      return true;
    }
    case 'reset':
      req.socket.resetAndDestroy();
      return true;
    case 'hang': {
      req.resume();
      pending.hanging.add(res);
      await closed(res);
      pending.hanging.delete(res);
      return true;
    }
    case 'delay': {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pending.timers.delete(timer);
          resolve();
        }, action.ms);
        pending.timers.add(timer);
        // Stop waiting as soon as the client gives up (or dispose() destroys the socket).
        void closed(res).then(() => {
          clearTimeout(timer);
          pending.timers.delete(timer);
          resolve();
        });
      });
      return res.closed || res.destroyed;
    }
    case 'truncate':
      truncateAfter(res, action.bytes);
      return false;
    case 'body': {
      req.resume();
      const bytes = Buffer.from(action.body, 'utf8');
      res.writeHead(action.status ?? 200, {
        'content-type': action.contentType ?? 'application/json; charset=utf-8',
        'content-length': String(bytes.length),
      });
      res.end(bytes);
      return true;
    }
  }
}
