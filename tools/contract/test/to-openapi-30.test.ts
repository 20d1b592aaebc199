import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC_JSON } from '../src/paths.js';
import { type JsonObject, toOpenApi30 } from '../src/to-openapi-30.js';

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

  it('refuses constructs it cannot express, and converts the bundled spec without any left over', () => {
    expect(() => convert({ prefixItems: [] })).toThrow(/prefixItems/);
    const out = JSON.stringify(toOpenApi30(JSON.parse(readFileSync(SPEC_JSON, 'utf8'))));
    expect(out).not.toMatch(/"type":\[/);
    expect(out).not.toMatch(/"const":|"contentMediaType":|"identifier":/);
    expect(join(SPEC_JSON)).toContain('openapi.json');
  });
});
