/** Cold start, openapi-fetch alone: import, `createClient<paths>`, one `GET run`. */
import { performance } from 'node:perf_hooks';
import type { paths } from '@apify-runs/types';
import createClient from 'openapi-fetch';
import { coldConfig, firstCall } from './report.js';

const readyMs = performance.now();
const { url, token, runId } = coldConfig();
void firstCall(readyMs, async () => {
  const client = createClient<paths>({ baseUrl: url, headers: { authorization: `Bearer ${token}` } });
  const { data, error } = await client.GET('/v2/actor-runs/{runId}', { params: { path: { runId } } });
  if (error) throw new Error(JSON.stringify(error));
  return data.data;
});
