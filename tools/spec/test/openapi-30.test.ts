import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { type JsonObject, toOpenApi30 } from '../src/openapi-30.js';
import { distJson30 } from '../src/paths.js';
import { spec } from './load.js';

const base = { openapi: '3.1.0', info: { title: 't', version: '1', license: { name: 'MIT', identifier: 'MIT' } } };
const convert = (schema: JsonObject) =>
  (
    toOpenApi30({ ...base, paths: {}, components: { schemas: { S: schema } } }) as never as {
      components: { schemas: { S: unknown } };
    }
  ).components.schemas.S;

describe('toOpenApi30', () => {
  it('rewrites the 3.1 constructs of our spec into their 3.0.3 equivalents', () => {
    expect(convert({ type: ['string', 'null'] })).toEqual({ type: 'string', nullable: true });
    expect(convert({ type: ['string', 'object', 'null'] })).toEqual({
      nullable: true,
      oneOf: [{ type: 'string' }, { type: 'object' }],
    });
    expect(convert({ type: 'string', const: 'a' })).toEqual({ type: 'string', enum: ['a'] });
    expect(convert({ type: 'integer', examples: [3, 4] })).toEqual({ type: 'integer', example: 3 });
    expect(convert({ type: 'number', exclusiveMinimum: 0 })).toEqual({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
    });
    expect(convert({ type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' })).toEqual({
      type: 'string',
    });
    expect(convert({ anyOf: [{ $ref: '#/components/schemas/U' }, { type: 'null' }] })).toEqual({
      nullable: true,
      allOf: [{ $ref: '#/components/schemas/U' }],
    });
    expect(convert({ oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] })).toEqual({
      nullable: true,
      oneOf: [{ type: 'string' }, { type: 'integer' }],
    });
    expect(convert({ type: 'object', properties: { a: { type: ['integer', 'null'] } } })).toEqual({
      type: 'object',
      properties: { a: { type: 'integer', nullable: true } },
    });
  });

  it('sets the version, drops license.identifier and leaves example payloads alone', () => {
    const out = toOpenApi30({
      ...base,
      paths: {
        '/x': {
          get: {
            responses: { 200: { content: { 'application/json': { examples: { e: { value: { const: 1 } } } } } } },
          },
        },
      },
    }) as never as { openapi: string; info: { license: object }; paths: unknown };
    expect(out.openapi).toBe('3.0.3');
    expect(out.info.license).toEqual({ name: 'MIT' });
    expect(JSON.stringify(out.paths)).toContain('"const":1');
  });

  it('refuses constructs it cannot express', () => {
    expect(() => convert({ prefixItems: [] })).toThrow(/prefixItems/);
    expect(() => toOpenApi30({ openapi: '3.0.3' })).toThrow(/expected an OpenAPI 3.1 document/);
  });
});

describe('openapi/dist/openapi-3.0.json', () => {
  const committed = JSON.parse(readFileSync(distJson30, 'utf8')) as JsonObject;

  it('is the bundle down-converted, with no 3.1 construct left over', () => {
    expect(committed).toEqual(toOpenApi30(structuredClone(spec) as never));
    const text = JSON.stringify(committed);
    expect(text).not.toMatch(/"type":\[/);
    expect(text).not.toMatch(/"contentMediaType":|"identifier":|"type":"null"/);
    expect(Object.keys(committed.paths as JsonObject)).toEqual(Object.keys(spec.paths));
  });

  it('is a valid OpenAPI 3.0 document for an independent validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(committed) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(validator.version).toBe('3.0');
  }, 60_000);
});
