/** What the items query asks to do to each stored item (apify-api-facts.md §5.2). */
export interface TransformOptions {
  /** Keep only these fields, in this order. */
  fields?: readonly string[];
  /** New names for `fields`, by position (same length as `fields`). */
  outputFields?: readonly string[];
  unwind: readonly string[];
  flatten: readonly string[];
  omit: readonly string[];
  skipHidden: boolean;
  skipEmpty: boolean;
  skipFailedPages: boolean;
}

/** Turns one stored item into the records to output: usually one, none when filtered, several when unwound. */
export type Transform = (item: Record<string, unknown>) => Record<string, unknown>[];

type Item = Record<string, unknown>;
type Entry = [string, unknown];

const isPlainObject = (value: unknown): value is Item =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

// Records are rebuilt from entries with Object.fromEntries, which defines properties: a field named `__proto__`
// stays an ordinary field instead of changing the record's prototype.

function project(item: Item, fields: readonly string[], names: readonly string[]): Item {
  const entries: Entry[] = [];
  fields.forEach((field, index) => {
    if (Object.hasOwn(item, field)) entries.push([names[index] ?? field, item[field]]);
  });
  return Object.fromEntries(entries);
}

/** Array → one record per element (objects merged into the parent, other values replace the field in place);
 * object → merged into the parent; anything else (or a missing field) → the record unchanged. */
function unwindField(record: Item, field: string): Item[] {
  if (!Object.hasOwn(record, field)) return [record];
  const value = record[field];
  const merge = (part: unknown): Item => {
    if (!isPlainObject(part)) return Object.fromEntries(Object.entries(record).map(keep(field, part)));
    const parent = Object.entries(record).filter(([key]) => key !== field);
    return Object.fromEntries([...parent, ...Object.entries(part)]);
  };
  if (Array.isArray(value)) return value.map(merge);
  if (isPlainObject(value)) return [merge(value)];
  return [record];
}

const keep =
  (field: string, value: unknown) =>
  ([key, current]: Entry): Entry =>
    key === field ? [key, value] : [key, current];

function flattenInto(entries: Entry[], prefix: string, value: unknown): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, nested] of Object.entries(value)) flattenInto(entries, `${prefix}.${key}`, nested);
  } else {
    entries.push([prefix, value]);
  }
}

function flattenFields(record: Item, fields: ReadonlySet<string>): Item {
  const entries: Entry[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (fields.has(key) && isPlainObject(value)) flattenInto(entries, key, value);
    else entries.push([key, value]);
  }
  return Object.fromEntries(entries);
}

const hasFailed = (item: Item) => item.errorInfo !== undefined && item.errorInfo !== null;

/**
 * Builds the per-item transformation. Order: `skipFailedPages` (on the stored item), `fields` + `outputFields`,
 * each `unwind` field in turn, `flatten`, `omit`, `skipHidden`, `skipEmpty`. Later steps see the names earlier
 * steps produced, so `omit` can drop a field an unwind merged in or a dotted key `flatten` made.
 */
export function compileTransform(options: TransformOptions): Transform {
  const { fields, outputFields, unwind, skipHidden, skipEmpty, skipFailedPages } = options;
  const flatten = new Set(options.flatten);
  const omit = new Set(options.omit);
  const idle = !fields && unwind.length === 0 && flatten.size === 0 && omit.size === 0;
  if (idle && !skipHidden && !skipEmpty && !skipFailedPages) return (item) => [item];
  return (item) => {
    if (skipFailedPages && hasFailed(item)) return [];
    let records: Item[] = [fields ? project(item, fields, outputFields ?? fields) : item];
    for (const field of unwind) records = records.flatMap((record) => unwindField(record, field));
    if (flatten.size > 0) records = records.map((record) => flattenFields(record, flatten));
    if (omit.size > 0 || skipHidden) {
      records = records.map((record) =>
        Object.fromEntries(
          Object.entries(record).filter(([key]) => !omit.has(key) && !(skipHidden && key.startsWith('#'))),
        ),
      );
    }
    if (skipEmpty) records = records.filter((record) => Object.keys(record).length > 0);
    return records;
  };
}
