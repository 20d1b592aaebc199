// The browser app: everything the page does with the client, in one file. It is written against the client's
// current API; when a method's signature changes, this is the file to adapt (the test only reads the report).
import { ApifyConnectionError, createApifyClient, NotFoundError, RateLimitError } from '@apify-runs/client';

export interface AppConfig {
  /** The emulator's origin: another port than the page's, so every call is cross-origin. */
  apiUrl: string;
  token: string;
  actorId: string;
  /** A RUNNING run with items and a log; the page finishes it through the host. */
  runId: string;
  /** Another RUNNING run, for abort. */
  abortRunId: string;
}

/** Asks the test (in Node) to act on the emulator between steps; resolves when it has. */
export type Host = (step: 'finish-run' | 'rate-limit-next-read') => Promise<void>;

export interface AppReport {
  origin: string;
  run: { id: string; status: string } | undefined;
  lastRunId: string | undefined;
  pushedCount: number;
  iterated: number[];
  page: { total: number; offset: number; limit: number; count: number };
  record: unknown;
  text: unknown;
  missingRecordIsUndefined: boolean;
  queue: { processed: number; lockedIds: string[]; lockSecs: number };
  finishedStatus: string;
  logLines: string[];
  abortedStatus: string;
  notFoundType: string | undefined;
  rateLimit: { isRateLimitError: boolean; retryAfter: string | null } | 'no error';
  adminReachable: boolean;
  /** The client's error for an answer the browser withholds (no CORS headers): a connection error naming CORS. */
  corsError: { isConnectionError: boolean; message: string } | 'no error';
}

export async function runApp(config: AppConfig, host: Host): Promise<AppReport> {
  const client = createApifyClient({ token: config.token, baseUrl: config.apiUrl, maxRetries: 2 });
  const run = client.run(config.runId);

  const got = await run.get();
  const last = await client.lastRun(config.actorId, { status: 'RUNNING' }).get();

  const { pushedCount } = await run.dataset.pushItems([{ n: 100 }, { n: 101 }, { n: 102 }]);
  const iterated: number[] = [];
  for await (const item of run.dataset.iterateItems<{ n: number }>({ pageSize: 4 })) iterated.push(item.n);
  const page = await run.dataset.listItems({ offset: 1, limit: 2 });

  await run.keyValueStore.setRecord('OUTPUT', { from: location.origin });
  const record = await run.keyValueStore.getRecord('OUTPUT');
  await run.keyValueStore.setRecord('note.txt', 'written from a browser', { contentType: 'text/plain; charset=utf-8' });
  const text = await run.keyValueStore.getRecord('note.txt', { as: 'text' });
  const missing = await run.keyValueStore.getRecord('NO_SUCH_RECORD');

  const added = await run.requestQueue.batchAddRequests(
    ['https://example.com/a', 'https://example.com/b', 'https://example.com/c'].map((url) => ({ url })),
  );
  const locked = await run.requestQueue.lockHead({ lockSecs: 60, limit: 2, clientKey: 'browser-tab' });

  // The log streams while the run is live; the wait long-polls. The host finishes the run, which ends both.
  const logLines: string[] = [];
  const streaming = (async () => {
    for await (const line of run.log.stream()) logLines.push(line);
  })();
  const waiting = run.waitForFinish({ waitSecs: 60 });
  await host('finish-run');
  const finished = await waiting;
  await streaming;

  const aborted = await client.run(config.abortRunId).abort();

  let notFoundType: string | undefined;
  try {
    await client.run('NoSuchRun00000000').dataset.get();
  } catch (error) {
    if (error instanceof NotFoundError) notFoundType = error.type;
  }

  // A Retry-After the client will not wait for (over 60 s) comes back as the error, with the header readable.
  await host('rate-limit-next-read');
  let rateLimit: AppReport['rateLimit'] = 'no error';
  try {
    await run.dataset.get();
  } catch (error) {
    rateLimit = {
      isRateLimitError: error instanceof RateLimitError,
      retryAfter: error instanceof RateLimitError ? error.headers.get('retry-after') : null,
    };
  }

  // The admin API sends no CORS headers: the browser must refuse to hand its answer to this page.
  let adminReachable = true;
  try {
    await fetch(`${config.apiUrl}/__emulator/health`);
  } catch {
    adminReachable = false;
  }

  // The same refusal seen through the client: its connection error says CORS may be why.
  let corsError: AppReport['corsError'] = 'no error';
  try {
    await createApifyClient({ baseUrl: `${config.apiUrl}/__emulator`, maxRetries: 0 })
      .run('AnyRun00000000001')
      .get();
  } catch (error) {
    corsError = { isConnectionError: error instanceof ApifyConnectionError, message: String((error as Error).message) };
  }

  return {
    origin: location.origin,
    run: got && { id: got.id, status: got.status },
    lastRunId: last?.id,
    pushedCount,
    iterated,
    page: { total: page.total, offset: page.offset, limit: page.limit, count: page.count },
    record: record?.value,
    text: text?.value,
    missingRecordIsUndefined: missing === undefined,
    queue: {
      processed: added.processedRequests.length,
      lockedIds: locked.items.map((item) => item.id),
      lockSecs: locked.lockSecs,
    },
    finishedStatus: finished.status,
    logLines,
    abortedStatus: aborted.status,
    notFoundType,
    rateLimit,
    adminReachable,
    corsError,
  };
}
