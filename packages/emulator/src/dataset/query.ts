import type { DatasetFormat, operations } from '@apify-runs/types';
import { ApiError, badRequest } from '../http/api-error.js';
import type { DatasetSchema } from '../state/dataset.js';
import type { TransformOptions } from './transform.js';

/** The items GET query as the dispatcher hands it over: coerced and validated against the spec. */
export type ItemsQuery = NonNullable<operations['actorRun_dataset_items_get']['parameters']['query']>;

/** Everything an items GET asks for, resolved: defaults applied, view and legacy shortcuts expanded. */
export interface ItemsRequest {
  format: DatasetFormat;
  offset: number;
  limit?: number;
  desc: boolean;
  transform: TransformOptions;
  attachment: boolean;
  bom: boolean;
  delimiter: string;
  skipHeaderRow: boolean;
  xmlRoot: string;
  xmlRow: string;
  feedTitle?: string;
  feedDescription?: string;
}

/** What `simplified=1` stands for (apify-api-facts.md §5.2). */
const SIMPLIFIED = { fields: ['url', 'pageFunctionResult', 'errorInfo'], unwind: ['pageFunctionResult'] };

const list = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');

const names = (value: unknown): string[] | undefined => {
  if (typeof value === 'string') return list(value);
  if (Array.isArray(value)) return value.filter((part): part is string => typeof part === 'string');
  return undefined;
};

function viewOf(schema: DatasetSchema | null, name: string) {
  const views = schema?.views;
  const view = views && Object.hasOwn(views, name) ? views[name] : undefined;
  if (!view) {
    throw new ApiError(
      400,
      'requested-dataset-view-does-not-exist',
      `The dataset schema does not define a view named "${name}".`,
    );
  }
  const transformation = view.transformation ?? {};
  return {
    fields: names(transformation.fields),
    unwind: names(transformation.unwind),
    flatten: names(transformation.flatten),
    omit: names(transformation.omit),
  };
}

/**
 * Resolves the query. Precedence for the field options: an explicit query parameter, then `simplified`, then the
 * requested `view`. Throws 400 for an unknown view and for `outputFields` without matching `fields`.
 */
export function parseItemsQuery(query: ItemsQuery, schema: DatasetSchema | null): ItemsRequest {
  const format = query.format ?? 'json';
  const view: Partial<ReturnType<typeof viewOf>> = query.view !== undefined ? viewOf(schema, query.view) : {};
  const legacy: Partial<typeof SIMPLIFIED> = query.simplified ? SIMPLIFIED : {};
  const fields = list(query.fields) ?? legacy.fields ?? view.fields;
  const outputFields = list(query.outputFields);
  if (outputFields && !fields) {
    throw badRequest('Parameter "outputFields" can only be used together with "fields".');
  }
  if (outputFields && fields && outputFields.length !== fields.length) {
    throw badRequest(
      `Parameter "outputFields" must name as many fields as "fields" (${fields.length}), got ${outputFields.length}.`,
    );
  }
  const clean = query.clean ?? false;
  return {
    format,
    offset: query.offset ?? 0,
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    desc: query.desc ?? false,
    transform: {
      ...(fields ? { fields } : {}),
      ...(outputFields ? { outputFields } : {}),
      unwind: list(query.unwind) ?? legacy.unwind ?? view.unwind ?? [],
      flatten: list(query.flatten) ?? view.flatten ?? [],
      omit: list(query.omit) ?? view.omit ?? [],
      skipHidden: clean || (query.skipHidden ?? false),
      skipEmpty: clean || (query.skipEmpty ?? false),
      skipFailedPages: query.skipFailedPages ?? false,
    },
    attachment: query.attachment ?? false,
    bom: query.bom ?? format === 'csv',
    delimiter: query.delimiter ?? ',',
    skipHeaderRow: query.skipHeaderRow ?? false,
    xmlRoot: query.xmlRoot ?? 'items',
    xmlRow: query.xmlRow ?? 'item',
    ...(query.feedTitle !== undefined ? { feedTitle: query.feedTitle } : {}),
    ...(query.feedDescription !== undefined ? { feedDescription: query.feedDescription } : {}),
  };
}
