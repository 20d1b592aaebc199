/** Cold start, @apify-runs/client with `createNodeFetch` (undici): import both entries, construct, one GET run. */
import { performance } from 'node:perf_hooks';
import { createApifyClient } from '@apify-runs/client';
import { createNodeFetch } from '@apify-runs/client/node';
import { coldConfig, firstCall } from './report.js';

const readyMs = performance.now();
const { url, token, runId } = coldConfig();
void firstCall(readyMs, () => createApifyClient({ token, baseUrl: url, fetch: createNodeFetch() }).run(runId).get());
