import { type Emulator, startEmulator } from '@apify-runs/emulator';

/** The token the guides' code runs with (as `APIFY_TOKEN`); it belongs to the emulator's default user. */
export const GUIDE_TOKEN = 'apify_guide_token';

/**
 * The IDs and Actors the guides name, as an emulator scene: what a reader's account would hold when they follow a
 * guide. The guides' setup comments refer to these IDs.
 *
 * - `apify/web-scraper` (another user's Actor, read only): a finished run of the reader's from the API with an `INPUT`
 *   and 20 items. A run belongs to the user who started it, so "the last run" of someone else's Actor is the reader's.
 * - `apify/cheerio-scraper`: the target of the metamorph example.
 * - `me/my-actor` (another user's Actor): a finished run of the reader's.
 * - `HG7ML7M8z78YcAPEB` (the reader's own): a running run, for the run actions of the runs guide.
 * - `GuideRunFinished1` (the reader's own): a finished run whose dataset, key-value store and request queue hold
 *   what the storage guides read.
 * - `GuideRunRunning01` (the reader's own): a running run that succeeds 300 ms after the scene starts.
 */
export async function startGuideScene(): Promise<Emulator> {
  const emulator = await startEmulator({ tokens: [GUIDE_TOKEN] });
  const { admin } = emulator;
  const reader = emulator.state.defaultUser.id;
  const products = Array.from({ length: 20 }, (_, i) => ({
    url: `https://shop.example.com/products/${i}`,
    title: `Product ${i}`,
    price: 10 + i,
  }));

  const apify = admin.createUser({ username: 'apify' });
  const scraper = admin.createActor({ name: 'web-scraper', userId: apify.id });
  admin.createActor({ name: 'cheerio-scraper', userId: apify.id });
  const scraperRun = admin.createRun({ actorId: scraper.id, userId: reader, status: 'SUCCEEDED', origin: 'API' });
  await admin.pushItems(scraperRun.datasetId, products);
  await admin.setRecord(scraperRun.keyValueStoreId, 'INPUT', {
    value: JSON.stringify({ startUrls: [{ url: 'https://shop.example.com' }] }),
    contentType: 'application/json; charset=utf-8',
  });

  const me = admin.createUser({ username: 'me' });
  const myActor = admin.createActor({ name: 'my-actor', userId: me.id });
  const myRun = admin.createRun({ actorId: myActor.id, userId: reader, status: 'SUCCEEDED' });
  await admin.pushItems(myRun.datasetId, products.slice(0, 5));

  const own = admin.createActor({ name: 'guide-actor' });
  admin.createRun({ actorId: own.id, id: 'HG7ML7M8z78YcAPEB', status: 'RUNNING' });
  admin.appendLog('HG7ML7M8z78YcAPEB', 'Starting the crawl\nCrawled 1 page\n');
  const finished = admin.createRun({ actorId: own.id, id: 'GuideRunFinished1', status: 'SUCCEEDED' });
  await admin.pushItems(finished.datasetId, products);
  const records: [string, string, string][] = [
    ['INPUT', 'application/json; charset=utf-8', JSON.stringify({ startUrls: [{ url: 'https://shop.example.com' }] })],
    ['page.html', 'text/html; charset=utf-8', '<h1>Products</h1>'],
    ['export.jsonl', 'application/jsonl', products.map((p) => JSON.stringify(p)).join('\n')],
  ];
  for (const [key, contentType, value] of records) {
    await admin.setRecord(finished.keyValueStoreId, key, { value, contentType });
  }
  await admin.setRecord(finished.keyValueStoreId, 'screenshot.png', {
    value: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    contentType: 'image/png',
  });
  await admin.addRequests(
    finished.requestQueueId,
    products.slice(0, 5).map((p) => ({ uniqueKey: p.url, url: p.url })),
  );
  admin.createRun({
    actorId: own.id,
    id: 'GuideRunRunning01',
    status: 'RUNNING',
    plan: [{ status: 'SUCCEEDED', afterMs: 300, statusMessage: 'Done' }],
  });
  return emulator;
}
