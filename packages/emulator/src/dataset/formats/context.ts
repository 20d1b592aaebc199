import type { ItemsRequest } from '../query.js';

/** What a format needs besides the records. */
export interface RenderContext {
  request: ItemsRequest;
  /** Columns of the tabular formats (csv, html, xlsx), from a first pass over the window; empty for the others. */
  columns: readonly string[];
  dataset: { id: string; name: string | null; itemsUrl: string };
}
