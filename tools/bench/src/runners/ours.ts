/** `@apify-runs/client`, imported from the workspace build (`packages/client/dist`), default options. */
import { createApifyClient } from '@apify-runs/client';
import { runFromArgv } from '../harness.js';
import { oursAdapter } from '../ours-adapter.js';

runFromArgv(({ url, token, runId }) => oursAdapter(createApifyClient({ token, baseUrl: url }), runId));
