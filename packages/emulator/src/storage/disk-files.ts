import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonDepth, MAX_JSON_DEPTH } from '../http/json-limits.js';

/**
 * File helpers shared by the on-disk backends. Writes go through the journal (`disk-journal.ts`), so no half-written
 * file ever sits in a storage folder; scans still skip names with `~` (temporaries of older versions) and hidden ones.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 17-character Apify-like ID derived from `parts`: the same input gives the same ID on every start. */
export function stableId(...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\0')).digest();
  let id = '';
  for (const byte of digest.subarray(0, 17)) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** True for names a scan must ignore: temporary files and hidden entries. */
export const isScratchName = (name: string) => name.includes('~') || name.startsWith('.');

/**
 * A file name stem for an arbitrary key or ID: the value itself when it is a plain, short file name, otherwise a
 * hash (the real value is kept inside the file or its metadata), so no input can escape the folder or exceed the
 * file-name length limit.
 */
export function safeStem(value: string): string {
  const plain = /^[A-Za-z0-9!\-_.'()]+$/.test(value) && !value.startsWith('.') && Buffer.byteLength(value) <= 200;
  return plain ? value : `hashed-${createHash('sha256').update(value).digest('hex').slice(0, 40)}`;
}

export async function ensureDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
}

export function ensureDirSync(path: string): void {
  mkdirSync(path, { recursive: true });
}

/** Entries of a folder (empty when it does not exist). */
export function listSync(path: string): Array<{ name: string; isFile: boolean; isDirectory: boolean }> {
  try {
    return readdirSync(path, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      isFile: entry.isFile(),
      isDirectory: entry.isDirectory(),
    }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Parsed JSON of a file, or undefined when it is missing, not valid JSON, or nested deeper than the API accepts
 * (a foreign folder must not stop a start, nor break later answers).
 */
export function readJsonSync(path: string): unknown {
  try {
    return parseStoredJson(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** JSON read from disk, held to the limits of a request body; throws when it is not JSON or too deep. */
export function parseStoredJson(bytes: Uint8Array): unknown {
  if (jsonDepth(bytes, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new Error(`nested deeper than ${MAX_JSON_DEPTH} levels`);
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

export { join };
