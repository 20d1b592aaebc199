import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 17-character ID like Apify's (`HG7ML7M8z78YcAPEB`). */
export function newId(): string {
  const bytes = randomBytes(17);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/**
 * A request's ID from its `uniqueKey`, as the platform and Crawlee derive it: the SHA-256 digest in base64 without
 * `+`, `/` and `=`, cut to 15 characters. The same request therefore has the same ID in every queue and in a local
 * Crawlee storage folder, and a test can know it in advance.
 */
export function requestIdFor(uniqueKey: string): string {
  return createHash('sha256').update(uniqueKey).digest('base64').replace(/[+/=]/g, '').slice(0, 15);
}
