/** Cold start, raw fetch: no import, one GET. */
import { performance } from 'node:perf_hooks';
import { coldConfig, firstCall } from './report.js';

const readyMs = performance.now();
const { url, token, runId } = coldConfig();
void firstCall(readyMs, async () => {
  const response = await fetch(`${url}/v2/actor-runs/${runId}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${response.status}`);
  return ((await response.json()) as { data: { id: string } }).data;
});
