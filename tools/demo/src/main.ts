/**
 * `pnpm demo`: a tour of @apify-runs/client. Against the local emulator (demo seed, in-process, no network) by
 * default, or the Apify API with `APIFY_TOKEN` and `--actor user/name`. Each step lives in `steps/`.
 */
import { parseDemoArgs, USAGE } from './args.js';
import type { DemoContext, DemoResults } from './context.js';
import { iterateDataset } from './steps/items.js';
import { lastSucceededRun } from './steps/last-run.js';
import { followLog, printLastLines, printLogTail } from './steps/log.js';
import { showRecords } from './steps/records.js';
import { queueHead, runningRun } from './steps/running-run.js';
import { printSummary } from './steps/summary.js';
import { waitWithStatus } from './steps/wait.js';
import { openTarget } from './target.js';
import { createTerminal } from './terminal.js';

async function demo(ctx: DemoContext): Promise<DemoResults> {
  const results: DemoResults = {};
  const finished = await lastSucceededRun(ctx);
  if (finished) {
    results.finishedRun = finished;
    results.items = await iterateDataset(ctx, finished);
    await showRecords(ctx, finished);
  }
  const running = await runningRun(ctx);
  if (running) {
    await queueHead(ctx, running);
    const tail = followLog(ctx, running.id);
    results.waited = await waitWithStatus(ctx, running.id);
    await printLogTail(ctx, running.id, tail);
    results.logLines = tail.total;
  } else if (finished) {
    await queueHead(ctx, finished);
    results.logLines = await printLastLines(ctx, finished.id);
  }
  return results;
}

async function main(): Promise<number> {
  const started = performance.now();
  let args: ReturnType<typeof parseDemoArgs>;
  try {
    args = parseDemoArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  const term = createTerminal();
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  const target = await openTarget(args.actor);
  const ctx: DemoContext = { term, target, signal: interrupt.signal };
  term.line(`@apify-runs/client demo, against ${target.description}`);
  try {
    const results = await demo(ctx);
    printSummary(ctx, results, performance.now() - started);
    return 0;
  } catch (error) {
    term.clearLive();
    if (interrupt.signal.aborted) {
      console.error('\ninterrupted');
      return 130;
    }
    console.error(`\ndemo failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    await target.close();
  }
}

process.exitCode = await main();
