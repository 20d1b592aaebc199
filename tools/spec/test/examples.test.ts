import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { deref, operations, pointer } from '../src/walk.js';
import { spec } from './load.js';

/** An example together with the JSON pointer of the schema it must satisfy. */
interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: unknown;
}

type Media = { schema?: unknown; example?: unknown; examples?: Record<string, unknown> };
type WithContent = { content?: Record<string, Media> };

function mediaCases(where: string, basePointer: string[], content: Record<string, Media> | undefined): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const [type, media] of Object.entries(content ?? {})) {
    if (!media.schema) continue;
    const schemaPointer = pointer(...basePointer, 'content', type, 'schema');
    const values: Array<[string, unknown]> = [];
    if (media.example !== undefined) values.push(['example', media.example]);
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      values.push([name, deref<{ value?: unknown }>(spec, example).value]);
    }
    for (const [name, value] of values) {
      // Binary and text bodies carry their examples as strings; only structured media are checked here.
      if (!type.includes('json')) continue;
      cases.push({ where: `${where} ${type} ${name}`, schemaPointer, value });
    }
  }
  return cases;
}

/** Walks every operation, following `$ref`s to the component that holds the example. */
function collectCases(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const refPath = (node: unknown, fallback: string[]) => {
    const ref = (node as { $ref?: string }).$ref;
    return ref
      ? ref
          .slice(2)
          .split('/')
          .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
      : fallback;
  };
  for (const entry of operations(spec)) {
    const id = entry.operation.operationId;
    const base = ['paths', entry.path, entry.method];
    const body = entry.operation.requestBody;
    if (body) {
      cases.push(
        ...mediaCases(
          `${id} requestBody`,
          refPath(body, [...base, 'requestBody']),
          deref<WithContent>(spec, body).content,
        ),
      );
    }
    for (const [code, response] of Object.entries((entry.operation.responses ?? {}) as Record<string, unknown>)) {
      const responsePath = refPath(response, [...base, 'responses', code]);
      cases.push(...mediaCases(`${id} ${code}`, responsePath, deref<WithContent>(spec, response).content));
    }
  }
  for (const [name, parameter] of Object.entries((spec.components.parameters ?? {}) as Record<string, Media>)) {
    if (parameter.example !== undefined) {
      cases.push({
        where: `parameter ${name}`,
        schemaPointer: pointer('components', 'parameters', name, 'schema'),
        value: parameter.example,
      });
    }
  }
  return cases;
}

/** Shared responses repeat on every operation: check each (schema, example) pair once. */
function uniqueCases(cases: ExampleCase[]): ExampleCase[] {
  return [...new Map(cases.map((c) => [`${c.schemaPointer} ${c.where.split(' ').at(-1)}`, c])).values()];
}

describe('examples', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(spec as object, 'spec');
  const cases = collectCases();

  it('covers a JSON example for every operation that has JSON content', () => {
    const withExample = new Set(cases.map((c) => c.where.split(' ')[0]));
    for (const entry of operations(spec)) {
      const responses = Object.values((entry.operation.responses ?? {}) as Record<string, unknown>);
      const hasJson = responses.some((r) => deref<WithContent>(spec, r).content?.['application/json']);
      if (hasJson) expect(withExample.has(entry.operation.operationId), entry.operation.operationId).toBe(true);
    }
  });

  it.each(uniqueCases(cases).map((c) => [c.where, c] as const))('%s matches its schema', (_, example) => {
    const validate = ajv.getSchema(`spec${example.schemaPointer}`);
    expect(validate, `schema at ${example.schemaPointer}`).toBeDefined();
    const valid = validate?.(example.value);
    expect(validate?.errors ?? [], JSON.stringify(example.value).slice(0, 200)).toEqual([]);
    expect(valid).toBe(true);
  });
});
