import type { EmulatorState } from '../state/state.js';
import { demoScreenshot } from './png.js';
import { productItem, SCRAPE_EPOCH } from './products.js';

/** Every fixed value of the demo scene (documented in the package README). */
export const DEMO = {
  token: 'apify_demo_token',
  actor: { id: 'moJRLRc85AitArpNN', name: 'web-scraper', ref: 'demo~web-scraper' },
  succeeded: {
    runId: 'DemoRunSucceeded1',
    datasetId: 'DemoDatasetItems1',
    keyValueStoreId: 'DemoKeyValueStore',
    requestQueueId: 'DemoRequestQueue1',
    itemCount: 10_000,
    requestCount: 100,
    startedAt: new Date(SCRAPE_EPOCH),
    finishedAt: new Date(SCRAPE_EPOCH + 10_000 * 250 + 4_000),
  },
  running: {
    runId: 'DemoRunRunning001',
    datasetId: 'DemoRunningDset01',
    keyValueStoreId: 'DemoRunningKvs001',
    requestQueueId: 'DemoRunningRq0001',
    itemCount: 25,
    succeedsAfterMs: 5_000,
  },
  screenshotKey: 'screenshot.png',
} as const;

const DEMO_INPUT = {
  startUrls: [{ url: 'https://shop.example.com/catalog' }],
  pseudoUrls: [{ purl: 'https://shop.example.com/products/[\\d+]' }],
  maxRequestsPerCrawl: 100,
  maxConcurrency: 10,
  proxyConfiguration: { useApifyProxy: true },
};

const json = (value: unknown) => ({
  value: Buffer.from(JSON.stringify(value, null, 2), 'utf8'),
  contentType: 'application/json; charset=utf-8',
});

/** Log lines of a crawl, timestamped from `start`, ending with the summary. */
function crawlLog(start: number, pages: number, items: number, finished: boolean): string {
  const at = (ms: number) => new Date(start + ms).toISOString();
  const lines = [
    `${at(0)} ACTOR: Pulling Docker image of build 0.0.1 from registry.`,
    `${at(1_200)} ACTOR: Creating Docker container.`,
    `${at(2_100)} ACTOR: Starting Docker container.`,
    `${at(3_000)} INFO  System info {"apifyVersion":"3.2.0","crawleeVersion":"3.11.0","osType":"Linux"}`,
    `${at(3_400)} INFO  WebScraper: Starting the crawl {"startUrls":1,"maxRequestsPerCrawl":100}`,
  ];
  for (let page = 0; page < pages; page++) {
    lines.push(
      `${at(4_000 + page * 2_500)} INFO  WebScraper: Scraped https://shop.example.com/catalog?page=${page + 1}`,
    );
    if (page % 25 === 24) {
      lines.push(`${at(4_100 + page * 2_500)} INFO  Statistics: requestsFinished=${page + 1} requestsFailed=0`);
    }
  }
  if (finished) {
    lines.push(`${at(4_000 + pages * 2_500)} INFO  WebScraper: Crawl finished. Pushed ${items} items.`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The demo scene: Actor `demo/web-scraper` with a SUCCEEDED run (10,000 items, INPUT/OUTPUT/screenshot, a queue of
 * 100 handled requests, a log) and a RUNNING run that succeeds about 5 s after start. Token `apify_demo_token`.
 */
export async function seedDemo(state: EmulatorState): Promise<void> {
  state.addToken(DEMO.token);
  const actor = state.createActor({ id: DEMO.actor.id, name: DEMO.actor.name });
  await seedSucceededRun(state, actor.id);
  await seedRunningRun(state, actor.id);
}

async function seedSucceededRun(state: EmulatorState, actorId: string): Promise<void> {
  const fixed = DEMO.succeeded;
  const record = state.createRun({
    actorId,
    id: fixed.runId,
    status: 'RUNNING',
    origin: 'API',
    startedAt: fixed.startedAt,
    defaultDatasetId: fixed.datasetId,
    defaultKeyValueStoreId: fixed.keyValueStoreId,
    defaultRequestQueueId: fixed.requestQueueId,
    options: { build: 'latest', timeoutSecs: 3600, memoryMbytes: 4096, diskMbytes: 8192 },
  });
  const dataset = state.datasets.get(fixed.datasetId);
  const store = state.keyValueStores.get(fixed.keyValueStoreId);
  const queue = state.requestQueues.get(fixed.requestQueueId);
  const log = state.logs.get(fixed.runId);
  if (!dataset || !store || !queue || !log) throw new Error('demo run storages were not created');
  for (let start = 0; start < fixed.itemCount; start += 1_000) {
    const chunk = [];
    for (let index = start; index < Math.min(start + 1_000, fixed.itemCount); index++) chunk.push(productItem(index));
    await dataset.pushItems(chunk);
  }
  await store.setRecord('INPUT', json(DEMO_INPUT));
  await store.setRecord(
    'OUTPUT',
    json({
      itemCount: fixed.itemCount,
      pagesCrawled: fixed.requestCount,
      failedRequests: 0,
      finishedAt: fixed.finishedAt.toISOString(),
      screenshot: DEMO.screenshotKey,
    }),
  );
  await store.setRecord(DEMO.screenshotKey, { value: demoScreenshot(), contentType: 'image/png' });
  for (let page = 1; page <= fixed.requestCount; page++) {
    const url = `https://shop.example.com/catalog?page=${page}`;
    const handledAt = new Date(fixed.startedAt.getTime() + 4_000 + page * 2_500).toISOString();
    await queue.addRequest({ url, uniqueKey: url, method: 'GET', userData: { label: 'CATALOG', page }, handledAt });
  }
  log.append(crawlLog(fixed.startedAt.getTime(), fixed.requestCount, fixed.itemCount, true));
  record.setStatus(
    'SUCCEEDED',
    `Finished! Total ${fixed.requestCount} requests: 100 succeeded, 0 failed.`,
    fixed.finishedAt,
  );
}

async function seedRunningRun(state: EmulatorState, actorId: string): Promise<void> {
  const fixed = DEMO.running;
  // Started a little before the emulator, so its log reads like a crawl in progress; it succeeds 5 s from now.
  const startedAt = new Date(state.clock.now() - 10_000);
  const record = state.createRun({
    actorId,
    id: fixed.runId,
    status: 'RUNNING',
    origin: 'API',
    startedAt,
    defaultDatasetId: fixed.datasetId,
    defaultKeyValueStoreId: fixed.keyValueStoreId,
    defaultRequestQueueId: fixed.requestQueueId,
    plan: [
      {
        status: 'SUCCEEDED',
        afterMs: fixed.succeedsAfterMs,
        statusMessage: `Finished! Total ${fixed.itemCount} items.`,
      },
    ],
  });
  record.setStatus('RUNNING', 'Crawling: 3 of 100 pages');
  const dataset = state.datasets.get(fixed.datasetId);
  const store = state.keyValueStores.get(fixed.keyValueStoreId);
  const log = state.logs.get(fixed.runId);
  if (!dataset || !store || !log) throw new Error('demo run storages were not created');
  const items = [];
  for (let index = 0; index < fixed.itemCount; index++) items.push(productItem(DEMO.succeeded.itemCount + index));
  await dataset.pushItems(items);
  await store.setRecord('INPUT', json(DEMO_INPUT));
  // A crawl in progress: 3 catalog pages done, the other 97 still waiting at the head of the queue.
  const queue = state.requestQueues.get(fixed.requestQueueId);
  if (!queue) throw new Error('demo run queue was not created');
  for (let page = 1; page <= DEMO.succeeded.requestCount; page++) {
    const url = `https://shop.example.com/catalog?page=${page}`;
    const handledAt = page <= 3 ? new Date(startedAt.getTime() + page * 2_500).toISOString() : undefined;
    await queue.addRequest({
      url,
      uniqueKey: url,
      method: 'GET',
      userData: { label: 'CATALOG', page },
      ...(handledAt ? { handledAt } : {}),
    });
  }
  log.append(crawlLog(startedAt.getTime(), 3, fixed.itemCount, false));
}
