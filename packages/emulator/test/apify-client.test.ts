import { ApifyClient } from 'apify-client';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './support/emulator.js';

/** The official JS client (pinned dev dependency) against the demo scene: the emulator must look like Apify. */
const env = useEmulator({ seed: 'demo' });
const client = () => new ApifyClient({ token: 'apify_demo_token', baseUrl: env.emulator.url, maxRetries: 0 });
const demoActor = () => {
  const actor = env.emulator.state.resolveActor('demo~web-scraper');
  if (!actor) throw new Error('demo seed has no demo/web-scraper');
  return actor;
};

/** The seeded runs, by id: once the RUNNING one succeeds it becomes the newest SUCCEEDED run. */
const SUCCEEDED_RUN = 'DemoRunSucceeded1';
const RUNNING_RUN = 'DemoRunRunning001';

describe('official apify-client against the demo seed', () => {
  it('gets the last successful run, and the same run by id', async () => {
    const last = await client().actor('demo/web-scraper').lastRun({ status: 'SUCCEEDED' }).get();
    expect(last?.id).toBe(SUCCEEDED_RUN);
    expect(last?.status).toBe('SUCCEEDED');
    const items = await client()
      .actor('demo/web-scraper')
      .lastRun({ status: 'SUCCEEDED' })
      .dataset()
      .listItems({ limit: 3 });
    expect(items.total).toBe(10_000);
    expect(last?.actId).toBe(demoActor().id);
    const byId = await client()
      .run(last?.id ?? '')
      .get();
    expect(byId?.id).toBe(last?.id);
    expect(await client().run('NoSuchRun12345678').get()).toBeUndefined();
  });

  it('waits for the running run to finish', async () => {
    const running = await client().run(RUNNING_RUN).get();
    expect(running?.status).toBe('RUNNING');
    const waiting = client().run(RUNNING_RUN).waitForFinish({ waitSecs: 20 });
    await env.clock.whenPending('waitForFinish');
    // The seed plans SUCCEEDED 5 s after the start.
    await env.clock.advance(5_000);
    const finished = await waiting;
    expect(finished.status).toBe('SUCCEEDED');
    expect(finished.finishedAt).toBeInstanceOf(Date);
  });

  it('lists dataset items page by page', async () => {
    const last = client().run(SUCCEEDED_RUN);
    const page = await last.dataset().listItems({ offset: 100, limit: 50 });
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(10_000);
    expect(page.offset).toBe(100);
    expect(page.count).toBe(50);
    const desc = await last.dataset().listItems({ limit: 1, desc: true });
    expect(desc.items[0]).toEqual((await last.dataset().listItems({ offset: 9_999, limit: 1 })).items[0]);
  });

  it('reads records and keys of the default key-value store', async () => {
    const store = client().run(SUCCEEDED_RUN).keyValueStore();
    const input = await store.getRecord('INPUT');
    expect(input?.contentType).toMatch(/application\/json/);
    expect(typeof input?.value).toBe('object');
    const screenshot = await store.getRecord('screenshot.png', { buffer: true });
    expect(
      Buffer.from(screenshot?.value as Buffer)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const keys = await store.listKeys({ limit: 2 });
    expect(keys.items.map((item) => item.key)).toEqual(['INPUT', 'OUTPUT']);
    expect(keys.isTruncated).toBe(true);
    expect(await store.getRecord('no-such-key')).toBeUndefined();
  });

  it('reads the queue head and the log', async () => {
    const head = await client().run(RUNNING_RUN).requestQueue().listHead({ limit: 10 });
    expect(head.items).toHaveLength(10);
    expect(head.items[0]?.url).toBe('https://shop.example.com/catalog?page=4');
    const log = await client().run(SUCCEEDED_RUN).log().get();
    expect(log).toContain('SUCCEEDED');
  });
});
