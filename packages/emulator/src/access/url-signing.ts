import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Apify's URL signatures, as the platform and its official clients compute them (described in the spec's `signature`
 * parameters). Two kinds, both from the storage's `urlSigningSecretKey`:
 *
 * - a **record signature** (`GET …/records/{recordKey}`): the HMAC of the record key; it never expires;
 * - a **storage signature** (dataset items, key listing, records ZIP): base64url of `<version>.<expiresAt>.<hmac>`,
 *   where the HMAC covers `<version>.<expiresAt>.<storageId>`, `version` is 0 and `expiresAt` is in epoch
 *   milliseconds, 0 for a signature that never expires.
 *
 * The HMAC is HMAC-SHA256, its first 30 hex digits (120 bits) written in base62 (`0-9a-zA-Z`).
 */

const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const VERSION = 0;

function base62(value: bigint): string {
  if (value === 0n) return '0';
  let out = '';
  for (let rest = value; rest > 0n; rest /= 62n) out = BASE62[Number(rest % 62n)] + out;
  return out;
}

/** The platform's short HMAC: HMAC-SHA256 of `message`, first 30 hex digits, in base62. */
export function shortHmac(secret: string, message: string): string {
  const hex = createHmac('sha256', secret).update(message, 'utf8').digest('hex').slice(0, 30);
  return base62(BigInt(`0x${hex}`));
}

/** A storage signature for `storageId`; `expiresAt` in epoch ms, 0 (default) for one that never expires. */
export function storageSignature(secret: string, storageId: string, expiresAt = 0): string {
  const hmac = shortHmac(secret, `${VERSION}.${expiresAt}.${storageId}`);
  return Buffer.from(`${VERSION}.${expiresAt}.${hmac}`, 'utf8').toString('base64url');
}

/** Why a signature was refused. */
export type SignatureProblem = 'malformed' | 'mismatch' | 'expired';

const equal = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Checks a storage signature; null when it grants access at `now`. Both base64url spellings are accepted: without
 * padding (JavaScript clients) and with it (Python's `urlsafe_b64encode`).
 */
export function checkStorageSignature(
  secret: string,
  storageId: string,
  signature: string,
  now = Date.now(),
): SignatureProblem | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(signature)) return 'malformed';
  const payload = Buffer.from(signature, 'base64url').toString('utf8');
  const match = /^(0)\.(0|[1-9]\d{0,15})\.([0-9A-Za-z]{1,22})$/.exec(payload);
  if (!match) return 'malformed';
  const expiresAt = Number(match[2]);
  if (!equal(shortHmac(secret, `${VERSION}.${match[2]}.${storageId}`), match[3] as string)) return 'mismatch';
  return expiresAt !== 0 && expiresAt <= now ? 'expired' : null;
}

/** Checks a record signature (the HMAC of the key); null when it grants access. */
export function checkRecordSignature(secret: string, key: string, signature: string): SignatureProblem | null {
  if (!/^[0-9A-Za-z]{1,22}$/.test(signature)) return 'malformed';
  return equal(shortHmac(secret, key), signature) ? null : 'mismatch';
}

/** A new `urlSigningSecretKey`: 32 random base62 characters (about 190 bits). */
export function newSigningSecret(): string {
  let secret = '';
  for (const byte of randomBytes(32)) secret += BASE62[byte % 62];
  return secret;
}
