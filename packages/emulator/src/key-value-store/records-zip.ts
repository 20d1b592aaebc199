import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { KeyValueStoreState } from '../state/key-value-store.js';
import { decodeRecord } from './encoding.js';

/** Media that is compressed already: deflating it again costs CPU and saves nothing. */
const PRECOMPRESSED =
  /^(image\/(png|jpe?g|gif|webp|avif)|video\/|audio\/|application\/(zip|gzip|x-gzip|x-7z-compressed|x-bzip2|zstd))/i;

/**
 * A ZIP archive of the given records, one file per record named by its key, holding the value without any
 * Content-Encoding. Records are read one at a time and each is yielded as soon as fflate has packed it, so memory
 * stays at about one record however large the store; the consumer's pace (backpressure) decides when the next one
 * is read. A record deleted meanwhile is skipped.
 */
export async function* recordsZip(
  store: KeyValueStoreState,
  keys: readonly string[],
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | undefined;
  // fflate's streaming classes call back synchronously while data is pushed, so `ready` fills during `push`.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  for (const key of keys) {
    if (signal?.aborted) return;
    const record = await store.getRecord(key);
    if (!record) continue;
    const bytes = await decodeRecord(record.contentEncoding, record.value);
    const file = PRECOMPRESSED.test(record.contentType) ? new ZipPassThrough(key) : new ZipDeflate(key, { level: 6 });
    zip.add(file);
    file.push(bytes, true);
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  zip.end();
  if (failure) throw failure;
  yield* ready.splice(0);
}
