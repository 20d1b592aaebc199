import { expect } from 'vitest';
import { compileSchema } from '../../src/http/params.js';
import { deref, loadSpec } from '../../src/spec/document.js';
import { indexOperations, type OperationInfo } from '../../src/spec/operations.js';

const spec = loadSpec();
const operations = indexOperations(spec);

/** The spec operation that serves `method` on `pathname` (the `/v2/actors/` alias maps to `/v2/acts/`). */
export function operationFor(method: string, pathname: string): OperationInfo | undefined {
  const path = pathname.replace(/^\/v2\/actors\//, '/v2/acts/').replace(/\/+$/, '');
  return operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
}

type ResponseSpec = {
  content?: Record<string, { schema?: Record<string, unknown> }>;
  headers?: Record<string, unknown>;
};

const validators = new Map<string, ReturnType<typeof compileSchema>>();

/**
 * Asserts that a response is one the spec declares for its operation: a declared status, a declared media type,
 * a JSON body valid against the schema, and the declared headers present on success responses.
 * Returns the parsed JSON body (or the text for other media).
 */
export async function expectConformant(method: string, url: string, response: Response): Promise<unknown> {
  const pathname = new URL(url).pathname;
  const operation = operationFor(method, pathname);
  expect(operation, `no spec operation for ${method} ${pathname}`).toBeDefined();
  if (!operation) return undefined;
  const item = spec.paths[operation.template] as Record<string, { responses: Record<string, unknown> }>;
  const declared = item[operation.method.toLowerCase()]?.responses ?? {};
  const raw = declared[String(response.status)];
  expect(raw, `${operation.operationId} does not declare status ${response.status}`).toBeDefined();
  const responseSpec = deref<ResponseSpec>(spec, raw);
  const text = await response.text();
  const content = responseSpec.content;
  if (!content || Object.keys(content).length === 0) {
    expect(text, `${operation.operationId} ${response.status} must have no body`).toBe('');
    return undefined;
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const media = content[type] ?? content['*/*'];
  expect(media, `${operation.operationId} ${response.status}: undeclared media type "${type}"`).toBeDefined();
  if (response.status < 300) {
    for (const name of Object.keys(responseSpec.headers ?? {})) {
      if (/^(content-disposition|content-encoding)$/i.test(name)) continue;
      expect(response.headers.get(name), `${operation.operationId}: header ${name}`).not.toBeNull();
    }
  }
  if (!type.includes('json') || !media?.schema || type === 'application/jsonl') return text;
  const body = JSON.parse(text) as unknown;
  const key = `${operation.operationId} ${response.status} ${type}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = compileSchema(media.schema);
    validators.set(key, validate);
  }
  const valid = validate(body);
  expect(validate.errors ?? [], `${key} body: ${text.slice(0, 300)}`).toEqual([]);
  expect(valid).toBe(true);
  return body;
}
