import type { Run, RunClient } from '@apify-runs/client';
import type { DemoContext } from '../context.js';
import { seconds, spinnerFrame } from '../terminal.js';

/**
 * `run.waitForFinish()` with live status: a second loop polls `get()` for status-message changes, drawn as a
 * spinner line on a TTY and as plain lines otherwise. Resolves with the finished run and the time waited.
 */
export async function waitWithStatus(ctx: DemoContext, runId: string): Promise<{ run: Run; ms: number }> {
  const { term, target, signal } = ctx;
  term.step(`Waiting for ${runId} to finish  (client.run(id).waitForFinish())`);
  const runClient = target.client.run(runId);
  const started = Date.now();
  target.playCrawl?.();

  const watching = new AbortController();
  const stopWatching = () => watching.abort();
  signal.addEventListener('abort', stopWatching, { once: true });
  let shown = '';
  let latest = '';
  const show = (run: Run) => {
    latest = `${run.status}  ${run.statusMessage ?? ''}`.trimEnd();
    if (latest === shown) return;
    shown = latest;
    term.line(`   ${seconds(Date.now() - started).padStart(7)}  ${latest}`);
  };
  const spinner = term.tty
    ? setInterval(() => term.live(`   ${spinnerFrame()} ${seconds(Date.now() - started)}  ${latest}`), 80)
    : undefined;
  const watcher = watchStatus(runClient, show, watching.signal);
  try {
    const run = await runClient.waitForFinish({ waitSecs: 120 }, { signal });
    show(run);
    return { run, ms: Date.now() - started };
  } finally {
    clearInterval(spinner);
    term.clearLive();
    watching.abort();
    signal.removeEventListener('abort', stopWatching);
    await watcher;
  }
}

/** Polls the run every 250 ms until `signal` aborts; errors end the watch quietly (the wait itself reports them). */
async function watchStatus(runClient: RunClient, onRun: (run: Run) => void, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const run = await runClient.get({}, { signal });
      if (run && !signal.aborted) onRun(run);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 250);
        signal.addEventListener('abort', () => resolve(clearTimeout(timer)), { once: true });
      });
    } catch {
      return;
    }
  }
}
