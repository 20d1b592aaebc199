/** `@apify-runs/client`, imported from the workspace build (`packages/client/dist`), default options. */
import { createApifyClient } from '@apify-runs/client';
import { type Item, runFromArgv } from '../harness.js';

runFromArgv(({ url, token, runId }) => {
  const client = createApifyClient({ token, baseUrl: url });
  const run = client.run(runId);
  return {
    getRun: () => run.get(),
    listPage: (offset, limit) => run.dataset.listItems<Item>({ offset, limit }),
    iterate: (pageSize) => run.dataset.iterateItems<Item>({ pageSize }),
    iteratePages: (pageSize) => run.dataset.iterateItemPages<Item>({ pageSize }),
    downloadJson: () => run.dataset.download('json', { as: 'bytes' }),
  };
});
