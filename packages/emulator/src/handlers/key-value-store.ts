import type { IncomingMessage } from 'node:http';
import { publicRecordUrl, signingSecretFor } from '../access/public-urls.js';
import { ApiError, NOT_FOUND } from '../http/api-error.js';
import { noContent } from '../http/reply.js';
import { acceptsEncoding, decodeRecord, encodeRecord, recordEncodingOf } from '../key-value-store/encoding.js';
import { checkRecordKey } from '../key-value-store/record-key.js';
import { recordsZip } from '../key-value-store/records-zip.js';
import { type KeyValueStoreState, MAX_KEYS_PER_PAGE } from '../state/key-value-store.js';
import type { RunRecord } from '../state/run-record.js';
import type { EmulatorState } from '../state/state.js';
import type { HandlerTable } from './types.js';

interface StoreContext {
  locate(): RunRecord;
  state: EmulatorState;
}

/** The addressed run's default key-value store; 404 once it has been deleted. */
function storeOf({ locate, state }: StoreContext): KeyValueStoreState {
  const store = state.keyValueStores.get(locate().run.defaultKeyValueStoreId);
  if (!store) throw NOT_FOUND.keyValueStore();
  return store;
}

interface WriteContext extends StoreContext {
  path: { recordKey: string };
  raw?: { bytes: Buffer; contentType: string };
  req: IncomingMessage;
}

/**
 * PUT and POST of a record. The core has already decoded a compressed body (to enforce the size limit on the real
 * bytes), so a record sent with `Content-Encoding` is compressed again with the same coding: it is stored and served
 * with the encoding the client chose, as on Apify, though the compressed bytes may differ from the uploaded ones.
 * JSON records are already parsed by the core, which answers invalid JSON with 400 before this runs.
 */
async function writeRecord(context: WriteContext) {
  const key = checkRecordKey(context.path.recordKey);
  const store = storeOf(context);
  const raw = context.raw;
  if (!raw) throw new ApiError(400, 'invalid-request', 'The request body is required.');
  const encoding = recordEncodingOf(context.req.headers['content-encoding']);
  const value = encoding ? await encodeRecord(encoding, raw.bytes) : raw.bytes;
  await store.setRecord(key, {
    value,
    contentType: raw.contentType,
    ...(encoding ? { contentEncoding: encoding } : {}),
  });
  return { status: 201 as const, json: {}, headers: { Location: store.recordUrl(context.state.baseUrl, key) } };
}

interface ReadContext extends StoreContext {
  path: { recordKey: string };
  req: IncomingMessage;
}

/**
 * A record as its GET serves it: the stored media type, and the stored bytes, still compressed when the request's
 * `Accept-Encoding` allows the stored encoding (with `Content-Encoding` set), decompressed otherwise. 404 when the
 * key is not stored.
 */
async function readRecord(context: ReadContext, attachment: boolean) {
  const key = checkRecordKey(context.path.recordKey);
  const store = storeOf(context);
  const record = await store.getRecord(key);
  if (!record) throw NOT_FOUND.record();
  const headers: Record<string, string> = {};
  if (attachment) headers['Content-Disposition'] = `attachment; filename="${key}"`;
  let body: Uint8Array = record.value;
  const encoding = record.contentEncoding;
  if (encoding && acceptsEncoding(context.req.headers['accept-encoding'], encoding)) {
    headers['Content-Encoding'] = encoding;
  } else if (encoding) {
    body = await decodeRecord(encoding, record.value);
  }
  return { contentType: record.contentType, headers, body };
}

/** The KeyValueStore object, with `urlSigningSecretKey` for its owner. */
function describe(store: KeyValueStoreState, context: StoreContext & { caller: { userId?: string } }) {
  return { ...store.describe(context.state.baseUrl), ...signingSecretFor(store.meta, context.caller.userId) };
}

export const keyValueStoreHandlers: Pick<
  HandlerTable,
  | 'keyValueStore_get'
  | 'keyValueStore_put'
  | 'keyValueStore_delete'
  | 'keyValueStore_keys_get'
  | 'keyValueStore_records_get'
  | 'keyValueStore_record_get'
  | 'keyValueStore_record_head'
  | 'keyValueStore_record_put'
  | 'keyValueStore_record_post'
  | 'keyValueStore_record_delete'
> = {
  keyValueStore_get(context) {
    const store = storeOf(context);
    store.meta.touch(false);
    return { status: 200, json: { data: describe(store, context) } };
  },

  keyValueStore_put(context) {
    const store = storeOf(context);
    store.meta.update(context.body);
    return { status: 200, json: { data: describe(store, context) } };
  },

  async keyValueStore_delete(context) {
    const store = storeOf(context);
    context.state.keyValueStores.delete(store.meta.id);
    await store.backend.drop();
    return noContent();
  },

  keyValueStore_keys_get(context) {
    const store = storeOf(context);
    const { exclusiveStartKey, limit, prefix, collection } = context.query;
    const page = store.listKeys({ exclusiveStartKey, limit, prefix, collection });
    const baseUrl = context.state.baseUrl;
    return {
      status: 200,
      json: {
        data: {
          items: page.items.map(({ key, size }) => ({
            key,
            size,
            recordPublicUrl: publicRecordUrl(store.recordUrl(baseUrl, key), store.meta, key),
          })),
          count: page.items.length,
          limit: limit ?? MAX_KEYS_PER_PAGE,
          exclusiveStartKey: exclusiveStartKey ?? null,
          isTruncated: page.isTruncated,
          nextExclusiveStartKey: page.nextExclusiveStartKey,
        },
      },
    };
  },

  keyValueStore_records_get(context) {
    const store = storeOf(context);
    const { prefix, collection } = context.query;
    // Resolved before streaming starts, so an unknown collection is still a clean 400.
    const keys = store.matchingKeys({ prefix, collection }).map(({ key }) => key);
    store.listCount += 1;
    return {
      status: 200,
      contentType: 'application/zip',
      headers: { 'Content-Disposition': `attachment; filename="${store.meta.id}.zip"` },
      body: recordsZip(store, keys, context.signal),
    };
  },

  async keyValueStore_record_get(context) {
    const { contentType, headers, body } = await readRecord(context, context.query.attachment === true);
    return { status: 200, contentType, headers, body };
  },

  async keyValueStore_record_head(context) {
    // The GET's headers, its Content-Length included, without the body (Node sends none for HEAD anyway).
    const { contentType, headers, body } = await readRecord(context, false);
    return {
      status: 200,
      empty: true,
      headers: { ...headers, 'Content-Type': contentType, 'Content-Length': String(body.byteLength) },
    };
  },

  keyValueStore_record_put: writeRecord,
  keyValueStore_record_post: writeRecord,

  async keyValueStore_record_delete(context) {
    const key = checkRecordKey(context.path.recordKey);
    const store = storeOf(context);
    if (!(await store.deleteRecord(key))) throw NOT_FOUND.record();
    return noContent();
  },
};
