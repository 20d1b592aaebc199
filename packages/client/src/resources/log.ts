import { ApifyConnectionError, ApifyError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { LocatedResource } from './located.js';
import { userAbortError } from './wait.js';

export interface LogOptions extends CallOptions {
  /** Keep ANSI escape sequences (colours, cursor moves); by default the server strips them. */
  raw?: boolean;
}

/**
 * The log of a run (or of the last run of an Actor). A 404 here is ambiguous (missing run or missing log), so it
 * throws `NotFoundError` rather than resolving to `undefined`.
 */
export class LogClient extends LocatedResource {
  /** The whole log as it is now. */
  async get(options: LogOptions = {}): Promise<string> {
    const { raw, ...call } = options;
    const { data } = await this.call<string | undefined>('GET', '/log', {
      ...call,
      query: { raw: raw || undefined },
      parseAs: 'text',
    });
    return data ?? '';
  }

  /**
   * The log line by line: what is there now, then each new line while the run is live; ends when the run finishes
   * (a finished run's log is yielded whole). Breaking out of the loop or aborting `signal` closes the connection.
   * A connection that breaks off mid-stream throws `ApifyConnectionError` (it is not resumed: lines would repeat).
   *
   * @example
   * ```ts
   * for await (const line of client.run(runId).log.stream({ signal })) console.log(line);
   * ```
   */
  async *stream(options: LogOptions = {}): AsyncGenerator<string, void, undefined> {
    const { raw, ...call } = options;
    const { signal } = call;
    if (signal?.aborted) throw userAbortError(signal);
    let body: ReadableStream<Uint8Array> | undefined;
    try {
      ({ data: body } = await this.call<ReadableStream<Uint8Array> | undefined>('GET', '/log', {
        ...call,
        query: { stream: true, raw: raw || undefined },
        parseAs: 'stream',
      }));
    } catch (error) {
      throw signal?.aborted ? userAbortError(signal, error) : error;
    }
    if (!body) return; // an empty log
    const reader = body.getReader();
    const onAbort = () => {
      reader.cancel(signal?.reason).catch(() => undefined);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const decoder = new TextDecoder();
    let pending = '';
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (signal?.aborted) throw userAbortError(signal, error);
          if (error instanceof ApifyError) throw error;
          throw new ApifyConnectionError('The log stream broke off.', { cause: error });
        }
        // A cancel by our abort listener ends the stream quietly; the caller must still learn it was aborted.
        if (signal?.aborted) throw userAbortError(signal);
        if (chunk.done) break;
        pending += decoder.decode(chunk.value, { stream: true });
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) yield withoutCr(line);
      }
      pending += decoder.decode();
      if (pending) yield withoutCr(pending);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      // Releases the connection when the consumer stopped early; a no-op on a finished stream.
      await reader.cancel().catch(() => undefined);
    }
  }
}

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
