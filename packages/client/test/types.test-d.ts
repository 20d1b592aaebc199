import type { Run, RunStatus, TerminalRunStatus } from '@apify-runs/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApifyApiError,
  type ApifyClient,
  type ApifyConnectionError,
  type ApifyError,
  type ApifyInputError,
  type ApifyTimeoutError,
  type ApifyUserAbortError,
  type AuthenticationError,
  type BadRequestError,
  type ConflictError,
  createApifyClient,
  type FinishedRun,
  type GetRunParams,
  type InternalServerError,
  type LogClient,
  type LogTarget,
  type NotFoundError,
  type PayloadTooLargeError,
  type PermissionDeniedError,
  type RateLimitError,
  type RequestOptions,
  type RunClient,
  type RunWaitTimeoutError,
  type StreamLogParams,
  type WatchStatusParams,
} from '../src/index.js';

declare const client: ApifyClient;
declare const run: RunClient;

describe('client and locators', () => {
  it('createApifyClient returns an ApifyClient; both locators give a RunClient', () => {
    expectTypeOf(createApifyClient()).toEqualTypeOf<ApifyClient>();
    expectTypeOf(client.run('id')).toEqualTypeOf<RunClient>();
    expectTypeOf(client.lastRun('user/actor', { status: 'SUCCEEDED', origin: 'API' })).toEqualTypeOf<RunClient>();
    // @ts-expect-error status is the run status enum, not any string
    client.lastRun('user/actor', { status: 'DONE' });
    // @ts-expect-error origin is the origin enum
    client.lastRun('user/actor', { origin: 'EMAIL' });
  });

  it('a RunClient carries its log', () => {
    expectTypeOf(run.log).toEqualTypeOf<LogClient>();
  });
});

describe('RunClient methods', () => {
  it('get() is the run or undefined: parameters first, then how the request is made', () => {
    expectTypeOf(run.get()).toEqualTypeOf<Promise<Run | undefined>>();
    expectTypeOf(run.get).parameter(0).toEqualTypeOf<GetRunParams | undefined>();
    expectTypeOf<GetRunParams['waitForFinish']>().toEqualTypeOf<number | undefined>();
    expectTypeOf(run.get).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf<RequestOptions>().toEqualTypeOf<{
      signal?: AbortSignal | undefined;
      timeoutMs?: number | undefined;
      maxRetries?: number | undefined;
    }>();
    // @ts-expect-error how a request is made is not a parameter of the operation
    run.get({ signal: AbortSignal.abort() });
    // @ts-expect-error and a parameter is not a request option
    run.get({}, { waitForFinish: 10 });
  });

  it('waitForFinish() resolves with a run narrowed to a terminal status', () => {
    expectTypeOf(run.waitForFinish({ waitSecs: 1, pollSecs: 1 }, { signal: AbortSignal.abort() })).toEqualTypeOf<
      Promise<FinishedRun>
    >();
    // @ts-expect-error the overall limit is waitSecs (as in apify-client); there is no silently ignored timeoutSecs
    run.waitForFinish({ timeoutSecs: 60 });
    expectTypeOf<FinishedRun['status']>().toEqualTypeOf<TerminalRunStatus>();
    expectTypeOf<TerminalRunStatus>().toEqualTypeOf<'SUCCEEDED' | 'FAILED' | 'TIMED-OUT' | 'ABORTED'>();
    expectTypeOf<FinishedRun>().toExtend<Run>();
  });

  it('watchStatus() is an async iterable of runs, its interval a parameter and its signal an option', () => {
    expectTypeOf(run.watchStatus({ intervalSecs: 2 }, { signal: AbortSignal.abort() })).toExtend<AsyncIterable<Run>>();
    expectTypeOf<WatchStatusParams>().toEqualTypeOf<{ intervalSecs?: number | undefined }>();
    // @ts-expect-error the signal is a request option, after the parameters
    run.watchStatus({ signal: AbortSignal.abort() });
    // @ts-expect-error the Python client's check_period is intervalSecs here
    run.watchStatus({ checkPeriod: 5 });
  });

  it('actions return the run (or nothing) and take spec-typed input', () => {
    expectTypeOf(run.update({ statusMessage: 'x', isStatusMessageTerminal: true })).toEqualTypeOf<Promise<Run>>();
    // @ts-expect-error status is not updatable
    run.update({ status: 'SUCCEEDED' satisfies RunStatus });
    expectTypeOf(run.delete()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(run.abort({ gracefully: true })).toEqualTypeOf<Promise<Run>>();
    expectTypeOf(run.metamorph('user/target', { input: { any: 'input' }, build: 'latest' })).toEqualTypeOf<
      Promise<Run>
    >();
    run.metamorph('user/target', { input: 'raw', contentType: 'text/plain' });
    // @ts-expect-error input is a JSON object or raw content, not a number
    run.metamorph('user/target', { input: 42 });
    expectTypeOf(run.reboot()).toEqualTypeOf<Promise<Run>>();
    expectTypeOf(run.resurrect({ memory: 4096, timeout: 60, restartOnError: true })).toEqualTypeOf<Promise<Run>>();
    // @ts-expect-error memory is a number
    run.resurrect({ memory: '4096' });
    expectTypeOf(run.charge({ eventName: 'item', count: 1 }, { idempotencyKey: 'k' })).toEqualTypeOf<Promise<void>>();
    // count defaults to 1, as in both official clients
    run.charge({ eventName: 'item' });
    // @ts-expect-error count is a number
    run.charge({ eventName: 'item', count: '2' });
    // @ts-expect-error eventName is required
    run.charge({ count: 2 });
  });

  it('every method takes the request options last', () => {
    const call: RequestOptions = { signal: AbortSignal.abort(), timeoutMs: 1_000, maxRetries: 0 };
    run.get({}, call);
    run.waitForFinish({}, call);
    run.update({}, call);
    run.delete(call);
    run.abort({}, call);
    run.metamorph('t', {}, call);
    run.reboot(call);
    run.resurrect({}, call);
    run.charge({ eventName: 'e', count: 1 }, { ...call, idempotencyKey: 'k' });
    run.log.get({}, call);
    run.log.stream({}, call);
  });
});

describe('LogClient', () => {
  it('get() is the text; a 404 throws rather than resolving to undefined', () => {
    expectTypeOf(run.log.get({ raw: true })).toEqualTypeOf<Promise<string>>();
  });

  it('stream() is an async iterable of lines, from the start or of new lines only', () => {
    expectTypeOf(run.log.stream({ fromStart: false, raw: true })).toExtend<AsyncIterable<string>>();
    expectTypeOf<StreamLogParams>().toEqualTypeOf<{
      raw?: boolean | undefined;
      fromStart?: boolean | undefined;
      follow?: boolean | undefined;
      pollIntervalMs?: number | undefined;
    }>();
    // @ts-expect-error get() reads the log as it is now: there is nothing to start from
    run.log.get({ fromStart: false });
  });

  it('redirect() takes a logger or a writable and resolves when the run ends', () => {
    expectTypeOf(run.log.redirect(console)).toEqualTypeOf<Promise<void>>();
    run.log.redirect({ info: (line: string) => line.length }, { fromStart: false }, { signal: AbortSignal.abort() });
    run.log.redirect({ log: (_line: string) => {} });
    run.log.redirect(new WritableStream<string>());
    run.log.redirect({ write: async (_text: string) => {} });
    expectTypeOf<typeof process.stdout>().toExtend<LogTarget>();
    // @ts-expect-error a logger needs info(line) or log(line); a bare function is not a target
    run.log.redirect((line: string) => line);
    // @ts-expect-error nor is an object without any of info, log, write
    run.log.redirect({ debug: (_line: string) => {} });
    // @ts-expect-error a stream of bytes does not take the lines as strings
    run.log.redirect(new WritableStream<Uint8Array>());
  });
});

describe('error classes', () => {
  it('form one hierarchy under ApifyError', () => {
    expectTypeOf<ApifyApiError>().toExtend<ApifyError>();
    expectTypeOf<ApifyInputError>().toExtend<ApifyError>();
    expectTypeOf<ApifyConnectionError>().toExtend<ApifyError>();
    expectTypeOf<ApifyTimeoutError>().toExtend<ApifyConnectionError>();
    expectTypeOf<ApifyUserAbortError>().toExtend<ApifyError>();
    expectTypeOf<BadRequestError>().toExtend<ApifyApiError>();
    expectTypeOf<AuthenticationError>().toExtend<ApifyApiError>();
    expectTypeOf<PermissionDeniedError>().toExtend<ApifyApiError>();
    expectTypeOf<NotFoundError>().toExtend<ApifyApiError>();
    expectTypeOf<ConflictError>().toExtend<ApifyApiError>();
    expectTypeOf<PayloadTooLargeError>().toExtend<ApifyApiError>();
    expectTypeOf<RateLimitError>().toExtend<ApifyApiError>();
    expectTypeOf<InternalServerError>().toExtend<ApifyApiError>();
  });

  it('ApifyApiError carries status, type, method, path, attempt and body', () => {
    expectTypeOf<ApifyApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf<ApifyApiError['type']>().toEqualTypeOf<string>();
    expectTypeOf<ApifyApiError['method']>().toEqualTypeOf<string>();
    expectTypeOf<ApifyApiError['path']>().toEqualTypeOf<string>();
    expectTypeOf<ApifyApiError['attempt']>().toEqualTypeOf<number>();
    expectTypeOf<ApifyApiError>().toHaveProperty('body');
    expectTypeOf<ApifyConnectionError['mayHaveReachedServer']>().toEqualTypeOf<boolean>();
  });

  it('RunWaitTimeoutError is an ApifyTimeoutError with the last run seen', () => {
    expectTypeOf<RunWaitTimeoutError>().toExtend<ApifyTimeoutError>();
    expectTypeOf<RunWaitTimeoutError['run']>().toEqualTypeOf<Run | undefined>();
  });
});
