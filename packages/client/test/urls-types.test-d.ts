import { describe, expectTypeOf, it } from 'vitest';
import { createApifyClient } from '../src/index.js';
import {
  createItemsPublicUrl,
  createKeysPublicUrl,
  getRecordPublicUrl,
  type ItemsPublicUrlParams,
  type KeysPublicUrlParams,
} from '../src/urls.js';

const client = createApifyClient({ token: 'type-test', baseUrl: 'http://127.0.0.1:9' });
const { dataset, keyValueStore } = client.lastRun('user/actor', { status: 'SUCCEEDED' });

describe('@apify-runs/client/urls types', () => {
  it('each helper takes the storage client, its parameters, then the request options, and resolves to a URL', () => {
    expectTypeOf(
      createItemsPublicUrl(
        dataset,
        { format: 'csv', fields: ['url'], clean: true, expiresInSecs: 3600 },
        { signal: AbortSignal.abort() },
      ),
    ).toEqualTypeOf<Promise<string>>();
    expectTypeOf(createKeysPublicUrl(keyValueStore, { prefix: 'a', limit: 10, expiresInSecs: 60 })).toEqualTypeOf<
      Promise<string>
    >();
    expectTypeOf(getRecordPublicUrl(keyValueStore, 'OUTPUT', { timeoutMs: 1_000 })).toEqualTypeOf<Promise<string>>();
    expectTypeOf<ItemsPublicUrlParams['expiresInSecs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<KeysPublicUrlParams['exclusiveStartKey']>().toEqualTypeOf<string | undefined>();
  });

  it('rejects what the helper computes itself, and the wrong storage', () => {
    // @ts-expect-error the signature is computed from the storage's key, not passed
    void createItemsPublicUrl(dataset, { signature: 'x' });
    // @ts-expect-error nor for the key listing
    void createKeysPublicUrl(keyValueStore, { signature: 'x' });
    // @ts-expect-error the expiry is in seconds, as apify-client names it (no expiresInMillis)
    void createItemsPublicUrl(dataset, { expiresInMillis: 1000 });
    // @ts-expect-error items live in a dataset
    void createItemsPublicUrl(keyValueStore);
    // @ts-expect-error keys live in a key-value store
    void createKeysPublicUrl(dataset);
    // @ts-expect-error a record URL needs the key
    void getRecordPublicUrl(keyValueStore);
  });
});
