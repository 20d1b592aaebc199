/**
 * openapi-fetch alone: `createClient<paths>` with the workspace `@apify-runs/types` and only what the work needs
 * (base URL, auth header), no transport of ours. The openapi-fetch our client is built on (see `compile.ts`).
 */
import type { paths } from '@apify-runs/types';
import createClient from 'openapi-fetch';
import { runFromArgv } from '../harness.js';

runFromArgv(({ url, token, runId }) => {
  const client = createClient<paths>({ baseUrl: url, headers: { authorization: `Bearer ${token}` } });
  const path = { runId };
  return {
    async getRun() {
      const { data, error } = await client.GET('/v2/actor-runs/{runId}', { params: { path } });
      if (error) throw new Error(JSON.stringify(error));
      return data.data;
    },
    async downloadJson() {
      const { data, error } = await client.GET('/v2/actor-runs/{runId}/dataset/items', {
        params: { path, query: { format: 'json' } },
        parseAs: 'arrayBuffer',
      });
      if (error) throw new Error(JSON.stringify(error));
      return data;
    },
  };
});
