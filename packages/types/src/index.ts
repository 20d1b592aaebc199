/**
 * Types of the Apify API's "Get run" (`/v2/actor-runs/{runId}`) and "Get last run" (`/v2/acts/{actorId}/runs/last`)
 * endpoint groups. `paths`, `components` and `operations` are generated from the OpenAPI spec; the names below are
 * the shapes people use every day.
 *
 * @example
 * ```ts
 * import type { Run, TerminalRunStatus } from '@apify-runs/types';
 * const done = (run: Run): run is Run & { status: TerminalRunStatus } => run.finishedAt !== null;
 * ```
 * @packageDocumentation
 */
import type { components, operations } from './generated/openapi.js';

export type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

/** Every operationId of the spec, e.g. `actorRun_dataset_items_get`. */
export type OperationId = keyof operations;

/** An Actor run. */
export type Run = Schemas['Run'];
/** Status of a run: `READY`, `RUNNING`, the transitional `TIMING-OUT`/`ABORTING`, or a terminal status. */
export type RunStatus = Schemas['ActorJobStatus'];
/** The statuses a run ends in; `waitForFinish` returns once a run has one of them. */
export type TerminalRunStatus = Extract<RunStatus, 'SUCCEEDED' | 'FAILED' | 'TIMED-OUT' | 'ABORTED'>;
/** How a run was started, e.g. `API` or `SCHEDULER`; the `origin` filter of last-run operations. */
export type RunOrigin = Schemas['RunOrigin'];
export type RunMeta = Schemas['RunMeta'];
export type RunStats = Schemas['RunStats'];
export type RunOptions = Schemas['RunOptions'];
export type RunUsage = Schemas['RunUsage'];
export type PricingInfo = Schemas['PricingInfo'];
/** Who may read a run or storage without being its owner. */
export type GeneralAccess = Schemas['GeneralAccess'];
/** Body of `PUT /v2/actor-runs/{runId}`. */
export type UpdateRunRequest = Schemas['UpdateRunRequest'];
/** Input of the target Actor of a metamorph: any JSON object. */
export type MetamorphInput = Schemas['MetamorphInput'];
/** Body of `POST /v2/actor-runs/{runId}/charge`. */
export type ChargeRunRequest = Schemas['ChargeRunRequest'];

/** A dataset: metadata only; items come from the items operation. */
export type Dataset = Schemas['Dataset'];
/** One dataset item: any JSON object. */
export type DatasetItem = Schemas['DatasetItem'];
/** Serialization of dataset items. */
export type DatasetFormat = Schemas['DatasetFormat'];
export type DatasetStatistics = Schemas['DatasetStatistics'];
/** Body of the dataset, key-value store and request queue update operations. */
export type UpdateStorageRequest = Schemas['UpdateStorageRequest'];

export type KeyValueStore = Schemas['KeyValueStore'];
/** One entry of a key listing. */
export type KeyValueStoreKey = Schemas['KeyValueStoreKey'];
/** One page of keys (`exclusiveStartKey` pagination). */
export type ListOfKeys = Schemas['ListOfKeys'];

export type RequestQueue = Schemas['RequestQueue'];
/** A request stored in a request queue (named to avoid clashing with the fetch `Request`). */
export type QueueRequest = Schemas['Request'];
/** A request to add to a queue: everything but the `id`. */
export type QueueRequestInput = Schemas['RequestWithoutId'];
/** One page of queue requests (`cursor` pagination). */
export type ListOfRequests = Schemas['ListOfRequests'];
export type RequestRegistration = Schemas['RequestRegistration'];
export type BatchAddResult = Schemas['BatchAddResult'];
export type BatchDeleteResult = Schemas['BatchDeleteResult'];
/**
 * Identifies a request to delete in a batch: by `id` or by `uniqueKey`, at least one of them. The spec states "at
 * least one" with `minProperties` (generated Java and Rust clients cannot read a union of the two cases), which
 * openapi-typescript does not carry over, so the union is added here.
 */
export type RequestIdentifier = Schemas['RequestIdentifier'] & ({ id: string } | { uniqueKey: string });
export type QueueHead = Schemas['Head'];
export type HeadRequest = Schemas['HeadRequest'];
export type LockedQueueHead = Schemas['LockedHead'];
export type LockedHeadRequest = Schemas['LockedHeadRequest'];

/** The body of every error response: `{ error: { type, message } }`. */
export type ApifyErrorBody = Schemas['ErrorResponse'];
/** The `type` of an error, e.g. `record-not-found` or `rate-limit-exceeded`. */
export type ApifyErrorType = Schemas['ErrorType'];
/** The 400 body of a dataset push whose items fail the dataset schema. */
export type PushItemsErrorBody = Schemas['PushItemsErrorResponse'];
