import type { Dataset, DatasetStatistics, KeyValueStore, KeyValueStoreKey, ListOfKeys } from '@apify-runs/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createApifyClient,
  type DatasetClient,
  type ItemsPage,
  type ItemsPagination,
  type ItemsPosition,
  type KeysPosition,
  type KeyValueRecord,
  type KeyValueStoreClient,
  type PushItemsResult,
  type ResumableIterator,
} from '../src/index.js';

const client = createApifyClient({ token: 'type-test', baseUrl: 'http://127.0.0.1:9' });
const dataset = client.run('RunId').dataset;
const kvs = client.run('RunId').keyValueStore;
interface Product {
  url: string;
  price: number;
}

describe('DatasetClient types', () => {
  it('is the same interface under both locators', () => {
    expectTypeOf(client.lastRun('user/actor', { status: 'SUCCEEDED' }).dataset).toEqualTypeOf<DatasetClient>();
    expectTypeOf(client.run('RunId').dataset).toEqualTypeOf<DatasetClient>();
  });

  it('returns the spec types', () => {
    expectTypeOf(dataset.get()).resolves.toEqualTypeOf<Dataset>();
    expectTypeOf(dataset.update({ name: null, generalAccess: 'RESTRICTED' })).resolves.toEqualTypeOf<Dataset>();
    expectTypeOf(dataset.statistics()).resolves.toEqualTypeOf<DatasetStatistics>();
    expectTypeOf(dataset.delete()).resolves.toBeVoid();
    // @ts-expect-error generalAccess is the spec's enum
    dataset.update({ generalAccess: 'PUBLIC' });
  });

  it('types items with a generic and the query from the spec', () => {
    expectTypeOf(dataset.listItems<Product>({ clean: true, offset: 0, limit: 10 })).resolves.toEqualTypeOf<
      ItemsPage<Product>
    >();
    expectTypeOf(dataset.listItems()).resolves.toEqualTypeOf<ItemsPage<Record<string, unknown>>>();
    expectTypeOf<ItemsPage<Product>['count']>().toBeNumber();
    expectTypeOf(dataset.iterateItems<Product>({ desc: true, pageSize: 500, prefetch: false })).toEqualTypeOf<
      ResumableIterator<Product, ItemsPosition | undefined>
    >();
    expectTypeOf(dataset.iterateItemPages<Product>()).toEqualTypeOf<
      ResumableIterator<ItemsPage<Product>, ItemsPosition | undefined>
    >();
    // the comma-separated list parameters also take arrays
    dataset.listItems({ fields: ['url', 'price'], omit: 'html', unwind: ['offers'], flatten: ['seller'] });
    // @ts-expect-error a list holds strings
    dataset.listItems({ fields: [1, 2] });
    // @ts-expect-error offset is a number
    dataset.listItems({ offset: '10' });
    // @ts-expect-error listItems always reads JSON: no format
    dataset.listItems({ format: 'csv' });
    // @ts-expect-error unknown parameter
    dataset.listItems({ cleanItems: true });
  });

  it('download() returns a stream by default and bytes with as: bytes', () => {
    expectTypeOf(dataset.download('csv')).resolves.toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf(dataset.download('xlsx', { as: 'stream', fields: 'url' })).resolves.toEqualTypeOf<
      ReadableStream<Uint8Array>
    >();
    expectTypeOf(dataset.download('json', { as: 'bytes', bom: false })).resolves.toEqualTypeOf<Uint8Array>();
    // @ts-expect-error formats are the spec's enum
    dataset.download('pdf');
    // @ts-expect-error as is stream or bytes
    dataset.download('csv', { as: 'text' });
  });

  it('itemsPagination() is the page without its items, for the query of listItems', () => {
    expectTypeOf(
      dataset.itemsPagination({ clean: true, offset: 10, limit: 5 }),
    ).resolves.toEqualTypeOf<ItemsPagination>();
    expectTypeOf<ItemsPagination>().toEqualTypeOf<Omit<ItemsPage<unknown>, 'items'>>();
    expectTypeOf<ItemsPagination['total']>().toEqualTypeOf<number>();
    // @ts-expect-error the figures are of the JSON items query; formats are for download()
    void dataset.itemsPagination({ format: 'csv' });
  });

  it('pushItems() takes objects, or their JSON text', () => {
    expectTypeOf(dataset.pushItems([{ a: 1 }])).resolves.toEqualTypeOf<PushItemsResult>();
    expectTypeOf(dataset.pushItems({ a: 1 })).resolves.toEqualTypeOf<PushItemsResult>();
    expectTypeOf(dataset.pushItems('[{"a":1}]')).resolves.toEqualTypeOf<PushItemsResult>();
    // @ts-expect-error a number is not an item
    dataset.pushItems(5);
  });
});

describe('KeyValueStoreClient types', () => {
  it('is the same interface under both locators', () => {
    expectTypeOf(client.lastRun('user/actor').keyValueStore).toEqualTypeOf<KeyValueStoreClient>();
    expectTypeOf(kvs.get()).resolves.toEqualTypeOf<KeyValueStore>();
    expectTypeOf(kvs.listKeys({ limit: 10, prefix: 'a' })).resolves.toEqualTypeOf<ListOfKeys>();
    expectTypeOf(kvs.iterateKeys()).toEqualTypeOf<ResumableIterator<KeyValueStoreKey, KeysPosition | undefined>>();
    // @ts-expect-error limit is a number
    kvs.listKeys({ limit: '10' });
  });

  it('recordExists() is a boolean for a key', () => {
    expectTypeOf(kvs.recordExists('OUTPUT', { signal: AbortSignal.abort() })).resolves.toEqualTypeOf<boolean>();
    // @ts-expect-error the key is required
    void kvs.recordExists();
  });

  it('getRecord() types the value by `as`', () => {
    expectTypeOf(kvs.getRecord<{ total: number }>('OUTPUT')).resolves.toEqualTypeOf<
      KeyValueRecord<{ total: number }> | undefined
    >();
    expectTypeOf(kvs.getRecord('x')).resolves.toEqualTypeOf<KeyValueRecord<unknown> | undefined>();
    expectTypeOf(kvs.getRecord('x', { as: 'text' })).resolves.toEqualTypeOf<KeyValueRecord<string> | undefined>();
    expectTypeOf(kvs.getRecord('x', { as: 'bytes' })).resolves.toEqualTypeOf<KeyValueRecord<Uint8Array> | undefined>();
    expectTypeOf(kvs.getRecord('x', { as: 'stream' })).resolves.toEqualTypeOf<
      KeyValueRecord<ReadableStream<Uint8Array>> | undefined
    >();
    // @ts-expect-error `as` is json, text, bytes or stream
    kvs.getRecord('x', { as: 'blob' });
  });

  it('setRecord() and downloadRecords()', () => {
    expectTypeOf(kvs.setRecord('a', { x: 1 })).resolves.toBeVoid();
    expectTypeOf(kvs.setRecord('a', new Uint8Array(1), { contentType: 'image/png' })).resolves.toBeVoid();
    // Node's Buffer is a Uint8Array over any ArrayBufferLike: accepted as bytes
    kvs.setRecord('a', new Uint8Array(new ArrayBuffer(4)) as Uint8Array<ArrayBufferLike>);
    // @ts-expect-error undefined cannot be stored
    kvs.setRecord('a', undefined);
    expectTypeOf(kvs.downloadRecords()).resolves.toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf(kvs.downloadRecords({ prefix: 'img-', as: 'bytes' })).resolves.toEqualTypeOf<Uint8Array>();
  });
});
