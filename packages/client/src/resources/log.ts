import type { RequestOptions } from '../transport/types.js';
import { LocatedResource } from './located.js';

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
    const query = { stream: true, raw: params.raw || undefined };
    const { data } = await this.call('get', '/log', { query, parseAs: 'stream' }, options);
    // The transport's stream already turns a broken connection or the caller's abort into an ApifyError.
    const reader = data.pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const lines = (pending + value).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) yield withoutCr(line);
      }
      if (pending) yield withoutCr(pending);
    } finally {
      // Releases the connection when the consumer stopped early; a no-op on a finished stream.
      await reader.cancel().catch(() => {});
    }
  }
}

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
