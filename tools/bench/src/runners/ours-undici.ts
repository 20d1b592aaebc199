/**
 * `@apify-runs/client` on its Node transport: `fetch: createNodeFetch()` from `@apify-runs/client/node` (undici's
 * `dispatch()`; `undici` resolves from the client package, where it is a dev dependency), otherwise default options.
 */
import { createApifyClient } from '@apify-runs/client';
import { createNodeFetch } from '@apify-runs/client/node';
import { runFromArgv } from '../harness.js';
import { oursAdapter } from '../ours-adapter.js';

runFromArgv(({ url, token, runId }) =>
  oursAdapter(createApifyClient({ token, baseUrl: url, fetch: createNodeFetch() }), runId),
);
