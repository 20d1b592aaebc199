import type { StorageMeta } from '../state/storage-meta.js';
import { shortHmac, storageSignature } from './url-signing.js';

/** How long the signed URLs in a storage's own metadata stay valid, as on the platform: 14 days. */
export const PUBLIC_URL_VALIDITY_MS = 14 * 24 * 60 * 60 * 1000;

const withSignature = (url: string, signature: string) => {
  const signed = new URL(url);
  signed.searchParams.set('signature', signature);
  return signed.href;
};

/**
 * `itemsPublicUrl`, `keysPublicUrl`, `recordsPublicUrl`: a restricted storage's carry a storage signature valid for
 * 14 days, so whoever receives the URL can read without a token; other storages are readable by ID anyway.
 */
export function publicStorageUrl(url: string, meta: StorageMeta, now = Date.now()): string {
  if (meta.generalAccess !== 'RESTRICTED') return url;
  return withSignature(url, storageSignature(meta.urlSigningSecretKey, meta.id, now + PUBLIC_URL_VALIDITY_MS));
}

/** `recordPublicUrl` in a key listing: a restricted store's carries the record's signature (which never expires). */
export function publicRecordUrl(url: string, meta: StorageMeta, key: string): string {
  if (meta.generalAccess !== 'RESTRICTED') return url;
  return withSignature(url, shortHmac(meta.urlSigningSecretKey, key));
}

/** `urlSigningSecretKey` goes only to callers with write permission: the owner's token. */
export const signingSecretFor = (meta: StorageMeta, callerId: string | undefined) =>
  callerId !== undefined && callerId === meta.userId ? { urlSigningSecretKey: meta.urlSigningSecretKey } : {};
