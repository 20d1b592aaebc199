/**
 * A small OpenAPI 3.1 → 3.0.3 down-converter. `pnpm generate` writes its output to openapi/dist/openapi-3.0.json
 * (drift-checked like the 3.1 bundle) for generators that read OpenAPI 3.0 only.
 *
 * Why: oapi-codegen v2, for one, parses with kin-openapi, which reads OpenAPI 3.0 only. Given our 3.1 bundle it
 * fails on the first JSON Schema type array (`type: [string, object, 'null']` → "unhandled Schema type"). The spec
 * itself stays 3.1 and is the source of truth; the contract test (tools/contract) generates the Go client from this
 * copy.
 *
 * What it rewrites, and only inside Schema Objects (media-type `examples` maps are valid 3.0 and stay):
 * - `type: [X, 'null']`            → `type: X, nullable: true`
 * - `type: [X, Y, …]` (several)    → `oneOf: [{type: X}, {type: Y}, …]` (+ `nullable: true` when `null` is listed)
 * - `type: ['null']`               → `nullable: true` (no type)
 * - `anyOf/oneOf: [X, {type: null}]` → `allOf: [X], nullable: true` (several X: the same keyword without the null)
 * - `const: v`                     → `enum: [v]`
 * - `examples: [a, …]`             → `example: a`
 * - numeric `exclusiveMinimum/Maximum: n` → `minimum/maximum: n` + `exclusiveMinimum/Maximum: true`
 * - `contentMediaType`, `contentEncoding`, `$schema`, `$id`, `$comment` → dropped
 * and at the top level: `openapi: 3.0.3`, `info.summary` and `info.license.identifier` dropped, `jsonSchemaDialect` and `webhooks`
 * dropped. Anything else 3.1-only makes it throw, so a new construct in the spec is noticed, not silently lost.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const DROPPED = ['contentMediaType', 'contentEncoding', '$schema', '$id', '$comment'];
const UNSUPPORTED = [
  'prefixItems',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'patternProperties',
  'propertyNames',
  '$defs',
  'contains',
];

/** `{type: 'null'}` (optionally with a description): the null branch of an anyOf/oneOf. */
const isNullSchema = (value: Json): boolean =>
  isObject(value) &&
  value.type === 'null' &&
  Object.keys(value).every((key) => key === 'type' || key === 'description');

/** Converts one Schema Object (and its subschemas) in place-free fashion. */
function convertSchema(input: Json, where: string): Json {
  if (!isObject(input)) return input;
  const schema: JsonObject = {};
  for (const [key, value] of Object.entries(input)) {
    if (DROPPED.includes(key)) continue;
    if (UNSUPPORTED.includes(key)) throw new Error(`to-openapi-30: ${where}: '${key}' has no OpenAPI 3.0 equivalent`);
    if (key === 'properties' && isObject(value)) {
      schema.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convertSchema(sub, `${where}.properties.${name}`)]),
      );
    } else if ((key === 'items' || key === 'not') && isObject(value)) {
      schema[key] = convertSchema(value, `${where}.${key}`);
    } else if (key === 'additionalProperties' && isObject(value)) {
      schema[key] = convertSchema(value, `${where}.${key}`);
    } else if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value) && value.some(isNullSchema)) {
      // `anyOf: [X, {type: 'null'}]`: 3.0 has no null type; `nullable: true` says it, and one branch left becomes
      // `allOf: [X]` (the 3.0 idiom for a nullable $ref, since siblings of a $ref are ignored).
      const rest = value
        .filter((sub) => !isNullSchema(sub))
        .map((sub, i) => convertSchema(sub, `${where}.${key}[${i}]`));
      schema.nullable = true;
      if (rest.length > 1) schema[key] = rest;
      else if (rest.length === 1) {
        if (input.allOf) throw new Error(`to-openapi-30: ${where}: nullable ${key} next to allOf`);
        schema.allOf = rest;
      }
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      schema[key] = value.map((sub, i) => convertSchema(sub, `${where}.${key}[${i}]`));
    } else if (key === 'const') {
      schema.enum = [value];
    } else if (key === 'examples' && Array.isArray(value)) {
      if (value.length > 0) schema.example = value[0] ?? null;
    } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'number') {
      schema[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = value;
      schema[key] = true;
    } else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null') as string[];
      if (types.length < value.length) schema.nullable = true;
      if (types.length === 1) schema.type = types[0] ?? null;
      else if (types.length > 1) {
        if (input.oneOf || input.anyOf) throw new Error(`to-openapi-30: ${where}: type array next to oneOf/anyOf`);
        schema.oneOf = types.map((type) => ({ type }));
      }
    } else {
      schema[key] = value;
    }
  }
  return schema;
}

/** Walks the document and converts every Schema Object it finds (under `schema` keys and `components.schemas`). */
function walk(node: Json, where: string): Json {
  if (Array.isArray(node)) return node.map((item, i) => walk(item, `${where}[${i}]`));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'schema') out[key] = convertSchema(value, `${where}.schema`);
    else if (key === 'schemas' && where === '#/components' && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convertSchema(sub, `#/components/schemas/${name}`)]),
      );
    } else if (key === 'example' || key === 'examples' || key === 'value') {
      out[key] = value; // example payloads are data, never schemas
    } else out[key] = walk(value, `${where}/${key}`);
  }
  return out;
}

/** Returns an OpenAPI 3.0.3 copy of a bundled OpenAPI 3.1 document (see the file comment for what changes). */
export function toOpenApi30(document: JsonObject): JsonObject {
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new Error(`to-openapi-30: expected an OpenAPI 3.1 document, got ${String(document.openapi)}`);
  }
  const { webhooks: _webhooks, jsonSchemaDialect: _dialect, ...rest } = document;
  const converted = walk(rest, '#') as JsonObject;
  converted.openapi = '3.0.3';
  const info = converted.info;
  if (isObject(info)) {
    delete info.summary; // 3.1 only; the description says the same at length
    if (isObject(info.license)) {
      const { identifier: _identifier, ...license } = info.license;
      info.license = license;
    }
  }
  return converted;
}
