import { fileURLToPath } from 'node:url';
import { startEmulator } from '@apify-runs/emulator';
import { type ExecResult, exec, stopChildren } from '@apify-runs/tool-kit/exec';
import { afterEach, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// Whatever happens to a test (a failure, its time limit), no demo process outlives it.
afterEach(() => stopChildren());

/**
 * Runs the demo as `pnpm demo` does (minus the build step: turbo builds dependencies before tests); `waitFor`
 * resolves with the first match of a pattern in its stdout as soon as it is printed.
 */
function startDemo(args: string[] = [], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  const waiting = new Set<() => void>();
  const done: Promise<ExecResult> = exec(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: packageDir,
    env,
    timeoutMs: 240_000,
    onStdout: (chunk) => {
      stdout += chunk;
      for (const check of [...waiting]) check();
    },
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const found = pattern.exec(stdout);
        if (!found) return;
        waiting.delete(check);
        resolve(found);
      };
      waiting.add(check);
      check();
      void done.then((result) => {
        if (waiting.delete(check))
          reject(new Error(`the demo ended without printing ${pattern}: ${JSON.stringify(result)}`));
      });
    });
  return { done, waitFor };
}

const runDemo = (args: string[] = [], env: Record<string, string | undefined> = {}) => startDemo(args, env).done;

/** Calls the admin API of the demo's in-process emulator. */
async function admin(url: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${url}/__emulator${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

describe('pnpm demo', () => {
  it('tours the emulator scene without a TTY and prints the summary, exit code 0', async () => {
    // The emulator's clock stands still: the test moves the crawl on step by step, as the demo shows each step.
    const demo = startDemo([], { APIFY_TOKEN: undefined, CI: 'true', DEMO_EMULATOR_CLOCK: 'manual' });
    const url = (await demo.waitFor(/against the local emulator at (http:\/\/127\.0\.0\.1:\d+)/))[1] as string;
    await demo.waitFor(/Waiting for DemoRunRunning001 to finish/);
    await admin(url, '/clock/wait', { label: 'waitForFinish' });
    for (const page of [40, 75, 100]) {
      await admin(url, '/clock/advance', { ms: 400 });
      await demo.waitFor(new RegExp(`RUNNING {2}Crawling: ${page} of 100 pages`));
    }
    // The run succeeds: the demo finishes and stops its emulator, possibly before this answer arrives.
    await admin(url, '/clock/advance', { ms: 300 }).catch(() => undefined);
    const { code, stdout, stderr } = await demo.done;
    expect(stderr).toBe('');
    expect(code).toBe(0);

    expect(stdout).toMatch(/against the local emulator at http:\/\/127\.0\.0\.1:\d+ \(demo seed/);
    // Last successful run, pinned by ID for the items.
    expect(stdout).toContain('DemoRunSucceeded1  SUCCEEDED');
    // Not a TTY: milestone lines, no redraws.
    expect(stdout).not.toContain('\r');
    expect(stdout).not.toContain('\u001b[');
    expect(stdout.match(/^ {3}\[[#-]{24}\] [\d,]+ \/ 10,000 items$/gm)).toHaveLength(4);
    expect(stdout).toContain('[########################] 10,000 / 10,000 items');
    // Records, parsed by Content-Type.
    expect(stdout).toMatch(/INPUT {2}application\/json; charset=utf-8 {2}\{"startUrls"/);
    expect(stdout).toMatch(/OUTPUT application\/json; charset=utf-8 {2}\{"itemCount":10000/);
    // The running run: its queue head has pending requests, the wait sees status changes, the log is followed.
    expect(stdout).toContain('DemoRunningRq0001: 100 requests, 3 handled, 97 pending');
    expect(stdout).toContain('→ GET https://shop.example.com/catalog?page=4');
    // Every status change shows, in order, then the end.
    const statuses = [...stdout.matchAll(/(RUNNING|SUCCEEDED) {2}(Crawling: \d+ of 100 pages|Finished!)/g)].map(
      (m) => m[0],
    );
    expect(statuses.slice(-4)).toEqual([
      'RUNNING  Crawling: 40 of 100 pages',
      'RUNNING  Crawling: 75 of 100 pages',
      'RUNNING  Crawling: 100 of 100 pages',
      'SUCCEEDED  Finished!',
    ]);
    expect(stdout).toMatch(/│ .*Crawl finished\. Pushed 25 items\./);

    const summary = stdout.slice(stdout.indexOf('\nSummary\n'));
    expect(summary).toMatch(/^ {3}items {8}10,000 in \d+\.\d\d s$/m);
    expect(summary).toMatch(/^ {3}items\/s {6}[\d,]+$/m);
    expect(summary).toMatch(/^ {3}waited {7}\d+\.\d\d s for DemoRunRunning001 \(SUCCEEDED\)$/m);
    expect(summary).toMatch(/^ {3}log lines {4}\d+$/m);
    expect(summary).toMatch(/^ {3}total time {3}\d+\.\d\d s$/m);
    expect(summary).toMatch(/^ {3}peak RSS {5}\d+\.\d MB$/m);
    const rate = Number(/items\/s +([\d,]+)/.exec(summary)?.[1]?.replaceAll(',', ''));
    expect(rate).toBeGreaterThan(0);
  });

  it('refuses --actor without APIFY_TOKEN (exit code 2) instead of reaching for the network', async () => {
    const { code, stdout, stderr } = await runDemo(['--actor', 'someone/some-actor'], { APIFY_TOKEN: undefined });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--actor needs APIFY_TOKEN');
    expect(stderr).toContain('Usage: pnpm demo');
  });

  it('with APIFY_TOKEN and --actor, tours that Actor through the API (here an emulator) with no running run', async () => {
    const emulator = await startEmulator({ tokens: ['demo_test_token'] });
    try {
      const { admin } = emulator;
      admin.createActor({ name: 'tiny-scraper' });
      const { run, datasetId, keyValueStoreId } = admin.createRun({
        actorId: 'demo~tiny-scraper',
        status: 'SUCCEEDED',
        startedAt: new Date('2025-03-01T08:00:00Z'),
        finishedAt: new Date('2025-03-01T08:00:30Z'),
      });
      await admin.generateItems(datasetId, { count: 1234 });
      await admin.setRecord(keyValueStoreId, 'INPUT', { value: '{"maxItems":1234}', contentType: 'application/json' });
      admin.appendLog(run.id, 'first line\nsecond line\nlast line\n');

      const { code, stdout, stderr } = await runDemo(['--actor', 'demo/tiny-scraper'], {
        APIFY_TOKEN: 'demo_test_token',
        APIFY_API_BASE_URL: emulator.url,
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(`against ${emulator.url} (token from APIFY_TOKEN), Actor demo/tiny-scraper`);
      expect(stdout).toContain(`${run.id}  SUCCEEDED  started 2025-03-01T08:00:00.000Z, took 30.0 s`);
      expect(stdout).toContain('[########################] 1,234 / 1,234 items');
      expect(stdout).toMatch(/INPUT {2}application\/json {2}\{"maxItems":1234\}/);
      expect(stdout).toContain('OUTPUT not set');
      expect(stdout).toContain('none is running now.');
      expect(stdout).toContain('0 requests, 0 handled, 0 pending');
      expect(stdout).toMatch(/^ {3}\d+ lines; the last \d+:$/m);
      expect(stdout).toContain('│ last line');
      expect(stdout).toMatch(/^ {3}items {8}1,234 in \d+\.\d\d s$/m);
      expect(stdout).not.toContain('waited');
    } finally {
      await emulator.close();
    }
  });
});
