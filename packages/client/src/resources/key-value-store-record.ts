import type { RawBody } from '../call/operations.js';
import { ApifyError, ApifyInputError, NotFoundError } from '../errors.js';

/** How `getRecord` returns the value; without it, by Content-Type (JSON → parsed, `text/*` → string, else bytes). */
export type RecordAs = 'json' | 'text' | 'bytes' | 'stream';

/** A record read from the store. */
export interface KeyValueRecord<T> {
  key: string;
  value: T;
  /** The stored Content-Type (`application/octet-stream` when the server sent none). */
  contentType: string;
}

/** A value `setRecord` accepts: bytes, a `Blob`, a stream, a string, or anything JSON can serialise. */
export type RecordValue =
  | Uint8Array
  | ArrayBuffer
  | ArrayBufferView
  | Blob
  | ReadableStream<Uint8Array>
  | string
  | number
  | boolean
  | null
  | object;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** What a `Content-Type` says about how to read the body by default. */
export function defaultAs(contentType: string): Exclude<RecordAs, 'stream'> {
  if (JSON_TYPE.test(contentType)) return 'json';
  if (/^text\//i.test(contentType)) return 'text';
  return 'bytes';
}

/** Decodes a record body read whole as asked. */
export function decodeRecord(view: Uint8Array, as: Exclude<RecordAs, 'stream'>): unknown {
  if (as === 'bytes') return view;
  const text = new TextDecoder().decode(view);
  if (as === 'text') return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApifyError('The record is not valid JSON (read it as text or bytes).', { cause: error });
  }
}

/**
 * Whether a 404 means "this record does not exist" rather than "the store (or the run) does not exist": both are
 * `record-not-found`, so the message decides. Apify says "Record was not found" for a missing record and names the
 * store, run or Actor otherwise. Any other wording counts as the store or run missing, so the caller gets an error
 * instead of a silent `undefined`.
 */
export const isMissingRecord = (error: unknown): error is NotFoundError =>
  // The error's message starts with the server's (`HTTP 404` when the body had none).
  error instanceof NotFoundError && error.type === 'record-not-found' && /^record\b/i.test(error.message);

/** The body and Content-Type `setRecord` sends for a value. */
export function encodeRecord(value: RecordValue, contentType: string | undefined): RawBody {
  if (typeof value === 'string') return { data: value, contentType: contentType ?? 'text/plain; charset=utf-8' };
  if (
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof Blob ||
    value instanceof ReadableStream
  ) {
    const data = ArrayBuffer.isView(value) ? bytesOf(value) : value;
    return { data, contentType: contentType ?? ((value instanceof Blob && value.type) || 'application/octet-stream') };
  }
  const json = JSON.stringify(value);
  if (json === undefined) throw new ApifyInputError(`A ${typeof value} cannot be stored.`);
  return { data: json, contentType: contentType ?? 'application/json; charset=utf-8' };
}

/** The bytes of a view as a fetch body (copied only when they live in a `SharedArrayBuffer`). */
function bytesOf({ buffer, byteOffset, byteLength }: ArrayBufferView): Uint8Array<ArrayBuffer> {
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer, byteOffset, byteLength)
    : new Uint8Array(buffer, byteOffset, byteLength).slice();
}
