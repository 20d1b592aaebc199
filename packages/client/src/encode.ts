import { ApifyInputError } from './errors.js';

/**
 * Everything that turns ids, keys and parameters into URL text lives here: nothing else builds URLs.
 */

/** `encodeURIComponent`, with the `URIError` of a lone UTF-16 surrogate (no URL form) as `ApifyInputError`. */
function uriEncode(text: string, what: string): string {
  try {
    return encodeURIComponent(text);
  } catch (cause) {
    throw new ApifyInputError(`${what} has a lone surrogate (no URL form).`, { cause });
  }
}

/**
 * Percent-encodes one path segment. `.`, `..` and empty values are rejected because they would address a
 * different resource.
 */
export function encodeSegment(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
    throw new ApifyInputError(`${what} must be a string but "", "." or "..".`);
  }
  return uriEncode(value, what);
}

/** Accepts an Actor as an ID, `username~name` or `username/name`; returns the API form (`username~name`). */
export function actorRef(actorId: string): string {
  const parts = typeof actorId === 'string' ? actorId.split('/') : [];
  if (parts.length < 1 || parts.length > 2 || parts.some((part) => part === '')) {
    throw new ApifyInputError(`actorId ${JSON.stringify(actorId)} must be an ID, "user~name" or "user/name".`);
  }
  uriEncode(actorId, 'actorId');
  return parts.join('~');
}

/** Fills the `{name}` segments of a path (`/key-value-store/records/{recordKey}`), each through `encodeSegment`. */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  if (!path.includes('{')) return path;
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeSegment(params?.[name], name));
}

/**
 * The query string (with its `?`, or `''`) of the given parameter objects in order: `undefined` values are left out,
 * arrays are comma-joined (OpenAPI `form`, `explode: false`, as the spec declares them), everything else is
 * `String(value)`, and names and values are percent-encoded.
 */
export function queryString(...queries: (Readonly<Record<string, unknown>> | undefined)[]): string {
  let out = '';
  for (const query of queries) {
    for (const name in query) {
      const value = query[name];
      if (value === undefined) continue;
      const text = Array.isArray(value) ? value.join(',') : String(value);
      out += `${out ? '&' : '?'}${uriEncode(name, 'A query parameter')}=${uriEncode(text, `Query parameter ${name}`)}`;
    }
  }
  return out;
}

/** openapi-fetch path serializer (`createRawClient`): every `{param}` goes through `encodeSegment`. */
export const serializePath = (template: string, params: Record<string, unknown>): string => fillPath(template, params);
