import { ApiError } from './api-error.js';

/**
 * The deepest nesting of objects and arrays a JSON body may have (the body itself is level 1). Far deeper than any
 * dataset item or request needs; it keeps every later step (serialising, cloning, transforming) well inside the
 * stack, so a body either is accepted whole or rejected before it changes anything.
 */
export const MAX_JSON_DEPTH = 128;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deep the objects and arrays of a JSON text nest, counted without parsing (no recursion), stopping as soon as
 * it passes `stopAt`. Brackets inside strings do not count.
 */
export function jsonDepth(bytes: Uint8Array, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth -= 1;
  }
  return deepest;
}

/**
 * Parses a JSON request body: 400 `invalid-input` when it nests deeper than {@link MAX_JSON_DEPTH}, 400
 * `invalid-request` when it is not JSON.
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  if (jsonDepth(bytes, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new ApiError(
      400,
      'invalid-input',
      `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep.`,
    );
  }
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    throw new ApiError(400, 'invalid-request', 'The request body is not valid JSON.');
  }
}
