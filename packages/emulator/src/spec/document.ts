import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The bundled OpenAPI document shipped by `@apify-runs/types`: routes, parameters and bodies come from it. */
export type OpenApiDocument = {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
};

let cached: OpenApiDocument | undefined;

export function loadSpec(): OpenApiDocument {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('@apify-runs/types/openapi.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  }
  return cached;
}

/** Follows local `$ref`s until a non-reference node. */
export function deref<T>(document: OpenApiDocument, node: unknown): T {
  let current = node as { $ref?: string } | undefined;
  for (let depth = 0; current && typeof current.$ref === 'string'; depth += 1) {
    if (depth > 32) throw new Error(`$ref chain too deep at ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((value, token) => (value as Record<string, unknown>)[token], document) as typeof current;
  }
  return current as T;
}
