/** Cold start, apify-client: import, construct, one `run(id).get()`. */
import { performance } from 'node:perf_hooks';
import { ApifyClient } from 'apify-client';
import { coldConfig, firstCall } from './report.js';

const readyMs = performance.now();
const { url, token, runId } = coldConfig();
void firstCall(readyMs, () => new ApifyClient({ token, baseUrl: url }).run(runId).get());
