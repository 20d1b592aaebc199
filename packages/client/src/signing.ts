import { ApifyInputError } from './errors.js';

/**
 * Signatures for pre-signed storage URLs, computed the way the Apify platform verifies them: with the storage's
 * `urlSigningSecretKey` (returned by `dataset.get()` / `keyValueStore.get()` to callers with write permission), so
 * that whoever gets the URL can read without a token, even a restricted storage.
 *
 * - {@link createStorageSignature}: for dataset items, a store's key listing and its records ZIP; may expire.
 * - {@link createRecordSignature}: for one record; never expires.
 *
 * Both are HMAC-SHA256 with the secret as key, cut to the first 30 hex digits (120 bits) and written in base 62
 * (`0-9a-zA-Z`). Web Crypto only: works in browsers, Node ≥ 20, Deno, Bun and edge runtimes, with no dependency.
 */

/** When a storage signature stops working; without either field it never expires. */
export interface StorageSignatureOptions {
  /** The expiry as a `Date` or milliseconds since the Unix epoch. */
  expiresAt?: Date | number;
  /** The expiry as seconds from now (what apify-client calls `expiresInSecs`). */
  expiresInSecs?: number;
  /** The clock `expiresInSecs` counts from, in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SIGNATURE_VERSION = 0;
const encoder = new TextEncoder();

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new ApifyInputError(`${name} must be a non-empty string`);
  return value;
}

/** HMAC-SHA256 of `message`, first 30 hex digits, in base 62: the platform's short HMAC. */
async function shortHmac(secret: string, message: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new ApifyInputError('Signing needs Web Crypto (globalThis.crypto.subtle), which this runtime lacks');
  const key = await subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const digest = new Uint8Array(await subtle.sign('HMAC', key, encoder.encode(message)));
  // 30 hex digits are the first 15 bytes.
  let value = 0n;
  for (const byte of digest.subarray(0, 15)) value = (value << 8n) | BigInt(byte);
  let text = '';
  for (; value > 0n; value /= 62n) text = BASE62[Number(value % 62n)] + text;
  return text || '0';
}

function expiryOf(options: StorageSignatureOptions): number {
  const { expiresAt, expiresInSecs } = options;
  if (expiresAt !== undefined && expiresInSecs !== undefined) {
    throw new ApifyInputError('Pass expiresAt or expiresInSecs, not both');
  }
  if (expiresInSecs !== undefined) {
    if (!Number.isFinite(expiresInSecs) || expiresInSecs <= 0) {
      throw new ApifyInputError('expiresInSecs must be a positive number of seconds');
    }
    return Math.floor((options.now ?? Date.now)() + expiresInSecs * 1000);
  }
  if (expiresAt === undefined) return 0;
  const ms = expiresAt instanceof Date ? expiresAt.getTime() : expiresAt;
  if (!Number.isSafeInteger(ms) || ms <= 0) {
    throw new ApifyInputError('expiresAt must be a valid Date or a positive integer of epoch milliseconds');
  }
  return ms;
}

/**
 * The `signature` for reading a storage without a token: a dataset's items, or a key-value store's key listing
 * and records ZIP. It is bound to the storage ID, and expires when asked to.
 *
 * @example
 * ```ts
 * const dataset = await client.run(runId).dataset.get();
 * const signature = await createStorageSignature(dataset.urlSigningSecretKey, dataset.id, { expiresInSecs: 3600 });
 * const url = `https://api.apify.com/v2/actor-runs/${runId}/dataset/items?signature=${signature}`;
 * ```
 */
export async function createStorageSignature(
  urlSigningSecretKey: string,
  storageId: string,
  options: StorageSignatureOptions = {},
): Promise<string> {
  const secret = requireText(urlSigningSecretKey, 'urlSigningSecretKey');
  const id = requireText(storageId, 'storageId');
  const expiresAt = expiryOf(options);
  const hmac = await shortHmac(secret, `${SIGNATURE_VERSION}.${expiresAt}.${id}`);
  // The payload is ASCII, so btoa sees one byte per character.
  return btoa(`${SIGNATURE_VERSION}.${expiresAt}.${hmac}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The `signature` for reading one record of a key-value store without a token. It never expires and is valid only
 * for that key.
 *
 * @example
 * ```ts
 * const signature = await createRecordSignature(store.urlSigningSecretKey, 'OUTPUT');
 * const url = `https://api.apify.com/v2/actor-runs/${runId}/key-value-store/records/OUTPUT?signature=${signature}`;
 * ```
 */
export async function createRecordSignature(urlSigningSecretKey: string, key: string): Promise<string> {
  return shortHmac(requireText(urlSigningSecretKey, 'urlSigningSecretKey'), requireText(key, 'key'));
}
