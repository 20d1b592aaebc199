import type { Dataset, DatasetStatistics } from '@apify-runs/types';
import type { ValidateFunction } from 'ajv';
import { publicStorageUrl } from '../access/public-urls.js';
import { FieldStatistics, isCleanItem } from '../dataset/statistics.js';
import { compileItemSchema } from '../dataset/validate.js';
import type { DatasetBackend } from '../storage/backends.js';
import type { StorageMeta } from './storage-meta.js';

/** The transformation of a dataset schema view: what `?view=<name>` applies. */
export interface DatasetViewTransformation {
  fields?: string[];
  unwind?: string[] | string;
  flatten?: string[];
  omit?: string[];
}

/** An Actor's dataset schema (`.actor/dataset_schema.json`): the item JSON schema and the named views. */
export interface DatasetSchema {
  actorSpecification?: number;
  /** JSON schema every pushed item must satisfy; its `properties` are the fields statistics are kept for. */
  fields?: Record<string, unknown>;
  views?: Record<string, { title?: string; transformation?: DatasetViewTransformation; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** Distinct top-level field names remembered for `Dataset.fields`; beyond this a dataset is not tabular anyway. */
const MAX_TRACKED_FIELDS = 10_000;

/**
 * A dataset: metadata, its items backend, and counters (`cleanItemCount`, field statistics, sizes) kept up to date
 * on every push so describing the dataset never rescans it. Items that reached the backend another way (loaded from
 * disk) are folded into the counters by one lazy scan.
 */
export class DatasetState {
  readCount = 0;
  writeCount = 0;
  private schemaValue: DatasetSchema | null = null;
  private validator: ValidateFunction | undefined;
  /** Items [0, scanned) are counted in the fields below. */
  private scanned = 0;
  private cleanCount = 0;
  private bytes = 0;
  private fieldNames = new Set<string>();
  private fieldStats = new FieldStatistics([]);
  /** Pushes and scans run one at a time, so counters always match a prefix of the stored items. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped by a schema change, so a scan that started before it stops instead of mixing old and new counters. */
  private generation = 0;

  constructor(
    readonly meta: StorageMeta,
    readonly backend: DatasetBackend,
    schema: DatasetSchema | null = null,
  ) {
    if (schema) this.setSchema(schema);
  }

  get schema(): DatasetSchema | null {
    return this.schemaValue;
  }

  /** Sets (or clears) the dataset schema; throws if its `fields` JSON schema does not compile. */
  setSchema(schema: DatasetSchema | null): void {
    this.validator = schema?.fields ? compileItemSchema(schema.fields) : undefined;
    this.schemaValue = schema ? structuredClone(schema) : null;
    this.resetCounters();
  }

  /** Validator of pushed items, when the schema declares `fields`. */
  get itemValidator(): ValidateFunction | undefined {
    return this.validator;
  }

  itemCount(): number {
    return this.backend.count();
  }

  /** Appends already validated items and updates the counters. */
  pushItems(items: Record<string, unknown>[]): Promise<void> {
    return this.serial(async () => {
      await this.catchUp();
      const generation = this.generation;
      await this.backend.append(items);
      // After a schema change mid-append the counters restart from zero; the next catch-up scan counts these.
      if (generation === this.generation) {
        for (const item of items) this.observe(item);
        this.scanned += items.length;
      }
      this.writeCount += 1;
      this.meta.touch(true);
    });
  }

  /** The API's `Dataset` object. */
  async describe(baseUrl: string): Promise<Dataset> {
    await this.serial(() => this.catchUp());
    const id = this.meta.id;
    return {
      ...this.meta.common(baseUrl, 'storage/datasets'),
      itemCount: this.itemCount(),
      cleanItemCount: this.cleanCount,
      fields: [...this.fieldNames],
      schema: this.schemaValue ? structuredClone(this.schemaValue) : null,
      itemsPublicUrl: publicStorageUrl(`${baseUrl}/v2/datasets/${id}/items`, this.meta),
      stats: { readCount: this.readCount, writeCount: this.writeCount, storageBytes: this.bytes },
    };
  }

  /** Statistics of the fields the schema declares; `fieldStatistics` is null without a schema. */
  async statistics(): Promise<DatasetStatistics> {
    await this.serial(() => this.catchUp());
    return { fieldStatistics: this.schemaValue?.fields ? this.fieldStats.toJSON() : null };
  }

  private resetCounters(): void {
    const properties = this.schemaValue?.fields?.properties;
    const declared = properties && typeof properties === 'object' ? Object.keys(properties) : [];
    this.fieldStats = new FieldStatistics(declared);
    this.generation += 1;
    this.scanned = 0;
    this.cleanCount = 0;
    this.bytes = 0;
    this.fieldNames = new Set();
  }

  private observe(item: Record<string, unknown>): void {
    if (isCleanItem(item)) this.cleanCount += 1;
    this.bytes += Buffer.byteLength(JSON.stringify(item));
    this.fieldStats.observe(item);
    if (this.fieldNames.size < MAX_TRACKED_FIELDS) {
      for (const key of Object.keys(item)) this.fieldNames.add(key);
    }
  }

  /** Counts items stored behind the counters' back (only ever after a load or a schema change). */
  private async catchUp(): Promise<void> {
    while (this.scanned < this.backend.count()) {
      const generation = this.generation;
      for await (const item of this.backend.read(this.scanned, this.backend.count())) {
        if (generation !== this.generation) break;
        this.observe(item);
        this.scanned += 1;
      }
    }
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
