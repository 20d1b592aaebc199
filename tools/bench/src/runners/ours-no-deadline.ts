/**
 * `@apify-runs/client` with `timeoutMs: 0`: no per-attempt deadline, so no signal is handed to `fetch` (W1 and W2
 * only, an information row: what the deadline of the default options costs).
 */
import { createApifyClient } from '@apify-runs/client';
import { runFromArgv } from '../harness.js';
import { oursAdapter } from '../ours-adapter.js';

runFromArgv(({ url, token, runId }) => oursAdapter(createApifyClient({ token, baseUrl: url, timeoutMs: 0 }), runId));
