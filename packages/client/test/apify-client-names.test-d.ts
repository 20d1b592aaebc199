import { describe, expectTypeOf, it } from 'vitest';
import { type ApifyApiError, type ApifyClientOptions, createApifyClient } from '../src/index.js';

// Options carried over from apify-client would be silently ignored here if the types let them through: an object
// built ahead (not a literal, so no excess-property check) must still be a compile error.
const run = createApifyClient({ token: 't', baseUrl: 'http://127.0.0.1:9' }).run('RunId');

describe("apify-client's option names", () => {
  it('the client options reject the ones spelled differently here', () => {
    const timeout = { token: 't', timeoutSecs: 30 };
    // @ts-expect-error timeoutSecs is timeoutMs here (milliseconds, per attempt)
    createApifyClient(timeout);
    const retries = { minDelayBetweenRetriesMillis: 100 };
    // @ts-expect-error the backoff is not configurable (500 ms base, full jitter, Retry-After honoured)
    createApifyClient(retries);
    const agent = { userAgentSuffix: 'my-app' };
    // @ts-expect-error userAgent sets the whole header
    createApifyClient(agent);
    const interceptors = { requestInterceptors: [] };
    // @ts-expect-error a custom fetch does what an interceptor did
    createApifyClient(interceptors);
    const publicBase = { publicBaseUrl: 'https://api.apify.com' };
    // @ts-expect-error public URLs are built on baseUrl
    createApifyClient(publicBase);
    expectTypeOf<{ token: string; timeoutMs: number }>().toExtend<ApifyClientOptions>();
  });

  it('method parameters reject them too', () => {
    const hold = { waitSecs: 60 };
    // @ts-expect-error get() holds one request with waitForFinish; waitForFinish({ waitSecs }) waits it out
    void run.get(hold);
    const charge = { eventName: 'item', idempotencyKey: 'k' };
    // @ts-expect-error the idempotency key is a request option
    void run.charge(charge);
    const parallel = { maxParallel: 2 };
    // @ts-expect-error maxParallel is concurrency here
    void run.requestQueue.batchAddRequests([], parallel);
    const rounds = { maxUnprocessedRequestsRetries: 2 };
    // @ts-expect-error maxUnprocessedRequestsRetries is maxUnprocessedRetries here
    void run.requestQueue.batchAddRequests([], rounds);
    const pause = { minDelayBetweenUnprocessedRequestsRetriesMillis: 100 };
    // @ts-expect-error the pause before re-sending is not configurable
    void run.requestQueue.batchAddRequests([], pause);
    const pages = { maxPageLimit: 100 };
    // @ts-expect-error maxPageLimit is pageSize here
    void run.requestQueue.iterateRequestPages(pages);
    const buffer = { buffer: true };
    // @ts-expect-error buffer: true is as: 'bytes' here
    void run.keyValueStore.getRecord('KEY', buffer);
    const stream = { stream: true };
    // @ts-expect-error stream: true is as: 'stream' here
    void run.keyValueStore.getRecord('KEY', stream);
    const deadline = { timeoutSecs: 30 };
    // @ts-expect-error the deadline of a write is timeoutMs in the request options
    void run.keyValueStore.setRecord('KEY', 'value', deadline);
    const chunks = { chunkSize: 100 };
    // @ts-expect-error chunkSize is pageSize of iterateItems here
    void run.dataset.iterateItems(chunks);
    // @ts-expect-error and listItems reads one page
    void run.dataset.listItems(chunks);
  });

  it('accepts the cheap ones: statusCode, waitSecs', async () => {
    expectTypeOf<ApifyApiError['statusCode']>().toEqualTypeOf<number>();
    void run.waitForFinish({ waitSecs: 60 });
    // @ts-expect-error listItems is one page (a Promise); iterateItems is the async iterable
    for await (const item of run.dataset.listItems()) void item;
  });
});
