/**
 * File extensions of key-value store records, as Crawlee and the Apify CLI pick them from the content type, and the
 * content type inferred back from an extension when a record has no metadata file.
 */

const EXTENSION_BY_TYPE: Record<string, string> = {
  'application/json': 'json',
  'text/plain': 'txt',
  'text/html': 'html',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
};

const TYPE_BY_EXTENSION: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

export const UNKNOWN_TYPE = 'application/octet-stream';

/** `json` for `application/json; charset=utf-8`; `bin` for anything not in the table. */
export function extensionOf(contentType: string): string {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return EXTENSION_BY_TYPE[essence] ?? 'bin';
}

/** The content type a file extension stands for (without the dot); octet-stream when unknown. */
export function contentTypeOf(extension: string): string {
  return TYPE_BY_EXTENSION[extension.toLowerCase()] ?? UNKNOWN_TYPE;
}
