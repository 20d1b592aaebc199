import type { DatasetStatistics } from '@apify-runs/types';

type FieldStats = NonNullable<DatasetStatistics['fieldStatistics']>[string];

/** The number min/max compare for a value: the number itself, a length, or a key count (apify-api-facts.md §6.2). */
function measure(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return undefined;
}

/** Running statistics of the fields a dataset schema declares, updated item by item so reads cost nothing. */
export class FieldStatistics {
  private readonly stats = new Map<string, Required<FieldStats>>();

  constructor(fields: readonly string[]) {
    for (const field of fields) this.stats.set(field, { min: null, max: null, nullCount: 0, emptyCount: 0 });
  }

  observe(item: Record<string, unknown>): void {
    for (const [field, stat] of this.stats) {
      if (!Object.hasOwn(item, field) || item[field] === undefined) {
        stat.emptyCount = (stat.emptyCount ?? 0) + 1;
        continue;
      }
      const value = item[field];
      if (value === null) {
        stat.nullCount = (stat.nullCount ?? 0) + 1;
        continue;
      }
      const size = measure(value);
      if (size === undefined) continue;
      stat.min = stat.min === null ? size : Math.min(stat.min, size);
      stat.max = stat.max === null ? size : Math.max(stat.max, size);
    }
  }

  /** The API shape: null when the schema declares no fields. */
  toJSON(): DatasetStatistics['fieldStatistics'] {
    if (this.stats.size === 0) return null;
    return Object.fromEntries([...this.stats].map(([field, stat]) => [field, { ...stat }]));
  }
}

/** Whether an item still has content once its hidden (`#`) fields are gone: what `clean` keeps. */
export function isCleanItem(item: Record<string, unknown>): boolean {
  for (const key in item) {
    if (!key.startsWith('#')) return true;
  }
  return false;
}
