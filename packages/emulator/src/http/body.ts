import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from 'node:zlib';
import { ApiError } from './api-error.js';

/** The largest request body the API accepts, in bytes (apify-api-facts.md §9.2). */
export const MAX_BODY_BYTES = 9_437_184;

/**
 * After an early answer (an error before or while the body is read), the server reads and discards up to this many
 * more body bytes so the connection stays usable; a client sending more gets `Connection: close`.
 */
export const DRAIN_LIMIT_BYTES = 4 * MAX_BODY_BYTES;
/** Real time the server spends draining a body before it gives up on the connection (a stalled client). */
const DRAIN_TIMEOUT_MS = 30_000;

const tooLarge = () =>
  new ApiError(413, 'request-too-large', `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes.`);

function decoder(encoding: string): Gunzip | ReturnType<typeof createBrotliDecompress> | undefined {
  switch (encoding) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    case 'deflate':
      return createInflate();
    default:
      throw new ApiError(
        415,
        'unsupported-content-encoding',
        `Content-Encoding "${encoding}" is not supported; use br, gzip, deflate or identity.`,
      );
  }
}

/**
 * Reads the whole request body, decompressing it by its Content-Encoding. Stops collecting (413) as soon as either
 * the wire bytes or the decoded bytes pass the limit, so an oversize or zip-bomb body never fills memory. It never
 * destroys the request: on an error the rest of the body is left for {@link drainBody}, so the connection survives.
 */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const header = req.headers['content-encoding'];
  const encoding = String(header ?? '')
    .trim()
    .toLowerCase();
  // A Content-Encoding header that is present but empty names no coding of the spec's enum: 415, like any other
  // unknown value (an absent header means identity). Found by schemathesis.
  const decode = header !== undefined && encoding === '' ? decoder('(empty)') : decoder(encoding);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wire = 0;
    let decoded = 0;
    let settled = false;
    const finish = (error: ApiError | undefined) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onClose);
      if (decode) {
        decode.off('data', collect);
        decode.destroy();
      }
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const collect = (chunk: Buffer) => {
      decoded += chunk.length;
      if (decoded > limit) finish(tooLarge());
      else chunks.push(chunk);
    };
    const onData = (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > limit) return finish(tooLarge());
      if (!decode) return collect(chunk);
      if (!decode.write(chunk)) {
        req.pause();
        decode.once('drain', () => req.resume());
      }
    };
    let ended = false;
    const onEnd = () => {
      ended = true;
      if (decode) decode.end();
      else finish(undefined);
    };
    // The request closes right after its end; only a close before it means the client went away mid-body.
    const onClose = () => {
      if (!ended) finish(new ApiError(400, 'invalid-request', 'The request body ended before it was complete.'));
    };
    if (decode) {
      decode.on('data', collect);
      decode.once('end', () => finish(undefined));
      decode.once('error', () =>
        finish(new ApiError(400, 'invalid-request', `The request body could not be decoded as "${encoding}".`)),
      );
    }
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onClose);
    req.once('error', onClose);
    req.resume();
  });
}

/**
 * Reads and discards what is left of a request body (after an early answer), so the keep-alive connection can
 * carry the next request. Resolves true when the body ended, false when it is too long, stalls, or the client went
 * away: then the answer must say `Connection: close`.
 */
export function drainBody(req: IncomingMessage): Promise<boolean> {
  if (req.complete || req.readableEnded) return Promise.resolve(true);
  if (req.destroyed) return Promise.resolve(false);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > DRAIN_LIMIT_BYTES) return Promise.resolve(false);
  return new Promise((resolve) => {
    let drained = 0;
    const done = (reusable: boolean) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onClose);
      resolve(reusable);
    };
    const onData = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_LIMIT_BYTES) done(false);
    };
    const onEnd = () => done(true);
    const onClose = () => done(req.complete);
    const timer = setTimeout(() => done(false), DRAIN_TIMEOUT_MS);
    timer.unref();
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onClose);
    req.once('error', onClose);
    req.resume();
  });
}

export const isReadable = (value: unknown): value is Readable => value instanceof Readable;
