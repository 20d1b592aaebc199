import { request as httpRequest } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { indexOperations, type OperationInfo, type ParameterInfo } from '../../src/spec/operations.js';

/**
 * Generated requests for property tests: any operation of either endpoint group (or a path and method that match
 * none), with parameters, headers, encodings and bodies ranging from plausible to hostile.
 */

/**
 * What a scene offers to aim at: IDs that exist (so requests get past the 404s) and tokens of several users. The
 * generators may use placeholders (see {@link PLACEHOLDERS}) that {@link resolve} replaces once the scene exists, so
 * requests are generated (and shrunk) independently of the IDs.
 */
export interface Targets {
  runIds: string[];
  actorRefs: string[];
  recordKeys: string[];
  requestIds: string[];
  tokens: string[];
}

/** Placeholders for the IDs of a scene that does not exist yet when the request is generated. */
export const PLACEHOLDERS = {
  runIds: ['@run0@', '@run1@'],
  actorRefs: ['@actor@', 'demo~@name@', '~@name@', 'prop-other~@name@', 'nobody~x'],
  recordKeys: ['INPUT', 'note.txt', 'missing', 'a b'],
  requestIds: ['@req0@', '@req1@', '@req2@', '@req3@'],
  tokens: ['@token0@', '@token0@', '@token1@'],
} satisfies Targets;

/** The request with the scene's values in place of the placeholders. */
export function resolve(request: HostileRequest, values: Record<string, string>): HostileRequest {
  // Placeholders also appear percent-encoded (in a query string); the values are URL-safe IDs and names.
  const fill = (text: string) =>
    text.replace(/(?:@|%40)(\w+)(?:@|%40)/g, (placeholder, name) => values[`@${name}@`] ?? placeholder);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, fill(value)]));
  const body =
    request.body && request.raw
      ? request.body
      : request.body && Buffer.from(fill(request.body.toString('latin1')), 'latin1');
  const path = fill(request.path);
  // Framed as HTTP frames a body (a GET body without a length would run into the next request).
  if (body) headers['content-length'] = String(body.length);
  return {
    ...request,
    path,
    headers,
    ...(body ? { body } : {}),
    label: `${request.method} ${path}${body ? ` ${body.length} bytes: ${body.subarray(0, 300).toString('latin1')}` : ''}`,
  };
}

export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** True when the body is compressed (placeholders inside it stay as they are). */
  raw?: boolean;
  /** For a report: what the request is. */
  label: string;
}

const operations = indexOperations();

/** Percent-encodes any string (lone surrogates become U+FFFD, as a client's UTF-8 encoder would send them). */
const pct = (value: string) => encodeURIComponent(Buffer.from(value, 'utf8').toString('utf8'));

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 6 }),
  fc.constantFrom('', ' ', '%', '%zz', '%E0%A4%A', '..', '/', '\\', '?', '#', '&', '=', '+', '~', 'x'.repeat(300)),
);

/** How hostile a request may be: `wellFormed` keeps the method, path and parameters valid (only bodies vary). */
export interface HostileOptions {
  wellFormed?: boolean;
}

/** A path segment: a real ID, or anything, percent-encoded (or, sometimes, raw malformed escapes). */
const segment = (wellFormed: boolean, known: string[]) =>
  wellFormed
    ? fc.constantFrom(...known)
    : fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...known) },
        { weight: 2, arbitrary: text.map(pct) },
        { weight: 1, arbitrary: fc.constantFrom('%zz', '%', '%00', 'a%2Fb', '%2e%2e', '..', '%C0%AF', '%ED%A0%80') },
      );

function typeOf(schema: Record<string, unknown>): string | undefined {
  const type = schema.type;
  return Array.isArray(type) ? (type.find((t) => t !== 'null') as string | undefined) : (type as string | undefined);
}

/** A value the parameter's schema accepts. */
function validValueFor(parameter: ParameterInfo, targets: Targets): fc.Arbitrary<string> {
  const schema = parameter.schema;
  const minimum = typeof schema.minimum === 'number' ? schema.minimum : 0;
  const maximum = Math.min(typeof schema.maximum === 'number' ? schema.maximum : 100, minimum + 100);
  switch (typeOf(schema)) {
    case 'integer':
      return fc.integer({ min: minimum, max: maximum }).map(String);
    case 'number':
      return fc.integer({ min: Math.ceil(minimum), max: Math.floor(maximum) }).map(String);
    case 'boolean':
      return fc.constantFrom('1', '0', 'true', 'false');
    case 'array':
      return fc.constantFrom('locked', 'pending', 'locked,pending');
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  if (parameter.name === 'clientKey') return fc.constantFrom('a', 'b');
  if (parameter.name === 'targetActorId') return fc.constantFrom(...targets.actorRefs);
  if (parameter.name === 'exclusiveStartKey') return fc.constantFrom(...targets.recordKeys);
  if (parameter.name === 'exclusiveStartId') return fc.constantFrom(...targets.requestIds);
  if (parameter.name === 'format') return fc.constantFrom('json', 'jsonl', 'csv', 'html', 'xlsx', 'xml', 'rss');
  return fc.constantFrom('n', 'a,b', 'nested', 'list', '__proto__', 'x');
}

/** A value for a query or header parameter: valid-looking for its schema, or not. */
function valueFor(parameter: ParameterInfo, targets: Targets, wellFormed: boolean): fc.Arbitrary<string> {
  if (wellFormed) return validValueFor(parameter, targets);
  const schema = parameter.schema;
  const plausible: fc.Arbitrary<string>[] = [validValueFor(parameter, targets)];
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      plausible.push(
        fc.integer({ min: -3, max: 120 }).map(String),
        fc.constantFrom('0', '1', '25', '60', '1000', '10001', '1.5', '-0', '1e3', '9007199254740993', 'NaN', ' 7', ''),
      );
      break;
    case 'boolean':
      plausible.push(fc.constantFrom('1', '0', 'true', 'false', 'TRUE', 'yes', ''));
      break;
    case 'array':
      plausible.push(fc.constantFrom('locked', 'pending', 'locked,pending', 'pending,', 'x', ''));
      break;
    default:
      if (Array.isArray(schema.enum)) plausible.push(fc.constantFrom(...(schema.enum as string[]), 'NOPE', ''));
      if (parameter.name === 'clientKey') plausible.push(fc.constantFrom('a', 'b', 'x'.repeat(33)));
      if (parameter.name === 'targetActorId') plausible.push(fc.constantFrom(...targets.actorRefs));
      if (parameter.name === 'exclusiveStartKey') plausible.push(fc.constantFrom(...targets.recordKeys, ''));
      if (parameter.name === 'exclusiveStartId') plausible.push(fc.constantFrom(...targets.requestIds, ''));
      if (parameter.name === 'cursor') plausible.push(fc.constantFrom('eyJhZnRlciI6IiJ9', 'eyJhZnRlciI6InoifQ', '!!'));
      if (parameter.name === 'unwind' || parameter.name === 'fields' || parameter.name === 'flatten') {
        plausible.push(fc.constantFrom('n', 'a,b', 'nested', 'list', 'nested.deep', ',', '__proto__', 'constructor'));
      }
  }
  return fc.oneof({ weight: 8, arbitrary: fc.oneof(...plausible) }, { weight: 1, arbitrary: text });
}

/** `arbitrary` `times` times in `outOf`, otherwise undefined. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, outOf: number, times = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: outOf - times, arbitrary: fc.constant(undefined) }, { weight: times, arbitrary });

const object = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });

/** `{"a":...}` nested `levels` deep. */
const nestedText = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** Bodies shaped like what the operation takes, with a mistake here and there. */
function plausibleBody(operation: OperationInfo, targets: Targets): fc.Arbitrary<unknown> {
  const request = fc.record(
    {
      url: fc.oneof(fc.webUrl(), text),
      uniqueKey: fc.oneof(fc.constantFrom('k1', 'k2', 'https://example.com/a'), text),
      method: fc.constantFrom('GET', 'POST', 'NOPE'),
      userData: object,
      handledAt: fc.constantFrom('2025-01-01T00:00:00.000Z', 'yesterday', ''),
      id: fc.constantFrom(...targets.requestIds, 'other'),
      retryCount: fc.integer({ min: -1, max: 5 }),
    },
    { requiredKeys: [] },
  );
  switch (operation.handlerId) {
    case 'dataset_items_post':
      return fc.oneof(object, fc.array(fc.oneof({ weight: 5, arbitrary: object }, fc.jsonValue()), { maxLength: 8 }));
    case 'requestQueue_requests_post':
    case 'requestQueue_request_put':
      return request;
    case 'requestQueue_requests_batch_post':
      return fc.array(request, { maxLength: 28 });
    case 'requestQueue_requests_batch_delete':
      return fc.array(
        fc.oneof(
          fc.record({ id: fc.constantFrom(...targets.requestIds, 'gone') }),
          fc.record({ uniqueKey: fc.constantFrom('k1', 'https://example.com/a', 'gone') }),
          object,
        ),
        { maxLength: 28 },
      );
    case 'put':
      return fc.record(
        {
          statusMessage: fc.oneof(fc.string(), fc.constant(null)),
          isStatusMessageTerminal: fc.boolean(),
          generalAccess: fc.constantFrom('RESTRICTED', 'ANYONE_WITH_ID_CAN_READ', 'NOPE'),
          runId: fc.constantFrom(...targets.runIds, 'other'),
        },
        { requiredKeys: [] },
      );
    case 'charge_post':
      return fc.record(
        { eventName: fc.constantFrom('page', 'NOPE', ''), count: fc.integer({ min: -1, max: 3 }) },
        { requiredKeys: [] },
      );
    case 'dataset_put':
    case 'keyValueStore_put':
    case 'requestQueue_put':
      return fc.record(
        { name: fc.oneof(fc.string(), fc.constant(null)), generalAccess: fc.constantFrom('RESTRICTED', 'NOPE') },
        { requiredKeys: [] },
      );
    default:
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/** Body bytes: plausible JSON, any JSON, too deep, not JSON, not UTF-8, or nothing. */
function bodyFor(operation: OperationInfo | undefined, targets: Targets): fc.Arbitrary<Buffer | undefined> {
  const json = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((value) => Buffer.from(JSON.stringify(value) ?? ''));
  return fc.oneof(
    { weight: 6, arbitrary: operation ? json(plausibleBody(operation, targets)) : fc.constant(undefined) },
    { weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 4 })) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(127, 128, 129, 5_000).map((n) => Buffer.from(`[${nestedText(n)}]`)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('{"a":', '[1,2', '{"__proto__":{"x":1}}', '\ufeff[]', 'null', '""', '[]', '{}')
        .map((value) => Buffer.from(value)),
    },
  );
}

const encode = (encoding: string, body: Buffer): Buffer => {
  if (encoding === 'gzip') return gzipSync(body);
  if (encoding === 'br') return brotliCompressSync(body);
  if (encoding === 'deflate') return deflateSync(body);
  return body;
};

/** Any request at all, aimed at the scene's `targets`. */
export function hostileRequest(targets: Targets, options: HostileOptions = {}): fc.Arbitrary<HostileRequest> {
  const wellFormed = options.wellFormed ?? false;
  const operation = wellFormed
    ? fc.constantFrom(...operations)
    : fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...operations) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
  return operation
    .chain((op) => {
      const query = op
        ? fc.tuple(
            ...op.parameters
              .filter((parameter) => parameter.in === 'query')
              .map((parameter) =>
                sometimes(
                  valueFor(parameter, targets, wellFormed).map((value) => [parameter.name, value] as const),
                  parameter.required ? 8 : 2,
                  parameter.required ? 7 : 1,
                ),
              ),
          )
        : fc.constant([]);
      return fc.record({
        op: fc.constant(op),
        method: wellFormed
          ? fc.constant(op?.method ?? 'GET')
          : fc.oneof(
              { weight: 10, arbitrary: fc.constant(op?.method ?? 'GET') },
              { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') },
            ),
        override: wellFormed
          ? fc.constant(undefined)
          : sometimes(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'x'), 12),
        path: op
          ? fc.tuple(
              ...op.pathParams.map((name) =>
                segment(
                  wellFormed,
                  name === 'runId'
                    ? targets.runIds
                    : name === 'actorId'
                      ? targets.actorRefs
                      : name === 'recordKey'
                        ? targets.recordKeys
                        : targets.requestIds,
                ),
              ),
            )
          : fc.constantFrom(
              '/v2/nothing',
              '/',
              '/v2/actor-runs',
              '/v2/acts//runs/last',
              '/__emulator',
              '/v2/actor-runs/%zz',
            ),
        query,
        extraQuery: wellFormed ? fc.constant(undefined) : sometimes(fc.tuple(text, text), 4),
        rawQuery: wellFormed
          ? fc.constant(undefined)
          : sometimes(fc.constantFrom('%FF%FE=1', 'a=%zz', '&&', '=', 'limit=1&limit=2', 'token'), 8),
        auth: fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...targets.tokens).map((token) => `Bearer ${token}`) },
          {
            weight: wellFormed ? 0 : 2,
            arbitrary: fc.constantFrom('', 'Bearer nope', 'Bearer', 'Basic abc', 'bearer  x'),
          },
        ),
        tokenInQuery: fc.boolean(),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'image/png',
          'application/merge-patch+json',
          '',
          ';;;',
          undefined,
        ),
        encoding: fc.constantFrom(
          undefined,
          undefined,
          undefined,
          'gzip',
          'br',
          'deflate',
          'identity',
          '',
          'zstd',
          'gzip, br',
        ),
        encodeBody: fc.boolean(),
        acceptEncoding: fc.constantFrom(undefined, 'gzip', 'br', '*', 'identity;q=0', 'nope'),
        body: bodyFor(op, targets),
      });
    })
    .map((g) => {
      let path = g.op ? g.op.template : (g.path as string);
      if (g.op)
        g.op.pathParams.forEach((name, index) => {
          path = path.replace(`{${name}}`, (g.path as string[])[index] ?? '');
        });
      const params: string[] = [];
      const add = (name: string, value: string) => params.push(`${pct(name)}=${pct(value)}`);
      for (const pair of g.query as Array<readonly [string, string] | undefined>) if (pair) add(pair[0], pair[1]);
      if (g.extraQuery) add(g.extraQuery[0], g.extraQuery[1]);
      if (g.override) add('method', g.override);
      if (g.rawQuery) params.push(g.rawQuery);
      const headers: Record<string, string> = {};
      if (g.auth && !g.tokenInQuery) headers.authorization = g.auth;
      if (g.auth.startsWith('Bearer ') && g.tokenInQuery) add('token', g.auth.slice(7));
      let body = g.body;
      let raw = false;
      if (body !== undefined) {
        if (g.contentType !== undefined) headers['content-type'] = g.contentType;
        if (g.encoding !== undefined) {
          headers['content-encoding'] = g.encoding;
          if (g.encodeBody) {
            body = encode(g.encoding, body);
            raw = ['gzip', 'br', 'deflate'].includes(g.encoding);
          }
        }
      }
      if (g.acceptEncoding) headers['accept-encoding'] = g.acceptEncoding;
      const fullPath = params.length > 0 ? `${path}?${params.join('&')}` : path;
      return {
        method: g.method,
        path: fullPath,
        headers,
        ...(body !== undefined ? { body, raw } : {}),
        label: `${g.method} ${fullPath}${body ? ` (${body.length} bytes)` : ''}`,
      };
    });
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body for error answers (success bodies are not read: a log stream never ends). */
  body?: string;
}

/** Sends one request over a fresh connection and resolves with its status (and, for errors, its body). */
export function send(baseUrl: string, request: HostileRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${baseUrl}${request.path}`,
      { method: request.method, headers: request.headers, agent: false },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 400) {
          res.destroy();
          resolve({ status, headers: res.headers });
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}
