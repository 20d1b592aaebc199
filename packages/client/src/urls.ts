import type { Dataset, KeyValueStore } from '@apify-runs/types';
import type { ClientCore } from './core.js';
import { fillPath, queryString } from './encode.js';
import { type RunLocator, runLocator } from './locator.js';
import type { DatasetClient } from './resources/dataset.js';
import { type ItemsParams, itemsQuery } from './resources/dataset-items.js';
import type { KeyValueStoreClient, ListKeysParams } from './resources/key-value-store.js';
import { createRecordSignature, createStorageSignature } from './signing.js';
import type { RequestOptions } from './transport/types.js';

export { createRecordSignature, createStorageSignature, type StorageSignatureOptions } from './signing.js';

/**
 * Public URLs of a run's storages: links that read a dataset's items, a store's key listing or one record without
 * any token, signed the way the platform signs them when the caller owns the storage. Its own entry point
 * (`@apify-runs/client/urls`), so the HMAC and base-62 code stays out of the main bundle.
 *
 * Each helper reads the storage's metadata first (one GET): its `urlSigningSecretKey`, which the API returns to the
 * storage's owner only. With the key the URL carries a `signature` (so it works even for a restricted storage);
 * without it (not the owner) the URL is unsigned and works wherever the storage is readable by ID. A URL never holds
 * the token.
 *
 * A URL names the run by ID (`/v2/actor-runs/{runId}/…`), also for a client of the last run: a signature is bound to
 * one storage, so a `/runs/last/…` URL would stop working as soon as a newer run matched, and a last-run URL needs a
 * token unless signed. The run is the one the storage belongs to (its `actRunId`), read in the same GET, so the URL,
 * the signature and the storage always agree.
 */

/** Parameters of `createItemsPublicUrl`: every items parameter (`format`, `clean`, `fields`, ...), and an expiry. */
export type ItemsPublicUrlParams = Omit<ItemsParams, 'signature'> & {
  /** The signature stops working this many seconds from now; default never. Ignored for an unsigned URL. */
  expiresInSecs?: number | undefined;
};

/** Parameters of `createKeysPublicUrl`: the key listing's parameters, and an expiry. */
export type KeysPublicUrlParams = Omit<ListKeysParams, 'signature'> & {
  /** The signature stops working this many seconds from now; default never. Ignored for an unsigned URL. */
  expiresInSecs?: number | undefined;
};

type Storage = Dataset | KeyValueStore;

/**
 * The client core and run locator of a storage client. They are `protected` on every resource (they are no part of
 * its public API); this entry point is the one place outside the resources that reads them.
 */
const located = (storage: DatasetClient | KeyValueStoreClient) =>
  storage as unknown as { core: ClientCore; locator: RunLocator };

/** The absolute URL of `suffix` under the run that owns `meta`, with `query` (and `signature` when there is one). */
function urlOf(
  storage: DatasetClient | KeyValueStoreClient,
  meta: Storage,
  suffix: string,
  query: Readonly<Record<string, unknown>>,
  signature: string | undefined,
): string {
  const { core, locator } = located(storage);
  const target = locator.kind === 'lastRun' && meta.actRunId ? runLocator(meta.actRunId) : locator;
  return core.options.baseUrl + target.prefix + suffix + queryString(target.query, query, { signature });
}

/** The URL of a storage-signed read (`suffix` with `query`): signed, optionally expiring, when there is a key. */
async function storageUrl(
  storage: DatasetClient | KeyValueStoreClient,
  suffix: string,
  query: Readonly<Record<string, unknown>>,
  expiresInSecs: number | undefined,
  options: RequestOptions | undefined,
): Promise<string> {
  const meta = await storage.get(options);
  const key = meta.urlSigningSecretKey;
  const expiry = expiresInSecs === undefined ? {} : { expiresInSecs };
  const signature = key ? await createStorageSignature(key, meta.id, expiry) : undefined;
  return urlOf(storage, meta, suffix, query, signature);
}

/**
 * A URL of the dataset's items that needs no token: any format and items parameter, signed when the caller owns the
 * dataset, optionally expiring.
 *
 * @example
 * ```ts
 * import { createItemsPublicUrl } from '@apify-runs/client/urls';
 *
 * const url = await createItemsPublicUrl(client.run(runId).dataset, { format: 'csv', clean: true, expiresInSecs: 3600 });
 * ```
 */
export async function createItemsPublicUrl(
  dataset: DatasetClient,
  params: ItemsPublicUrlParams = {},
  options?: RequestOptions,
): Promise<string> {
  const { expiresInSecs, ...items } = params;
  return storageUrl(dataset, '/dataset/items', itemsQuery(items), expiresInSecs, options);
}

/**
 * A URL of the store's key listing that needs no token (`prefix`, `limit`, ... as `listKeys` takes them), signed when
 * the caller owns the store, optionally expiring.
 *
 * @example
 * ```ts
 * const url = await createKeysPublicUrl(client.run(runId).keyValueStore, { prefix: 'screenshot-' });
 * ```
 */
export async function createKeysPublicUrl(
  store: KeyValueStoreClient,
  params: KeysPublicUrlParams = {},
  options?: RequestOptions,
): Promise<string> {
  const { expiresInSecs, ...query } = params;
  return storageUrl(store, '/key-value-store/keys', query, expiresInSecs, options);
}

/**
 * A URL of one record that needs no token, signed for that key when the caller owns the store (a record signature
 * never expires). The key is percent-encoded into one path segment, so it can address nothing else.
 *
 * @example
 * ```ts
 * const url = await getRecordPublicUrl(client.run(runId).keyValueStore, 'OUTPUT');
 * ```
 */
export async function getRecordPublicUrl(
  store: KeyValueStoreClient,
  key: string,
  options?: RequestOptions,
): Promise<string> {
  const suffix = fillPath('/key-value-store/records/{recordKey}', { recordKey: key });
  const meta = await store.get(options);
  const signature = meta.urlSigningSecretKey ? await createRecordSignature(meta.urlSigningSecretKey, key) : undefined;
  return urlOf(store, meta, suffix, {}, signature);
}
