import { ApifyConnectionError, ApifyError } from '../errors.js';
import type { RequestOptions } from '../transport/types.js';
import { LocatedResource } from './located.js';
import { userAbortError } from './wait.js';

/** Parameters of the log's `get()` and `stream()`. */
export interface LogParams {
  /** Keep ANSI escape sequences (colours, cursor moves); by default the server strips them. */
  raw?: boolean | undefined;
}

/**
 * The log of a run (or of the last run of an Actor). A 404 here is ambiguous (missing run or missing log), so it
 * throws `NotFoundError` rather than resolving to `undefined`.
 */
export class LogClient extends LocatedResource {
  /** The whole log as it is now. */
  async get(params: LogParams = {}, options?: RequestOptions): Promise<string> {
    const { data } = await this.call(
      'get',
      '/log',
      { query: { raw: params.raw || undefined }, parseAs: 'text' },
      options,
    );
    return data;
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
  async *stream(params: LogParams = {}, options: RequestOptions = {}): AsyncGenerator<string, void, undefined> {
    const { signal } = options;
    if (signal?.aborted) throw userAbortError(signal);
    let body: ReadableStream<Uint8Array>;
    try {
      const query = { stream: true, raw: params.raw || undefined };
      ({ data: body } = await this.call('get', '/log', { query, parseAs: 'stream' }, options));
    } catch (error) {
      throw signal?.aborted ? userAbortError(signal, error) : error;
    }
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
