import { badRequest } from '../http/api-error.js';

const KEY_PATTERN = /^[a-zA-Z0-9!\-_.'()]{1,256}$/;

/**
 * Checks a record key from the path: 1–256 characters of `a-zA-Z0-9!-_.'()` (apify-api-facts.md §1.4). The core
 * validates only query and header parameters, so the path pattern is enforced here. `.` and `..` pass the pattern
 * but would name the store folder or its parent on disk, so they are refused as well.
 */
export function checkRecordKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key === '.' || key === '..') {
    throw badRequest(
      "The record key contains invalid characters. Allowed are a-z, A-Z, 0-9 and !-_.'(); " +
        'a key is 1 to 256 characters long and cannot be "." or "..".',
      'invalid-record-key',
    );
  }
  return key;
}
