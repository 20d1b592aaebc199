export type * from '@apify-runs/types';
export { ApifyClient, createApifyClient } from './client.js';
export {
  ApifyApiError,
  ApifyConnectionError,
  ApifyError,
  ApifyInputError,
  ApifyResponseError,
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
export type { LastRunFilter } from './locator.js';
export type { ApifyClientOptions, RequestOptions } from './options.js';
export type { IteratorPosition, ResumableIterator } from './pagination/items.js';
export type { DatasetClient, DownloadItemsParams, PushItemsResult } from './resources/dataset.js';
export type {
  FieldList,
  ItemsPage,
  ItemsPagination,
  ItemsParams,
  ItemsPosition,
  IterateItemsParams,
  ListItemsParams,
} from './resources/dataset-items.js';
export { DatasetPushError, MAX_PUSH_BODY_BYTES } from './resources/dataset-push.js';
export type {
  DownloadRecordsParams,
  GetRecordParams,
  IterateKeysParams,
  KeysPosition,
  KeyValueRecord,
  KeyValueStoreClient,
  ListKeysParams,
  RecordAs,
  RecordValue,
  SetRecordParams,
} from './resources/key-value-store.js';
export type { LogClient, LogParams, LogTarget, StreamLogParams } from './resources/log.js';
export type { RequestQueueClient } from './resources/request-queue.js';
export type {
  AddRequestParams,
  BatchAddRequestsParams,
  BatchAddRequestsResult,
  BatchDeleteRequestsParams,
  DeleteLockParams,
  DeleteRequestParams,
  HeadParams,
  IterateRequestsParams,
  ListRequestsParams,
  LockHeadParams,
  NewQueueRequest,
  ProlongLockParams,
  RequestLock,
  RequestsPosition,
  UnlockRequestsParams,
  UnlockResult,
  UnprocessedRequest,
  UpdateRequestParams,
} from './resources/request-queue-types.js';
export type {
  AbortRunParams,
  ChargeOptions,
  ChargeParams,
  GetRunParams,
  MetamorphParams,
  ResurrectRunParams,
  RunClient,
  WatchStatusParams,
} from './resources/run.js';
export { type FinishedRun, RunWaitTimeoutError, type WaitForFinishParams } from './resources/wait.js';
export type { Logger, LogLevel } from './transport/logger.js';
export type { ClientStats, FetchLike, ResponseLike } from './transport/types.js';
