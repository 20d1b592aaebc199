import { ApifyConnectionError } from '../errors.js';
import type { RequestOptions } from '../transport/types.js';
import { LocatedResource } from './located.js';

/** Parameters of the log's `get()` and `stream()`. */
export interface LogParams {
  /** Keep ANSI escape sequences (colours, cursor moves); by default the server strips them. */
  raw?: boolean | undefined;
  /**
   * `stream()` only: pin the run by ID, open the stream again when it breaks or ends while the run is live
   * (continuing after the bytes already read), and end once the run is terminal and its log is read to the end.
   */
  follow?: boolean | undefined;
  /** With `follow`: the pause before opening an ended stream again while the run is live, in ms; default 1000. */
  pollIntervalMs?: number | undefined;
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
   * A connection that breaks off mid-stream throws `ApifyConnectionError`, unless `follow` is set: then the run is
   * pinned by ID, a broken or ended stream is opened again and continues after the bytes already read, and the
   * iteration ends only once the run is terminal and its log read to the end.
   *
   * @example
   * ```ts
   * for await (const line of client.run(runId).log.stream({ follow: true }, { signal })) console.log(line);
   * ```
   */
  async *stream(params: LogParams = {}, options: RequestOptions = {}): AsyncGenerator<string, void, undefined> {
    const init = { query: { stream: true, raw: params.raw || undefined }, parseAs: 'stream' } as const;
    const live = params.follow ? this.live(options, params.pollIntervalMs) : undefined;
    const runId = await live?.pin();
    const decoder = new TextDecoder();
    let pending = '';
    let read = 0;
    // A read that starts once the run is terminal sees the whole log: it is the last one.
    let last = !live || (await live.terminal(false));
    for (let stalls = 0; ; ) {
      const { data } = await (runId
        ? this.callById(runId, 'get', '/log', init, options)
        : this.call('get', '/log', init, options));
      // The transport's stream already turns a broken connection or the caller's abort into an ApifyError.
      const reader = data.getReader();
      let skip = read;
      let broken: unknown;
      try {
        for (;;) {
          let chunk: Uint8Array;
          try {
            const step = await reader.read();
            if (step.done) break;
            chunk = step.value;
          } catch (error) {
            if (!runId || !(error instanceof ApifyConnectionError)) throw error;
            broken = error;
            break;
          }
          // A stream opened again starts from the beginning of the log: skip what was read before.
          if (skip >= chunk.length) {
            skip -= chunk.length;
            continue;
          }
          chunk = chunk.subarray(skip);
          skip = 0;
          read += chunk.length;
          stalls = 0;
          const lines = (pending + decoder.decode(chunk, { stream: true })).split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) yield withoutCr(line);
        }
      } finally {
        // Releases the connection when the consumer stopped early; a no-op on a finished stream.
        await reader.cancel().catch(() => {});
      }
      if (broken) {
        if (++stalls > MAX_STALLS) throw broken;
      } else if (last || !live) break;
      else last = await live.terminal(true);
    }
    pending += decoder.decode();
    if (pending) yield withoutCr(pending);
  }
}

/** Connections of a followed log that may break in a row before any new byte arrives. */
const MAX_STALLS = 3;

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
