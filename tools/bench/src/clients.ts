/**
 * Who is measured in each workload. Every entry runs in its own fresh process per repetition, in round-robin order
 * with the others; `raw-aa` is raw fetch's runner again under another name (the A/A row), so the spread of its
 * ratios to `raw` is the noise of the run.
 */
import type { ItemsVariant } from './harness.js';

export interface ClientSpec {
  id: string;
  label: string;
  /** The compiled process, relative to `dist/`. */
  script: string;
  variant?: ItemsVariant;
}

/** The ids the summary table has a column for, in column order. */
export const COLUMNS = [
  { id: 'raw', label: 'raw fetch' },
  { id: 'raw-aa', label: 'raw fetch again (A/A)' },
  { id: 'openapi-fetch', label: 'openapi-fetch alone' },
  { id: 'apify-client', label: 'apify-client' },
  { id: 'ours', label: '@apify-runs/client' },
] as const;

const RAW: ClientSpec = { id: 'raw', label: 'raw fetch', script: 'runners/raw.js' };
const RAW_AA: ClientSpec = { id: 'raw-aa', label: 'raw fetch again (A/A)', script: 'runners/raw.js' };

/** W1 and W2. */
export const CLIENTS: ClientSpec[] = [
  RAW,
  RAW_AA,
  { id: 'openapi-fetch', label: 'openapi-fetch alone', script: 'runners/openapi-fetch.js' },
  { id: 'apify-client', label: 'apify-client', script: 'runners/apify-client.js' },
  { id: 'ours', label: '@apify-runs/client', script: 'runners/ours.js' },
];

/** W3, every item page by page. */
export const W3_CLIENTS: ClientSpec[] = [
  { ...RAW, label: 'raw fetch, page loop', variant: 'pages' },
  { ...RAW_AA, label: 'raw fetch again (A/A), page loop', variant: 'pages' },
  {
    id: 'apify-client',
    label: 'apify-client `listItems` page loop',
    script: 'runners/apify-client.js',
    variant: 'pages',
  },
  { id: 'ours-pages', label: '@apify-runs/client `listItems` page loop', script: 'runners/ours.js', variant: 'pages' },
  { id: 'ours', label: '@apify-runs/client `iterateItems`', script: 'runners/ours.js', variant: 'iterate' },
  {
    id: 'ours-item-pages',
    label: '@apify-runs/client `iterateItemPages` (extra)',
    script: 'runners/ours.js',
    variant: 'iterate-pages',
  },
];

/** The call each client makes for W3's one-request download. */
const BYTES_CALL: Record<string, string> = {
  raw: '`response.arrayBuffer()`',
  'raw-aa': '`response.arrayBuffer()`',
  'openapi-fetch': "`GET(…, { parseAs: 'arrayBuffer' })`",
  'apify-client': "`downloadItems('json')`",
  ours: "`download('json', { as: 'bytes' })`",
};

/** W3, every item in one request, as the body's bytes. */
export const W3_BYTES_CLIENTS: ClientSpec[] = CLIENTS.map((client) => ({
  ...client,
  label: `${client.label}, ${BYTES_CALL[client.id]}`,
  variant: 'bytes',
}));

/** W4: one process per client that imports it and makes one call. */
export const COLD_CLIENTS: ClientSpec[] = CLIENTS.map((client) => ({
  ...client,
  script: client.script.replace('runners/', 'cold/'),
}));
