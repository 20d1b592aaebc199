import type { QueueRequest } from '@apify-runs/types';
import { describe, expectTypeOf, it } from 'vitest';
import { createApifyClient, type RequestQueueClient } from '../src/index.js';
import {
  type ProcessQueueOptions,
  type ProcessQueueResult,
  processQueue,
  type RequestContext,
  type RequestHandler,
} from '../src/worker.js';

const queue = createApifyClient({ token: 'type-test', baseUrl: 'http://127.0.0.1:9' }).run('RunId').requestQueue;

describe('processQueue types', () => {
  it('takes a queue client, a handler of full requests and the documented options', () => {
    expectTypeOf(processQueue).parameter(0).toEqualTypeOf<RequestQueueClient>();
    expectTypeOf(processQueue(queue, async () => {})).resolves.toEqualTypeOf<ProcessQueueResult>();
    expectTypeOf<Parameters<RequestHandler>>().toEqualTypeOf<[QueueRequest, RequestContext]>();
    expectTypeOf<RequestContext['signal']>().toEqualTypeOf<AbortSignal>();
    processQueue(queue, (request, { signal }) => fetch(request.url, { signal }), {
      concurrency: 5,
      lockSecs: 120,
      clientKey: 'worker-1',
      signal: AbortSignal.timeout(1000),
      maxRetries: 2,
      pollIntervalMs: 500,
    } satisfies ProcessQueueOptions);
    // @ts-expect-error the handler gets a request, not a URL
    processQueue(queue, (url: string) => url);
    // @ts-expect-error lockSecs is a number
    processQueue(queue, () => {}, { lockSecs: '60' });
    // @ts-expect-error it takes a queue client, not a run
    processQueue(createApifyClient().run('RunId'), () => {});
  });
});
