import { ApifyInputError } from './errors.js';

/**
 * Percent-encodes one path segment. The one place that turns ids and keys into URL path text: nothing else
 * builds paths. `.`, `..` and empty values are rejected because they would address a different resource.
 */
export function encodeSegment(value: unknown, what = 'path segment'): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ApifyInputError(`${what} must be a non-empty string.`);
  }
  if (value === '.' || value === '..') throw new ApifyInputError(`${what} "${value}" is not allowed.`);
  assertWellFormed(value, what);
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Rejects strings with lone UTF-16 surrogates: they have no URL form (`encodeURIComponent` throws a URIError). */
export function assertWellFormed(value: string, what: string): void {
  try {
    encodeURIComponent(value);
  } catch (cause) {
    throw new ApifyInputError(`${what} must be well-formed Unicode (it has a lone surrogate).`, { cause });
  }
}

/** Accepts an Actor as an ID, `username~name` or `username/name`; returns the API form (`username~name`). */
export function actorRef(actorId: string): string {
  if (typeof actorId !== 'string' || actorId.length === 0)
    throw new ApifyInputError('actorId must be a non-empty string.');
  const parts = actorId.split('/');
  if (parts.length > 2 || parts.some((part) => part.length === 0)) {
    throw new ApifyInputError(`actorId "${actorId}" must be an ID, "username~name" or "username/name".`);
  }
  assertWellFormed(actorId, 'actorId');
  return parts.join('~');
}

/** openapi-fetch path serializer: every `{param}` goes through `encodeSegment`. */
export function serializePath(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeSegment(params[name], name));
}
