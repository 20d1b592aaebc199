import type { OpenApiDocument } from './build-document.js';
import { HTTP_METHODS } from './mount.js';

export interface OperationEntry {
  path: string;
  method: string;
  operation: Record<string, unknown> & { operationId: string };
  /** JSON pointer of the operation inside the document. */
  pointer: string;
}

const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/** JSON pointer built from raw path tokens. */
export const pointer = (...tokens: string[]) => `#/${tokens.map(escapeToken).join('/')}`;

/** Every operation of the document, in document order. */
export function operations(document: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationEntry['operation'] | undefined;
      if (operation) entries.push({ path, method, operation, pointer: pointer('paths', path, method) });
    }
  }
  return entries;
}

/** Follows a local `$ref` (one level at a time) until a non-reference object. */
export function deref<T>(document: OpenApiDocument, node: unknown): T {
  let current = node as { $ref?: string } | undefined;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((value, token) => (value as Record<string, unknown>)[token], document) as typeof current;
  }
  return current as T;
}
