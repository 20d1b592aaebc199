import { isAscii } from 'node:buffer';
import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { ResponseLike } from '../transport/types.js';

type Bytes = Uint8Array<ArrayBuffer>;

const utf8 = new TextDecoder();
/**
 * A chunk of undici's kept past the call that handed it over: a copy, since it is a view into the socket's read
 * buffer, which the next read overwrites (a test reads records over one keep-alive connection to check this).
 */
const copy = (chunk: Uint8Array): Bytes => new Uint8Array(chunk);

/** Copies `chunks` one after the other into `into`, from its start. */
function join(chunks: readonly Bytes[], into: Bytes): Bytes {
  let at = 0;
  for (const chunk of chunks) {
    into.set(chunk, at);
    at += chunk.byteLength;
  }
  return into;
}
/** A body read into a buffer is preallocated from `content-length` up to this size; larger ones are gathered. */
const MAX_PREALLOCATED = 2 ** 31 - 1;
const USED = 'The body has already been read.';

/**
 * One request on undici's dispatcher API: the handler undici calls, and the response the client reads, in one object.
 * The promise of `createNodeFetch` resolves with it when the headers arrive. Its body is read once, in one of two ways:
 * `text()` / `arrayBuffer()` gather the chunks into one buffer (preallocated from `content-length`, so a download is
 * held once, not as chunks and then their copy), `body` hands them out as a web stream that pauses the socket while
 * its reader is behind. The caller's signal aborts the request at any point: before the headers (the promise
 * rejects), or while the body is read (the read or the stream fails with the signal's reason).
 */
export class Exchange implements Dispatcher.DispatchHandler, ResponseLike {
  status = 0;
  ok = false;
  readonly #resolve: (response: ResponseLike) => void;
  readonly #reject: (error: unknown) => void;
  readonly #signal: AbortSignal | undefined;
  /** A HEAD answer's `content-length` is the size of a body it does not have. */
  readonly #bodiless: boolean;
  readonly #onAbort: (() => void) | undefined;
  #controller: Dispatcher.DispatchController | undefined;
  #rawHeaders: IncomingHttpHeaders = {};
  #headers: Headers | undefined;
  /** Chunks received while nobody reads them yet. */
  #chunks: Bytes[] = [];
  #received = 0;
  /** The buffer a `text()` / `arrayBuffer()` read fills when `content-length` is known. */
  #target: Bytes | undefined;
  #waiter: { resolve(bytes: Bytes): void; reject(error: unknown): void } | undefined;
  #stream: ReadableStream<Bytes> | undefined;
  #sink: ReadableStreamDefaultController<Bytes> | undefined;
  #used = false;
  #started = false;
  #done = false;
  #failed = false;
  #error: unknown;

  constructor(
    method: string,
    signal: AbortSignal | undefined,
    resolve: (r: ResponseLike) => void,
    reject: (e: unknown) => void,
  ) {
    this.#bodiless = method === 'HEAD';
    this.#resolve = resolve;
    this.#reject = reject;
    this.#signal = signal;
    if (signal) {
      this.#onAbort = () => this.#abort(signal.reason);
      signal.addEventListener('abort', this.#onAbort, { once: true });
    }
  }

  // ---- undici's side ----

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#failed) controller.abort(this.#error as Error);
  }

  onResponseStart(_: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders): void {
    if (statusCode < 200 || this.#failed) return; // 1xx: the final answer is still to come
    this.status = statusCode;
    this.ok = statusCode < 300;
    this.#rawHeaders = headers;
    this.#started = true;
    this.#resolve(this);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Uint8Array): void {
    if (this.#failed) return;
    const sink = this.#sink;
    if (sink) {
      sink.enqueue(copy(chunk));
      if ((sink.desiredSize ?? 1) <= 0) controller.pause();
      return;
    }
    const target = this.#target;
    if (target && this.#received + chunk.byteLength <= target.byteLength) target.set(chunk, this.#received);
    else {
      if (target) this.#unallocate();
      this.#chunks.push(copy(chunk));
    }
    this.#received += chunk.byteLength;
  }

  onResponseEnd(): void {
    if (this.#failed) return;
    this.#done = true;
    this.#release();
    this.#sink?.close();
    this.#waiter?.resolve(this.#bytes());
  }

  onResponseError(_: Dispatcher.DispatchController, error: Error): void {
    this.#fail(error);
  }

  // ---- the client's side ----

  get headers(): Headers {
    if (!this.#headers) {
      const headers = new Headers();
      for (const [name, value] of Object.entries(this.#rawHeaders)) {
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else if (value !== undefined) headers.set(name, value);
      }
      this.#headers = headers;
    }
    return this.#headers;
  }

  get body(): ReadableStream<Bytes> {
    // Like a `Response` whose body was read: the stream is there, but reading it fails.
    this.#stream ??= this.#used
      ? new ReadableStream({ start: (s) => s.error(new TypeError(USED)) })
      : this.#openStream();
    return this.#stream;
  }

  async text(): Promise<string> {
    const bytes = await this.#read();
    // ASCII (most JSON) reads the same as Latin-1, which copies the bytes instead of decoding them (about 3x faster).
    if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return utf8.decode(bytes);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#read();
    // Every buffer here is the body's own; one the body filled is handed over as it is.
    return bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  }

  // ---- internals ----

  #take(): void {
    if (this.#used) throw new TypeError(USED);
    this.#used = true;
  }

  #read(): Promise<Bytes> {
    this.#take();
    if (this.#failed) return Promise.reject(this.#error);
    if (this.#done) return Promise.resolve(this.#bytes());
    const length =
      this.#bodiless || this.status === 204 || this.status === 304 ? 0 : Number(this.#rawHeaders['content-length']);
    if (Number.isSafeInteger(length) && length >= this.#received && length <= MAX_PREALLOCATED) {
      this.#target = join(this.#chunks, new Uint8Array(length));
      this.#chunks = [];
    }
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  /** The body in one buffer: the preallocated one, the one chunk, or the chunks joined. */
  #bytes(): Bytes {
    const target = this.#target;
    if (target) return this.#received === target.byteLength ? target : target.subarray(0, this.#received);
    const chunks = this.#chunks;
    this.#chunks = [];
    return chunks.length === 1 ? (chunks[0] as Bytes) : join(chunks, new Uint8Array(this.#received));
  }

  /** More arrived than `content-length` promised (undici frames by it, so only in theory): back to gathering. */
  #unallocate(): void {
    this.#chunks = [(this.#target as Bytes).subarray(0, this.#received)];
    this.#target = undefined;
  }

  #openStream(): ReadableStream<Bytes> {
    this.#take();
    return new ReadableStream<Bytes>(
      {
        start: (sink) => {
          for (const chunk of this.#chunks) sink.enqueue(chunk);
          this.#chunks = [];
          if (this.#failed) sink.error(this.#error);
          else if (this.#done) sink.close();
          else {
            this.#sink = sink;
            if ((sink.desiredSize ?? 1) <= 0) this.#controller?.pause();
          }
        },
        pull: () => this.#controller?.resume(),
        cancel: (reason) => {
          // Nothing more is read: the request ends here, and its connection is not reused.
          this.#sink = undefined;
          if (!this.#done && !this.#failed) this.#abort(reason ?? new Error('The body was cancelled.'));
        },
      },
      { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
    );
  }

  #abort(reason: unknown): void {
    this.#controller?.abort(reason as Error);
    this.#fail(reason);
  }

  #fail(error: unknown): void {
    if (this.#failed || this.#done) return;
    this.#failed = true;
    this.#error = error;
    this.#chunks = [];
    this.#target = undefined;
    this.#release();
    if (!this.#started) this.#reject(error);
    this.#sink?.error(error);
    this.#waiter?.reject(error);
  }

  #release(): void {
    if (this.#onAbort) this.#signal?.removeEventListener('abort', this.#onAbort);
  }
}
