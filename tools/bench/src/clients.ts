/**
 * Who is measured in each workload. Every entry runs in its own fresh process per repetition, in round-robin order
 * with the others; `raw-aa` is raw fetch's runner again under another name (the A/A row), so the spread of its
 * ratios to `raw` is the noise of the run. `ours-undici` is our client on its Node transport (`createNodeFetch`,
 * issue 13), `ours-no-deadline` (W1, W2) our client without its per-attempt deadline, `raw-deadline` (W1, W2) raw
 * fetch with that deadline; the summary shows them in rows of their own, in the column of ours.
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
const APIFY_CLIENT: ClientSpec = { id: 'apify-client', label: 'apify-client', script: 'runners/apify-client.js' };
const OURS: ClientSpec = { id: 'ours', label: '@apify-runs/client', script: 'runners/ours.js' };
const OURS_UNDICI: ClientSpec = {
  id: 'ours-undici',
  label: '@apify-runs/client + createNodeFetch (undici)',
  script: 'runners/ours-undici.js',
};

/** W1 and W2. */
export const CLIENTS: ClientSpec[] = [
  RAW,
  RAW_AA,
  { id: 'openapi-fetch', label: 'openapi-fetch alone', script: 'runners/openapi-fetch.js' },
  APIFY_CLIENT,
  OURS,
  OURS_UNDICI,
];

/**
 * W1 and W2 also measure ours without the per-attempt deadline (`timeoutMs: 0`) and raw fetch with it (information
 * rows): the default hands `fetch` a signal per attempt, which raw fetch and openapi-fetch alone do not.
 */
export const REQUEST_CLIENTS: ClientSpec[] = [
  ...CLIENTS,
  { id: 'ours-no-deadline', label: '@apify-runs/client, `timeoutMs: 0`', script: 'runners/ours-no-deadline.js' },
  { id: 'raw-deadline', label: "raw fetch with ours' deadline", script: 'runners/raw-deadline.js' },
];

/** W3, every item page by page. */
export const W3_CLIENTS: ClientSpec[] = [
  { ...RAW, label: 'raw fetch, page loop', variant: 'pages' },
  { ...RAW_AA, label: 'raw fetch again (A/A), page loop', variant: 'pages' },
  { ...APIFY_CLIENT, label: 'apify-client `listItems` page loop', variant: 'pages' },
  { ...OURS, id: 'ours-pages', label: '@apify-runs/client `listItems` page loop', variant: 'pages' },
  { ...OURS, label: '@apify-runs/client `iterateItems`', variant: 'iterate' },
  { ...OURS, id: 'ours-item-pages', label: '@apify-runs/client `iterateItemPages` (extra)', variant: 'iterate-pages' },
  { ...OURS_UNDICI, label: `${OURS_UNDICI.label} \`iterateItems\``, variant: 'iterate' },
];

/** The call each client makes for W3's one-request download. */
const BYTES_CALL: Record<string, string> = {
  raw: '`response.arrayBuffer()`',
  'raw-aa': '`response.arrayBuffer()`',
  'openapi-fetch': "`GET(…, { parseAs: 'arrayBuffer' })`",
  'apify-client': "`downloadItems('json')`",
  ours: "`download('json', { as: 'bytes' })`",
  'ours-undici': "`download('json', { as: 'bytes' })`",
};

/** W3, every item in one request, as the body's bytes. */
export const W3_BYTES_CLIENTS: ClientSpec[] = CLIENTS.map((client) => ({
  ...client,
  label: `${client.label}, ${BYTES_CALL[client.id]}`,
  variant: 'bytes',
}));

/**
 * W5, every item page by page from a server that delays every answer: raw fetch's (and apify-client's) sequential
 * page loop against our `iterateItems` with `concurrency` pages in flight (the option of issue 13), on both transports.
 */
export const W5_CLIENTS: ClientSpec[] = [
  { ...RAW, label: 'raw fetch, sequential page loop', variant: 'pages' },
  { ...RAW_AA, label: 'raw fetch again (A/A), sequential page loop', variant: 'pages' },
  { ...APIFY_CLIENT, label: 'apify-client `listItems` page loop', variant: 'pages' },
  { ...OURS, label: '@apify-runs/client `iterateItems({ concurrency })`', variant: 'iterate' },
  { ...OURS_UNDICI, label: `${OURS_UNDICI.label} \`iterateItems({ concurrency })\``, variant: 'iterate' },
];

/** W4: one process per client that imports it and makes one call. */
export const COLD_CLIENTS: ClientSpec[] = CLIENTS.map((client) => ({
  ...client,
  script: client.script.replace('runners/', 'cold/'),
}));
