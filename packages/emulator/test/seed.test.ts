import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../src/seed/demo.js';
import { PNG_SIGNATURE } from '../src/seed/png.js';
import { LAST_BASE, RUN_BASE, useEmulator } from './support/emulator.js';

const env = useEmulator({ seed: 'demo' });
const token = DEMO.token;
const SUCCEEDED = LAST_BASE('demo~web-scraper', '?status=SUCCEEDED');

describe('demo scene', () => {
  it('accepts the demo token and serves the SUCCEEDED run with fixed IDs under both bases', async () => {
    const byId = await env.call(RUN_BASE(DEMO.succeeded.runId), { token });
    expect(byId.body.data).toMatchObject({
      id: 'DemoRunSucceeded1',
      actId: DEMO.actor.id,
      status: 'SUCCEEDED',
      startedAt: '2025-01-15T10:00:00.000Z',
      defaultDatasetId: 'DemoDatasetItems1',
      defaultKeyValueStoreId: 'DemoKeyValueStore',
      defaultRequestQueueId: 'DemoRequestQueue1',
    });
    expect(byId.body.data.finishedAt).toBe(DEMO.succeeded.finishedAt.toISOString());
    const last = await env.call(SUCCEEDED, { token });
    expect(last.body.data.id).toBe('DemoRunSucceeded1');
  });

  it('holds 10,000 deterministic product items', async () => {
    const dataset = await env.call(`${RUN_BASE(DEMO.succeeded.runId)}/dataset`, { token });
    expect(dataset.body.data).toMatchObject({ id: 'DemoDatasetItems1', itemCount: 10_000 });
    const items = await env.call(`${SUCCEEDED.replace('?', '/dataset/items?')}&offset=9998&limit=5`, { token });
    expect(items.body).toHaveLength(2);
    expect(items.body[1]).toMatchObject({
      index: 9999,
      url: 'https://shop.example.com/products/9999',
      currency: 'USD',
      inStock: expect.any(Boolean),
      price: expect.any(Number),
      scrapedAt: expect.stringMatching(/^2025-01-15T/),
    });
    const again = await env.call(`${RUN_BASE(DEMO.succeeded.runId)}/dataset/items?offset=9999&limit=1`, { token });
    expect(again.body).toEqual([items.body[1]]);
  });

  it('has INPUT and OUTPUT JSON records and a valid PNG screenshot', async () => {
    const base = `${RUN_BASE(DEMO.succeeded.runId)}/key-value-store/records`;
    const input = await env.call(`${base}/INPUT`, { token, raw: true });
    expect(input.body).toMatchObject({ startUrls: [{ url: 'https://shop.example.com/catalog' }] });
    const output = await env.call(`${base}/OUTPUT`, { token, raw: true });
    expect(output.body).toMatchObject({ itemCount: 10_000, screenshot: DEMO.screenshotKey });
    const shot = await env.call(`${base}/${DEMO.screenshotKey}`, { token, raw: true });
    expect(shot.headers.get('content-type')).toContain('image/png');
    const png = Buffer.from(await shot.response.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    // The image data inflates to exactly one filter byte plus 3 bytes per pixel per row.
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const pixels = inflateSync(png.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(height * (1 + width * 3));
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });

  it('has a request queue of 100 requests and a log', async () => {
    const queue = await env.call(`${RUN_BASE(DEMO.succeeded.runId)}/request-queue`, { token });
    expect(queue.body.data).toMatchObject({
      id: 'DemoRequestQueue1',
      totalRequestCount: 100,
      handledRequestCount: 100,
      pendingRequestCount: 0,
    });
    const log = await env.call(`${RUN_BASE(DEMO.succeeded.runId)}/log`, { token });
    expect(log.body).toContain('Crawl finished. Pushed 10000 items.');
    expect(log.body).toContain('https://shop.example.com/catalog?page=100');
  });

  it('gives each demo request the ID its uniqueKey derives, the same in both runs (README: page 42)', async () => {
    for (const runId of [DEMO.succeeded.runId, DEMO.running.runId]) {
      const request = await env.call(`${RUN_BASE(runId)}/request-queue/requests/5W3iwm5KoGPkLHn`, { token });
      expect(request.status).toBe(200);
      expect(request.body.data).toMatchObject({
        id: '5W3iwm5KoGPkLHn',
        uniqueKey: 'https://shop.example.com/catalog?page=42',
      });
    }
  });

  it('has a RUNNING run that succeeds 5 s after start', async () => {
    const running = await env.call(RUN_BASE(DEMO.running.runId), { token });
    expect(running.body.data).toMatchObject({ status: 'RUNNING', defaultDatasetId: 'DemoRunningDset01' });
    const items = await env.call(`${RUN_BASE(DEMO.running.runId)}/dataset/items`, { token });
    expect(items.body).toHaveLength(DEMO.running.itemCount);
    const waiting = env.call(`${RUN_BASE(DEMO.running.runId)}?waitForFinish=15`, { token });
    await env.clock.whenPending('waitForFinish');
    await env.clock.advance(5_000);
    const finished = await waiting;
    expect(finished.body.data.status).toBe('SUCCEEDED');
    const tookMs = Date.parse(finished.body.data.finishedAt) - Date.parse(finished.body.data.startedAt);
    // Started 10 s before the emulator; finishes 5 s after it.
    expect(tookMs).toBe(15_000);
  });
});
