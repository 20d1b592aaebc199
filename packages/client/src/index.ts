export type * from '@apify-runs/types';
export { ApifyClient, createApifyClient } from './client.js';
export {
  ApifyApiError,
  ApifyConnectionError,
  ApifyError,
  ApifyInputError,
  ApifyTimeoutError,
  ApifyUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
} from './errors.js';
export type { LastRunFilter, RunLocator } from './locator.js';
export type { ApifyClientOptions, CallOptions } from './options.js';
export type {
  DatasetClient,
  DownloadItemsOptions,
  ItemsPage,
  ItemsQuery,
  IterateItemsOptions,
  ListItemsOptions,
  PushItemsResult,
} from './resources/dataset.js';
export { DatasetPushError, MAX_PUSH_BODY_BYTES } from './resources/dataset-push.js';
export type {
  DownloadRecordsOptions,
  GetRecordOptions,
  IterateKeysOptions,
  KeyValueRecord,
  KeyValueStoreClient,
  ListKeysOptions,
  RecordAs,
  RecordValue,
  SetRecordOptions,
} from './resources/key-value-store.js';
export type { LogClient, LogOptions } from './resources/log.js';
export type { RequestQueueClient } from './resources/request-queue.js';
export type {
  AddRequestOptions,
  BatchAddRequestsOptions,
  BatchDeleteRequestsOptions,
  DeleteLockOptions,
  DeleteRequestOptions,
  HeadOptions,
  IterateRequestsOptions,
  ListRequestsOptions,
  LockHeadOptions,
  NewQueueRequest,
  ProlongLockOptions,
  RequestLock,
  UnlockRequestsOptions,
  UnlockResult,
  UpdateRequestOptions,
} from './resources/request-queue-types.js';
export type {
  AbortRunOptions,
  ChargeOptions,
  GetRunOptions,
  MetamorphOptions,
  ResurrectRunOptions,
  RunClient,
} from './resources/run.js';
export { type FinishedRun, RunWaitTimeoutError, type WaitForFinishOptions } from './resources/wait.js';
export type { Logger, LogLevel } from './transport/logger.js';
