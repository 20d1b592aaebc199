import { type ApifyClient, createApifyClient } from '@apify-runs/client';
import { type Emulator, ManualClock, startEmulator } from '@apify-runs/emulator';

/** The demo scene's fixed values (see packages/emulator/README.md, "The demo scene"). */
const SCENE = { actor: 'demo/web-scraper', token: 'apify_demo_token', runningRunId: 'DemoRunRunning001' } as const;

/** What the demo talks to: a client, the Actor to look at, and how to stop. */
export interface Target {
  client: ApifyClient;
  actor: string;
  /** One line saying where the demo points. */
  description: string;
  /**
   * Emulator only: lets the running run's crawl proceed from now (status messages, log lines, then SUCCEEDED in
   * about 1.5 s), so the wait is short and shows live changes whatever the time spent before it.
   */
  playCrawl?: () => void;
  close(): Promise<void>;
}

/** The real API when `APIFY_TOKEN` is set and an Actor is given; otherwise the emulator with the demo seed. */
export async function openTarget(actor: string | undefined): Promise<Target> {
  const token = process.env.APIFY_TOKEN;
  const baseUrl = process.env.APIFY_API_BASE_URL || undefined;
  if (actor && token) {
    return {
      // APIFY_API_BASE_URL (as the Apify SDK names it) points the real-API mode elsewhere, e.g. at an emulator.
      client: createApifyClient({ token, baseUrl, userAgent: 'apify-runs-demo' }),
      actor,
      description: `${baseUrl ?? 'the Apify API'} (token from APIFY_TOKEN), Actor ${actor}`,
      close: async () => {},
    };
  }
  // DEMO_EMULATOR_CLOCK=manual (for the demo's own test): the crawl plays only as the clock is advanced through the
  // admin API, so the test sees every step however busy the machine is.
  const clock = process.env.DEMO_EMULATOR_CLOCK === 'manual' ? new ManualClock() : undefined;
  const emulator = await startEmulator({
    seed: 'demo',
    onError: (error) => console.error(error),
    ...(clock ? { clock } : {}),
  });
  // Hold the seeded run as RUNNING until the wait step starts (the seed alone would finish it 5 s after start).
  emulator.admin.planRun(SCENE.runningRunId, []);
  const timers: Array<() => void> = [];
  return {
    client: createApifyClient({ token: SCENE.token, baseUrl: emulator.url }),
    actor: SCENE.actor,
    description: `the local emulator at ${emulator.url} (demo seed, in-process, no network)`,
    playCrawl: () => timers.push(...playCrawl(emulator)),
    close: async () => {
      for (const cancel of timers) cancel();
      await emulator.close();
    },
  };
}

/** Moves the seeded running run on: pages crawled, log lines, then SUCCEEDED, on the emulator's clock. */
function playCrawl(emulator: Emulator): Array<() => void> {
  const runId = SCENE.runningRunId;
  const steps = [
    { afterMs: 400, page: 40 },
    { afterMs: 800, page: 75 },
    { afterMs: 1_200, page: 100 },
  ];
  emulator.admin.planRun(runId, [
    ...steps.map(({ afterMs, page }) => ({
      status: 'RUNNING' as const,
      afterMs,
      statusMessage: `Crawling: ${page} of 100 pages`,
    })),
    { status: 'SUCCEEDED', afterMs: 1_500, statusMessage: 'Finished! Total 100 requests: 100 succeeded, 0 failed.' },
  ]);
  let from = 4;
  const timers = steps.map(({ afterMs, page }) => {
    const first = from;
    from = page + 1;
    return emulator.clock.setTimer(afterMs - 50, () => {
      const at = new Date(emulator.clock.now()).toISOString();
      emulator.admin.appendLog(
        runId,
        `${at} INFO  WebScraper: Scraped https://shop.example.com/catalog?page=${first}..${page}\n` +
          `${at} INFO  Statistics: requestsFinished=${page} requestsFailed=0\n` +
          (page === 100 ? `${at} INFO  WebScraper: Crawl finished. Pushed 25 items.\n` : ''),
      );
    });
  });
  return timers;
}
