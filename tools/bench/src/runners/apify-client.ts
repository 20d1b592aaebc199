/** The official `apify-client` (pinned in the catalog), default options. */
import { ApifyClient, DownloadItemsFormat } from 'apify-client';
import { type Item, runFromArgv } from '../harness.js';

runFromArgv(({ url, token, runId }) => {
  const client = new ApifyClient({ token, baseUrl: url });
  const run = client.run(runId);
  const dataset = run.dataset();
  return {
    getRun: () => run.get(),
    async listPage(offset, limit) {
      const page = await dataset.listItems({ offset, limit });
      return { items: page.items as unknown as Item[], total: page.total };
    },
    downloadJson: () => dataset.downloadItems(DownloadItemsFormat.JSON),
  };
});
