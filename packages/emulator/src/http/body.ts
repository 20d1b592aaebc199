import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ApiError } from './api-error.js';

/** The largest request body the API accepts, in bytes (apify-api-facts.md §9.2). */
export const MAX_BODY_BYTES = 9_437_184;

const tooLarge = () =>
  new ApiError(413, 'request-too-large', `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes.`);

function decoder(encoding: string) {
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
 * Reads the whole request body, decompressing it by its Content-Encoding. Stops reading (413) as soon as either the
 * wire bytes or the decoded bytes pass the limit, so an oversize or zip-bomb body never fills memory.
 */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw tooLarge();
  }
  const header = req.headers['content-encoding'];
  const encoding = String(header ?? '')
    .trim()
    .toLowerCase();
  // A Content-Encoding header that is present but empty names no coding of the spec's enum: 415, like any other
  // unknown value (an absent header means identity). Found by schemathesis.
  const decode = header !== undefined && encoding === '' ? decoder('(empty)') : decoder(encoding);
  const chunks: Buffer[] = [];
  let wire = 0;
  let decoded = 0;
  const counter = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      wire += chunk.length;
      if (wire > limit) throw tooLarge();
      yield chunk;
    }
  };
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      decoded += chunk.length;
      if (decoded > limit) throw tooLarge();
      chunks.push(chunk);
    }
  };
  try {
    if (decode) await pipeline(req, counter, decode, collect);
    else await pipeline(req, counter, collect);
  } catch (error) {
    if (error instanceof ApiError) {
      req.resume();
      throw error;
    }
    throw new ApiError(400, 'invalid-request', `The request body could not be decoded as "${encoding}".`);
  }
  return Buffer.concat(chunks);
}

export const isReadable = (value: unknown): value is Readable => value instanceof Readable;
