import { ApifyConnectionError } from '../errors.js';
import type { RequestOptions } from '../transport/types.js';
import { LocatedResource } from './located.js';

/** Parameters of the log's `get()`. */
export interface LogParams {
  /** Keep ANSI escape sequences (colours, cursor moves); by default the server strips them. */
  raw?: boolean | undefined;
}

/** Parameters of the log's `stream()` and `redirect()`. */
export interface StreamLogParams extends LogParams {
  /**
   * `true` (default): the log from its start, then each new line. `false`: only the lines completed after the call (a
   * line begun before it comes whole).
   */
  fromStart?: boolean | undefined;
  /**
   * Pin the run by ID, open the stream again when it breaks or ends while the run is live (continuing after the bytes
   * already read), and end once the run is terminal and its log is read to the end.
   */
  follow?: boolean | undefined;
  /** With `follow`: the pause before opening an ended stream again while the run is live, in ms; default 1000. */
  pollIntervalMs?: number | undefined;
}

/**
 * Where `redirect()` writes: a logger (anything with `info(line)`, like `console`, pino or winston, or with
 * `log(line)`), a web `WritableStream` of strings, or anything with `write(text)` (`process.stdout`, a file stream).
 * A logger gets each line as it is; a writable gets it with its `\n`. A promise a method returns is awaited.
 */
export type LogTarget =
  | { info(line: string): unknown }
  | { log(line: string): unknown }
  | WritableStream<string>
  | { write(text: string): unknown };

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
   * (a finished run's log is yielded whole). With `fromStart: false` it yields only the lines completed after the
   * call: the log is read once first and its complete lines are skipped in the stream, which starts with them (the
   * API streams a log from its start, always). Breaking out of the loop or aborting `signal` closes the connection.
   * A connection that breaks off mid-stream throws `ApifyConnectionError`, unless `follow` is set: then the run is
   * pinned by ID, a broken or ended stream is opened again and continues after the bytes already read, and the
   * iteration ends only once the run is terminal and its log read to the end.
   *
   * @example
   * ```ts
   * for await (const line of client.run(runId).log.stream({ follow: true, fromStart: false }, { signal })) {
   *   console.log(line);
   * }
   * ```
   */
  async *stream(params: StreamLogParams = {}, options: RequestOptions = {}): AsyncGenerator<string, void, undefined> {
    const raw = params.raw || undefined;
    const init = { query: { stream: true, raw }, parseAs: 'stream' } as const;
    const live = params.follow ? this.live(options, params.pollIntervalMs) : undefined;
    const runId = await live?.pin();
    // Lines already complete: the stream repeats them first. (A log past the API's 5,000,000-character cap loses
    // its oldest lines; when that happens between the two requests, as many new lines are skipped.)
    let skipLines = 0;
    if (params.fromStart === false) {
      const text = { query: { raw }, parseAs: 'text' } as const;
      const { data } = await this.call('get', '/log', text, options, runId);
      skipLines = data.split('\n').length - 1;
    }
    const decoder = new TextDecoder();
    let pending = '';
    let read = 0;
    // A read that starts once the run is terminal sees the whole log: it is the last one.
    let last = !live || (await live.terminal(false));
    for (let stalls = 0; ; ) {
      const { data } = await this.call('get', '/log', init, options, runId);
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
          for (const line of lines) if (skipLines-- <= 0) yield withoutCr(line);
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

  /**
   * Follows the log into `target` line by line, as `stream()` reads it (`fromStart`, `raw`), and resolves when the
   * run has finished and its last line is written; `signal` stops it (`ApifyUserAbortError`). The target is never
   * closed (a `WritableStream` is only locked meanwhile).
   *
   * @example
   * ```ts
   * await client.run(runId).log.redirect(console, { fromStart: false }); // each new line through console.info
   * ```
   */
  async redirect(target: LogTarget, params: StreamLogParams = {}, options: RequestOptions = {}): Promise<void> {
    // A WritableStream is written through its writer, which has `write` like any other writable.
    const sink = target instanceof WritableStream ? target.getWriter() : target;
    try {
      for await (const line of this.stream(params, options)) {
        await ('info' in sink ? sink.info(line) : 'log' in sink ? sink.log(line) : sink.write(`${line}\n`));
      }
    } finally {
      if (sink instanceof WritableStreamDefaultWriter) sink.releaseLock();
    }
  }
}

/** Connections of a followed log that may break in a row before any new byte arrives. */
const MAX_STALLS = 3;

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
