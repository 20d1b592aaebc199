import type { QueueRequest } from '@apify-runs/types';
import { describe, expectTypeOf, it } from 'vitest';
import { parallelDownload } from '../src/download.js';
import {
  createApifyClient,
  type ItemsPage,
  type ItemsPosition,
  type IteratorPosition,
  type KeysPosition,
  type RequestsPosition,
  type ResumableIterator,
} from '../src/index.js';

const client = createApifyClient({ token: 'type-test', baseUrl: 'http://127.0.0.1:9' });
const run = client.run('RunId');
type Product = { url: string };

describe('parallel, live and resumable iteration types', () => {
  it('iterateItems and iterateItemPages take concurrency, follow, pollIntervalMs and their own position', () => {
    const items = run.dataset.iterateItems<Product>({ concurrency: 4, follow: true, pollIntervalMs: 50, clean: true });
    expectTypeOf(items).toEqualTypeOf<ResumableIterator<Product, ItemsPosition | undefined>>();
    expectTypeOf(items.position).toEqualTypeOf<ItemsPosition | undefined>();
    run.dataset.iterateItems({ resumeFrom: items.position });
    run.dataset.iterateItemPages({ resumeFrom: items.position, concurrency: 2 });
    expectTypeOf(run.dataset.iterateItemPages<Product>().position).toEqualTypeOf<ItemsPosition | undefined>();
    // @ts-expect-error concurrency is a number
    run.dataset.iterateItems({ concurrency: '4' });
    // @ts-expect-error follow is a boolean
    run.dataset.iterateItems({ follow: 'yes' });
  });

  it('a position only resumes the kind of iteration it came from', () => {
    const keys = run.keyValueStore.iterateKeys();
    const requests = run.requestQueue.iterateRequests();
    expectTypeOf(keys.position).toEqualTypeOf<KeysPosition | undefined>();
    expectTypeOf(requests).toEqualTypeOf<ResumableIterator<QueueRequest, RequestsPosition | undefined>>();
    run.keyValueStore.iterateKeys({ resumeFrom: keys.position });
    run.requestQueue.iterateRequests({ resumeFrom: requests.position });
    // @ts-expect-error a keys position does not resume items
    run.dataset.iterateItems({ resumeFrom: keys.position });
    // @ts-expect-error an items position does not resume requests
    run.requestQueue.iterateRequests({ resumeFrom: run.dataset.iterateItems().position });
    expectTypeOf<IteratorPosition['kind']>().toEqualTypeOf<'items' | 'keys' | 'requests'>();
    // Positions are plain JSON.
    expectTypeOf<ItemsPosition>().toMatchTypeOf<{ kind: 'items'; at: number }>();
  });

  it('parallelDownload takes concurrency and pageSize, download does not; the log stream takes follow', () => {
    expectTypeOf(parallelDownload(run.dataset, 'jsonl', { concurrency: 4, pageSize: 5000 })).resolves.toEqualTypeOf<
      ReadableStream<Uint8Array>
    >();
    expectTypeOf(
      parallelDownload(run.dataset, 'csv', { concurrency: 2, as: 'bytes' }),
    ).resolves.toEqualTypeOf<Uint8Array>();
    // @ts-expect-error ranges read at once are parallelDownload's
    run.dataset.download('jsonl', { concurrency: 4 });
    expectTypeOf(run.log.stream({ follow: true, pollIntervalMs: 100 })).toEqualTypeOf<
      AsyncGenerator<string, void, undefined>
    >();
    // @ts-expect-error download has no follow
    run.dataset.download('json', { follow: true });
    expectTypeOf<ItemsPage<Product>['items']>().toEqualTypeOf<Product[]>();
  });
});
