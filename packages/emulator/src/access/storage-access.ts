import { ApiError } from '../http/api-error.js';
import type { OperationInfo } from '../spec/operations.js';
import type { RunRecord } from '../state/run-record.js';
import type { EmulatorState } from '../state/state.js';
import type { StorageMeta } from '../state/storage-meta.js';
import { checkRecordSignature, checkStorageSignature, type SignatureProblem } from './url-signing.js';

/** The storages of a run, by the operationId prefix of the operations that address them. */
const STORAGES = [
  {
    prefix: 'dataset',
    label: 'dataset',
    of: (s: EmulatorState, r: RunRecord) => s.datasets.get(r.run.defaultDatasetId),
  },
  {
    prefix: 'keyValueStore',
    label: 'key-value store',
    of: (s: EmulatorState, r: RunRecord) => s.keyValueStores.get(r.run.defaultKeyValueStoreId),
  },
  {
    prefix: 'requestQueue',
    label: 'request queue',
    of: (s: EmulatorState, r: RunRecord) => s.requestQueues.get(r.run.defaultRequestQueueId),
  },
] as const;

/** True when the operation takes a `signature` (the spec declares it: dataset items, key listing, records, record). */
export const takesSignature = (operation: OperationInfo) =>
  operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'signature');

/** True when the request carries a signature the operation takes: it may then go without a token. */
export const carriesSignature = (operation: OperationInfo, url: URL) =>
  url.searchParams.has('signature') && takesSignature(operation);

export interface AccessRequest {
  operation: OperationInfo;
  path: Record<string, string>;
  query: Record<string, unknown>;
  caller: { userId?: string };
  state: EmulatorState;
  locate(): RunRecord;
}

const MESSAGES: Record<SignatureProblem, string> = {
  malformed: 'The signature is not valid.',
  mismatch: 'The signature is not valid for this resource.',
  expired: 'The signature has expired.',
};

/**
 * Read access to a run's storage, checked before the handler runs:
 * - a `signature` is always verified when sent, token or not (403 `invalid-signature` when forged, made for another
 *   storage or record, or expired), and a valid one grants reading without a token;
 * - without one, a storage whose `generalAccess` is `RESTRICTED` is readable only with its owner's token
 *   (403 `insufficient-permissions`, worded as the platform words it).
 * A missing run or storage is left to the handler, which answers the usual 404. `now` is when an expiry is judged.
 */
export function checkStorageAccess(request: AccessRequest, now = Date.now()): void {
  // Writes need the run owner's token anyway (the run locator refuses anyone else), and run before their body is read.
  if (request.operation.method !== 'GET' && request.operation.method !== 'HEAD') return;
  const storage = STORAGES.find(({ prefix }) => request.operation.handlerId.startsWith(`${prefix}_`));
  if (!storage) return;
  const meta: StorageMeta | undefined = storage.of(request.state, request.locate())?.meta;
  if (!meta) return;
  const signature = request.query.signature;
  if (typeof signature === 'string' && takesSignature(request.operation)) {
    const key = request.path.recordKey;
    const problem =
      key === undefined
        ? checkStorageSignature(meta.urlSigningSecretKey, meta.id, signature, now)
        : checkRecordSignature(meta.urlSigningSecretKey, key, signature);
    if (problem) throw new ApiError(403, 'invalid-signature', MESSAGES[problem]);
    return;
  }
  if (meta.generalAccess === 'RESTRICTED' && request.caller.userId !== meta.userId) {
    throw new ApiError(
      403,
      'insufficient-permissions',
      `Insufficient permissions for the ${storage.label}. Make sure you're passing a correct API token and that it has the required permissions.`,
    );
  }
}
