import { encodeSegment } from '../encode.js';
import { ApifyInputError } from '../errors.js';

/** Fills the `{name}` segments of a suffix (`/key-value-store/records/{recordKey}`), each through `encodeSegment`. */
export function fillPath(suffix: string, params: Readonly<Record<string, unknown>> | undefined): string {
  if (!suffix.includes('{')) return suffix;
  return suffix.replace(/\{([^}]+)\}/g, (_, name: string) => encodeSegment(params?.[name], name));
}

/**
 * The query string (with its `?`, or `''`) of the given parameter objects in order: `undefined` values are left out,
 * arrays are comma-joined (OpenAPI `form`, `explode: false`, as the spec declares them), everything else is
 * `String(value)`, and names and values are percent-encoded.
 */
export function queryString(...queries: (Readonly<Record<string, unknown>> | undefined)[]): string {
  let out = '';
  for (const query of queries) {
    if (!query) continue;
    for (const name in query) {
      const value = query[name];
      if (value === undefined) continue;
      const text = Array.isArray(value) ? value.join(',') : String(value);
      out += `${out ? '&' : '?'}${encodeQuery(name)}=${encodeQuery(text)}`;
    }
  }
  return out;
}

function encodeQuery(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch (cause) {
    // encodeURIComponent throws on lone UTF-16 surrogates, which have no URL form.
    throw new ApifyInputError('A query parameter holds text that cannot be URL-encoded (a lone surrogate).', { cause });
  }
}
