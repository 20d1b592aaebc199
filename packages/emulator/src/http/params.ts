import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadSpec } from '../spec/document.js';
import type { OperationInfo, ParameterInfo } from '../spec/operations.js';
import { ApiError, badRequest } from './api-error.js';

/**
 * Parameters whose documented maximum the real API caps instead of rejecting (official clients send more).
 * Documented in apify-api-facts.md §13.
 */
const CAPPED_AT_MAXIMUM = new Set(['waitForFinish']);
/** Headers validated elsewhere: the body reader answers 415 for an unknown Content-Encoding. */
const HEADERS_CHECKED_BY_BODY_READER = new Set(['content-encoding']);

const SPEC_ID = 'apify-runs-spec';
export const ajv = new Ajv2020({ strict: false, allErrors: false, coerceTypes: false });
addFormats.default(ajv);
ajv.addSchema(loadSpec() as object, SPEC_ID);

/** Compiles a schema taken out of the spec: its local `$ref`s point into the registered document. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const absolute = JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SPEC_ID}${value}` : value,
  );
  return ajv.compile(absolute);
}

const typeOf = (schema: Record<string, unknown>): string | undefined => {
  const type = schema.type;
  return Array.isArray(type) ? type.find((t) => t !== 'null') : (type as string | undefined);
};

/** Turns one raw string into the JSON type the parameter's schema declares; undefined when it cannot. */
function coerce(parameter: ParameterInfo, raw: string): unknown {
  switch (typeOf(parameter.schema)) {
    case 'integer':
      // Beyond 2^53 a JS number is no longer the integer that was sent: reject rather than answer with a rounded one.
      return /^-?\d+$/.test(raw.trim()) && Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined;
    case 'number': {
      const value = Number(raw);
      return raw.trim() !== '' && Number.isFinite(value) ? value : undefined;
    }
    case 'boolean': {
      const lower = raw.toLowerCase();
      if (lower === '1' || lower === 'true') return true;
      if (lower === '0' || lower === 'false') return false;
      return undefined;
    }
    case 'array':
      return raw === '' ? [] : raw.split(',');
    default:
      return raw;
  }
}

export type ParsedParams = { query: Record<string, unknown>; header: Record<string, unknown> };

const validators = new WeakMap<ParameterInfo, ValidateFunction>();
function validatorFor(parameter: ParameterInfo): ValidateFunction {
  let validate = validators.get(parameter);
  if (!validate) {
    validate = compileSchema(parameter.schema);
    validators.set(parameter, validate);
  }
  return validate;
}

/**
 * Reads, coerces and validates the query and header parameters the operation declares. Unknown query parameters
 * are ignored, as the real API does. Throws a 400 `ApiError` that names the parameter.
 */
export function parseParams(operation: OperationInfo, url: URL, headers: Record<string, unknown>): ParsedParams {
  const out: ParsedParams = { query: {}, header: {} };
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') continue;
    let raw: string | undefined;
    if (parameter.in === 'query') raw = url.searchParams.get(parameter.name) ?? undefined;
    else {
      const key = parameter.name.toLowerCase();
      if (HEADERS_CHECKED_BY_BODY_READER.has(key)) continue;
      const value = headers[key];
      raw = Array.isArray(value) ? value.join(',') : (value as string | undefined);
    }
    if (raw === undefined) {
      if (parameter.required) {
        throw badRequest(`Missing required ${parameter.in} parameter "${parameter.name}".`, 'invalid-request');
      }
      continue;
    }
    let value = coerce(parameter, raw);
    if (value === undefined) {
      throw badRequest(`Parameter "${parameter.name}" must be ${describe(parameter)}, got "${raw}".`);
    }
    const maximum = parameter.schema.maximum;
    if (CAPPED_AT_MAXIMUM.has(parameter.name) && typeof maximum === 'number' && typeof value === 'number') {
      value = Math.min(value, maximum);
    }
    const validate = validatorFor(parameter);
    if (!validate(value)) {
      const reason = validate.errors?.[0]?.message ?? 'is invalid';
      throw badRequest(`Parameter "${parameter.name}" ${reason} (got "${raw}").`);
    }
    out[parameter.in === 'query' ? 'query' : 'header'][parameter.name] = value;
  }
  return out;
}

function describe(parameter: ParameterInfo): string {
  const type = typeOf(parameter.schema);
  if (type === 'boolean') return 'a boolean (1, 0, true or false)';
  if (type === 'integer') {
    const { minimum, maximum } = parameter.schema;
    if (typeof minimum === 'number' && typeof maximum === 'number') return `an integer from ${minimum} to ${maximum}`;
    return 'an integer';
  }
  return `a ${type ?? 'value'}`;
}

/** Validates a parsed JSON body against the operation's schema; 400 `invalid-input` with the first reason. */
export function validateJsonBody(schema: Record<string, unknown>, body: unknown): void {
  let validate = bodyValidators.get(schema);
  if (!validate) {
    validate = compileSchema(schema);
    bodyValidators.set(schema, validate);
  }
  if (!validate(body)) {
    const error = validate.errors?.[0];
    const where = error?.instancePath ? `at "${error.instancePath}" ` : '';
    throw new ApiError(
      400,
      'invalid-input',
      `The request body has invalid data: ${where}${error?.message ?? ''}`.trim(),
    );
  }
}
const bodyValidators = new WeakMap<object, ValidateFunction>();
