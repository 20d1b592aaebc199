/** Cold start, @apify-runs/client: import, construct, one `run(id).get()`. */
import { performance } from 'node:perf_hooks';
import { createApifyClient } from '@apify-runs/client';
import { coldConfig, firstCall } from './report.js';

const readyMs = performance.now();
const { url, token, runId } = coldConfig();
void firstCall(readyMs, () => createApifyClient({ token, baseUrl: url }).run(runId).get());
