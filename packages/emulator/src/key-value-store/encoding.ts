import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, deflate, gunzip, gzip, inflate } from 'node:zlib';

/** The content codings a record may be stored with (the spec's `Content-Encoding` enum minus `identity`). */
export type RecordEncoding = 'gzip' | 'deflate' | 'br';

const compressors: Record<RecordEncoding, (bytes: Uint8Array) => Promise<Buffer>> = {
  gzip: promisify(gzip),
  deflate: promisify(deflate),
  // Brotli's default quality (11) takes seconds on a 9 MB body; 5 keeps most of the ratio at a fraction of the cost.
  br: (bytes) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
};

const decompressors: Record<RecordEncoding, (bytes: Uint8Array) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** The coding named by a request's `Content-Encoding` header, or undefined for none/identity. */
export function recordEncodingOf(header: string | string[] | undefined): RecordEncoding | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase();
  if (value === 'gzip' || value === 'x-gzip') return 'gzip';
  if (value === 'deflate' || value === 'br') return value;
  return undefined;
}

/** Compresses bytes with a coding. */
export const encodeRecord = (encoding: RecordEncoding, bytes: Uint8Array): Promise<Buffer> =>
  compressors[encoding](bytes);

/** Undoes a stored coding; an unknown coding (only possible with hand-made disk data) is served as it is. */
export function decodeRecord(encoding: string | undefined, bytes: Uint8Array): Promise<Uint8Array> {
  const known = recordEncodingOf(encoding);
  return known ? decompressors[known](bytes) : Promise.resolve(bytes);
}

/**
 * Whether an `Accept-Encoding` header allows a coding. An explicit entry wins over `*`; `q=0` refuses. A request
 * without the header gets plain bytes: RFC 9110 would allow any coding, but simple clients (curl without
 * `--compressed`) would then see compressed bytes they did not ask for.
 */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  if (!header) return false;
  let wildcard: boolean | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => /^q=/i.test(param));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    const coding = name.toLowerCase();
    if (coding === encoding || (encoding === 'gzip' && coding === 'x-gzip')) return allowed;
    if (coding === '*') wildcard = allowed;
  }
  return wildcard ?? false;
}
