import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ApiError } from '../http/api-error.js';

/** One rejected item, as `PushItemsErrorResponse` reports it. */
export interface InvalidItem {
  itemPosition: number;
  validationErrors: Array<{
    instancePath: string;
    schemaPath: string;
    keyword: string;
    message: string;
    params: Record<string, unknown>;
  }>;
}

// Actor dataset schemas are written against draft-07 (the Apify CLI's default), so they get their own instance,
// separate from the 2020-12 one that checks requests against our spec; allErrors so every violation is reported.
const itemAjv = new Ajv({ strict: false, allErrors: true });

/** Compiles the `fields` JSON schema of a dataset schema; throws when the schema itself is invalid. */
export function compileItemSchema(schema: Record<string, unknown>): ValidateFunction {
  return itemAjv.compile(schema);
}

const toReport = (error: ErrorObject): InvalidItem['validationErrors'][number] => ({
  instancePath: error.instancePath,
  schemaPath: error.schemaPath,
  keyword: error.keyword,
  message: error.message ?? 'is invalid',
  params: { ...error.params },
});

const NOT_AN_OBJECT: InvalidItem['validationErrors'] = [
  { instancePath: '', schemaPath: '#/type', keyword: 'type', message: 'must be object', params: { type: 'object' } },
];

const isItem = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Turns a push body into the items to store: one object, or an array of objects. Any item that is not an object,
 * or that fails the dataset's item schema, rejects the whole request with 400 `schema-validation-error` naming
 * every invalid item (apify-api-facts.md §2.1, §9.2).
 */
export function itemsOfPushBody(body: unknown, validate?: ValidateFunction): Record<string, unknown>[] {
  const candidates = Array.isArray(body) ? (body as unknown[]) : [body];
  const invalidItems: InvalidItem[] = [];
  candidates.forEach((candidate, itemPosition) => {
    if (!isItem(candidate)) {
      invalidItems.push({ itemPosition, validationErrors: NOT_AN_OBJECT });
    } else if (validate && !validate(candidate)) {
      invalidItems.push({ itemPosition, validationErrors: (validate.errors ?? []).map(toReport) });
    }
  });
  if (invalidItems.length > 0) {
    const noun = invalidItems.length === 1 ? 'item' : 'items';
    throw new ApiError(
      400,
      'schema-validation-error',
      `Schema validation failed: ${invalidItems.length} ${noun} invalid, nothing was stored.`,
      {},
      { data: { invalidItems } },
    );
  }
  return candidates as Record<string, unknown>[];
}
