import type { Failure } from './retry-policy.js';
import { attemptSignals } from './signals.js';
import { guardStream } from './stream.js';
import type { FetchLike, Outgoing, ResponseLike } from './types.js';

/** How one attempt ended. */
export type Outcome =
  | { type: 'ok'; data: unknown; response: ResponseLike }
  /** An error status that is not retried: the error body as read (parsed JSON, or text). */
  | { type: 'status'; response: ResponseLike; body: unknown }
  | { type: 'retry'; status: number; delayMs: number }
  | { type: 'failure'; failure: Failure }
  | { type: 'aborted'; cause: unknown };

export interface AttemptInit {
  fetch: FetchLike;
  signal: AbortSignal | undefined;
  /** Deadline of this attempt in ms; 0 means none. */
  deadlineMs: number;
  /** For an error status: the delay before the next attempt when it should be retried, `undefined` when not. */
  retryDelay(response: ResponseLike): number | undefined;
  /** Removes secrets from an error body's text before it is parsed. */
  redact(text: string): string;
  /** Maps an error read from a streamed body (after this call returned) to the error the caller sees. */
  streamError(error: unknown, status: number): unknown;
}

/**
 * Sends one attempt and reads its body as `parseAs` asks, all under the attempt's deadline: one `fetch(url, init)`,
 * one body read, no `Request` or `Response` copies. Never throws for network trouble; it reports an outcome.
 */
export async function attemptOnce(out: Outgoing, init: AttemptInit): Promise<Outcome> {
  const stream = out.parseAs === 'stream';
  const signals = attemptSignals(init.signal, init.deadlineMs);
  const request: RequestInit & { duplex?: 'half' } = { method: out.method, headers: out.headers };
  if (signals.signal) request.signal = signals.signal;
  if (out.body !== undefined) {
    request.body = out.body;
    // A streamed body needs `duplex: 'half'` (fetch spec; Node refuses the request without it).
    if (out.body instanceof ReadableStream) request.duplex = 'half';
  }
  let status: number | undefined;
  let response: ResponseLike | undefined;
  const failed = (error: unknown, kind: Failure['kind'] = 'network'): Outcome => {
    if (init.signal?.aborted) return { type: 'aborted', cause: error };
    const timedOut = signals.deadline?.aborted;
    // Read only now, for the failure: a transport may build them on first read (createNodeFetch does).
    const headers = response?.headers;
    return { type: 'failure', failure: { kind: timedOut ? 'timeout' : kind, error, status, headers } };
  };
  try {
    try {
      response = await init.fetch(out.url, request);
    } catch (error) {
      return failed(error);
    }
    status = response.status;
    if (!response.ok) {
      const delayMs = init.retryDelay(response);
      if (delayMs !== undefined) {
        // The answer is discarded: free the connection without reading the body.
        response.body?.cancel().catch(() => {});
        return { type: 'retry', status, delayMs };
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        return failed(error);
      }
      return { type: 'status', response, body: parseErrorBody(init.redact(text)) };
    }
    if (stream) {
      signals.endDeadline();
      const code = status;
      return { type: 'ok', response, data: guardStream(response.body, (error) => init.streamError(error, code)) };
    }
    let data: unknown;
    try {
      if (out.parseAs === 'bytes') data = new Uint8Array(await response.arrayBuffer());
      else if (out.parseAs === 'none')
        await response.arrayBuffer(); // drained, so the connection is reused
      else data = await response.text();
    } catch (error) {
      return failed(error);
    }
    if (out.parseAs === 'json') {
      try {
        data = data === '' ? undefined : JSON.parse(data as string);
      } catch (error) {
        return failed(error, 'invalid');
      }
    }
    return { type: 'ok', data, response };
  } finally {
    if (!stream || status === undefined || status >= 300) signals.endDeadline();
  }
}

/** An error body as the caller gets it: parsed JSON when it is JSON, the text otherwise, `undefined` when empty. */
function parseErrorBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
