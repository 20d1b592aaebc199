import { type Emulator, startEmulator } from '@apify-runs/emulator';
import { chromiumLaunchOptions } from '@apify-runs/tool-kit/chromium';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig, AppReport } from '../src/page/app.js';
import { bundlePage, type PageServer, servePage } from '../src/page-server.js';

// A real cross-origin app: the page is served from one 127.0.0.1 port, the emulator listens on another, and
// Debian's headless Chromium enforces CORS between them. The page's script (src/page/app.ts) is the bundled client.
const TOKEN = 'browser_test_token';

let emulator: Emulator | undefined;
let page: PageServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  emulator = await startEmulator({ tokens: [TOKEN] });
  page = await servePage(await bundlePage());
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), page?.close(), emulator?.close()]);
});

describe('the bundled client in Chromium, cross-origin against the emulator', () => {
  it('gets, waits, iterates, reads and writes records, pushes, locks the head, streams the log and aborts', async () => {
    if (!emulator || !page || !browser) throw new Error('set-up failed');
    const { admin } = emulator;
    const actor = admin.createActor({ name: 'browser-app' });
    const main = admin.createRun({ actorId: actor.id, status: 'RUNNING' });
    const other = admin.createRun({ actorId: admin.createActor({ name: 'to-abort' }).id, status: 'RUNNING' });
    admin.pushItems(
      main.datasetId,
      Array.from({ length: 10 }, (_, n) => ({ n })),
    );
    admin.appendLog(main.run.id, 'started in the emulator\n');

    const requests: string[] = [];
    emulator.server.on('request', (req) => {
      requests.push(`${req.method} ${req.headers.origin ?? '-'} ${req.headers['access-control-request-method'] ?? ''}`);
    });

    const tab = await browser.newPage();
    const pageErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.exposeFunction('hostStep', async (step: string) => {
      if (step === 'finish-run') {
        admin.appendLog(main.run.id, 'finished by the test\n');
        admin.setRunStatus(main.run.id, 'SUCCEEDED');
      } else if (step === 'rate-limit-next-read') {
        emulator?.faults.add({
          match: { operationId: 'dataset_get' },
          times: 1,
          fault: { kind: 'status', status: 429, retryAfter: 120 },
        });
      } else {
        throw new Error(`unknown step ${step}`);
      }
    });
    await tab.goto(`${page.origin}/`);
    await tab.waitForFunction(() => typeof window.runApp === 'function');
    const config: AppConfig = {
      apiUrl: emulator.url,
      token: TOKEN,
      actorId: actor.id,
      runId: main.run.id,
      abortRunId: other.run.id,
    };
    const report: AppReport = await tab.evaluate((c) => window.runApp(c), config);
    await tab.close();

    expect(pageErrors).toEqual([]);
    expect(report.origin).toBe(page.origin);
    expect(new URL(report.origin).port).not.toBe(String(emulator.port));
    expect(report.run).toEqual({ id: main.run.id, status: 'RUNNING' });
    expect(report.lastRunId).toBe(main.run.id);
    expect(report.pushedCount).toBe(3);
    expect(report.iterated).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101, 102]);
    expect(report.page).toEqual({ total: 13, offset: 1, limit: 2, count: 2 });
    expect(report.record).toEqual({ from: page.origin });
    expect(report.text).toBe('written from a browser');
    expect(report.missingRecordIsUndefined).toBe(true);
    expect(report.queue.processed).toBe(3);
    expect(report.queue.lockedIds).toHaveLength(2);
    expect(report.queue.lockSecs).toBe(60);
    expect(report.finishedStatus).toBe('SUCCEEDED');
    expect(report.logLines).toEqual(expect.arrayContaining(['started in the emulator', 'finished by the test']));
    expect(report.abortedStatus).toMatch(/^ABORT(ING|ED)$/);
    expect(report.notFoundType).toBe('record-not-found');
    expect(report.rateLimit).toEqual({ isRateLimitError: true, retryAfter: '120' });
    expect(report.adminReachable).toBe(false);
    expect(report.corsError).toEqual({
      isConnectionError: true,
      message: expect.stringMatching(
        /^GET \/v2\/actor-runs\/AnyRun00000000001 failed: .*\(in a browser: CORS, or no network\?\)/,
      ),
    });

    // What the emulator saw: every call came from the page's origin, and the browser preflighted the ones that
    // needed it (a token header, a JSON body).
    const fromPage = requests.filter((line) => line.split(' ')[1] === page?.origin);
    expect(fromPage.length).toBeGreaterThan(20);
    expect(requests.some((line) => line.startsWith(`OPTIONS ${page?.origin} GET`))).toBe(true);
    expect(requests.some((line) => line.startsWith(`OPTIONS ${page?.origin} POST`))).toBe(true);
    expect(requests.some((line) => line.startsWith(`OPTIONS ${page?.origin} PUT`))).toBe(true);
    expect(emulator.state.keyValueStores.get(main.keyValueStoreId)).toBeDefined();
    expect(emulator.state.runs.get(main.run.id)?.run.status).toBe('SUCCEEDED');
  });
});
