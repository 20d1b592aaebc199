/**
 * Generated from openapi/dist/openapi.json by openapi-typescript. Do not edit by hand: run `pnpm generate`.
 */
export interface paths {
    "/v2/actor-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get run
         * @description Returns the Actor run with the given ID: its status, timing, options, resource statistics, costs and the IDs of
         *     its default dataset, key-value store and request queue.
         *
         *     A run goes from `READY` to `RUNNING` and ends in one of the terminal statuses `SUCCEEDED`, `FAILED`, `TIMED-OUT`
         *     (through `TIMING-OUT`) or `ABORTED` (through `ABORTING`). Resurrecting a finished run puts it back to `RUNNING`.
         *
         *     With `waitForFinish` the server keeps the request open for up to 60 seconds until the run reaches a terminal
         *     status, then answers with the run as it is at that moment. If the time runs out first, the response is still 200
         *     and carries the unfinished run; to wait longer, call again. Just after a run finishes, `stats`, costs and
         *     `chargedEventCounts` may still be preliminary; fetch the run again after about 10 seconds for final figures.
         *
         *     No token is needed: the hard-to-guess run ID is enough to read the run. Without a token (or with a token of
         *     another user) some fields are left out: `usageUsd` is returned only to the owner when they pay for platform usage,
         *     and `usageTotalUsd` only with a token (for non-owners only on pay-per-event Actors). A just-started run can
         *     briefly return 404 until replicas catch up; retry a few times before concluding it does not exist.
         *
         *     Note: Apify's reference inherits token-required security here; we model the anonymous access it describes.
         */
        get: operations["actorRun_get"];
        /**
         * Update run
         * @description Updates the run's status message and/or its general access, and returns the updated run.
         *
         *     The status message is the short text shown next to the run in Apify Console; an Actor typically sets it from
         *     inside the run to report progress. Set `isStatusMessageTerminal` to `true` on the last message, so that it stays
         *     after the run finishes. `generalAccess` decides who can read the run without being its owner; if anonymous users
         *     can read the run, they can also read its default storages and log.
         *
         *     Send only the fields you want to change. Apify's description asks for `runId` and `statusMessage` in every body,
         *     but the server accepts any subset.
         *     Note: Apify's description and schema disagree on required fields; we follow the schema (nothing required).
         */
        put: operations["actorRun_put"];
        post?: never;
        /**
         * Delete run
         * @description Deletes a finished run (status `SUCCEEDED`, `FAILED`, `TIMED-OUT` or `ABORTED`). Only the user who started the
         *     run can delete it. A run that is still starting, running or being aborted cannot be deleted; abort it first and
         *     wait until it finishes.
         */
        delete: operations["actorRun_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/resurrect": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resurrect run
         * @description Starts a finished run again. Only runs in a terminal status (`SUCCEEDED`, `FAILED`, `TIMED-OUT` or `ABORTED`)
         *     can be resurrected. The run keeps its ID and its default dataset, key-value store and request queue, so it can
         *     continue where it stopped; its status goes back to `RUNNING` and `stats.resurrectCount` grows by one.
         *
         *     Build, timeout, memory, charge limits and restart-on-error default to the run's original settings; the query
         *     parameters override them. The timeout counts from the resurrection, and the run's duration does not include the
         *     time it spent finished. Returns the resurrected run. Fails with 402 when the account cannot pay for the new run.
         *
         *     Note: Apify names this operation `PostResurrectRun`; we use `actorRun_resurrect_post` to keep one naming scheme.
         */
        post: operations["actorRun_resurrect_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/charge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Charge run
         * @description Charges the user of a pay-per-event Actor run for `count` occurrences of the event `eventName`. The event must be
         *     one of the charge events configured in the Actor's pricing; any other name is rejected. The call must come from
         *     the run itself, authenticated with the run's own token.
         *
         *     Send an `idempotency-key` header unique to each charge, so that a retried request is not charged twice. The API
         *     does not enforce the user's maximum total charge (`maxTotalChargeUsd`); the run has to keep track of it and stop
         *     charging once the limit would be exceeded. Events charged so far are listed in the run's `chargedEventCounts`.
         *
         *     Note: Apify names this operation `PostChargeRun`; we use `actorRun_charge_post` to keep one naming scheme.
         */
        post: operations["actorRun_charge_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/abort": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abort run
         * @description Aborts the run and returns it. Only a run that is starting or running can be aborted: status `READY`,
         *     `RUNNING` or `TIMING-OUT`. On a run that has already finished or is already being aborted the call changes
         *     nothing and returns the run as it is.
         *
         *     By default the run is stopped immediately and ends as `ABORTED`. With `gracefully=true` it first moves to
         *     `ABORTING`: the Actor receives the `aborting` and `persistState` events so it can save its state, and it is
         *     force-stopped 30 seconds later. Poll Get run with `waitForFinish` to see the final `ABORTED` status.
         *
         *     Note: Apify's description calls a finished run `FINISHED`, which is not a status; `SUCCEEDED` is meant.
         */
        post: operations["actorRun_abort_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/metamorph": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Metamorph run
         * @description Turns the running run into a run of another Actor (`targetActorId`). The current Actor's process is stopped and
         *     the target Actor starts in its place inside the same run: the run ID and the default dataset, key-value store
         *     and request queue stay the same, so the target can continue with the data produced so far. Each metamorph is
         *     recorded in the run's `metamorphs` list and counted in `stats.metamorph`. It is typically called by the run
         *     itself to hand over work to another Actor.
         *
         *     The request body is the input for the target Actor, sent in any content type (JSON by default). It is stored in
         *     the default key-value store under a new key such as `INPUT-METAMORPH-1` (the key is recorded in
         *     `metamorphs[].inputKey`); the original `INPUT` record is kept. Returns the run.
         *
         *     Note: Apify's reference declares no request body here, though the server reads the new input from it.
         */
        post: operations["actorRun_metamorph_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot run
         * @description Restarts the run's container and returns the run. Only a run in status `RUNNING` can be rebooted. The run keeps
         *     its ID, options and default storages, and `stats.rebootCount` grows by one; anything the Actor kept only in
         *     memory or on local disk, without persisting it to a storage, is lost. Useful to recover a run that got stuck.
         */
        post: operations["actorRun_reboot_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/log": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get log
         * @description Returns the run's log as plain text. While the run is still running, `stream=true` keeps the connection open and sends new lines as they are written, until the run finishes; otherwise the log is returned as it is at the moment of the call. Only the last 5 million characters of a log are kept; older output is discarded. By default ANSI escape sequences are removed (`raw=true` keeps them), and `download=true` makes browsers save the log as a file.
         */
        get: operations["actorRun_log_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get dataset
         * @description Returns the metadata of the run's default dataset: its IDs, timestamps, item counts, access settings and usage statistics. `itemCount` and `cleanItemCount` are updated asynchronously and may lag behind recent pushes by a few seconds. `urlSigningSecretKey` is returned only to callers with write access.
         */
        get: operations["actorRun_dataset_get"];
        /**
         * Update dataset
         * @description Changes the name and/or the general access setting of the run's default dataset and returns the updated dataset. Fields left out of the body keep their values; `name: null` removes the name. Giving the dataset a name makes it a named storage, which is not removed with the run's other unnamed storages when the data retention period ends.
         */
        put: operations["actorRun_dataset_put"];
        post?: never;
        /**
         * Delete dataset
         * @description Deletes the run's default dataset with all its items. This cannot be undone; the run keeps pointing at the deleted dataset's ID, so later calls to the dataset return 404.
         */
        delete: operations["actorRun_dataset_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/dataset/items": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get dataset items
         * @description Returns items of the run's default dataset, in the format chosen by `format` (JSON by default). Unlike the other list endpoints, the body is not wrapped in `data`: JSON output is a bare array, and the paging metadata travels in the `X-Apify-Pagination-*` response headers. Items come in insertion order (newest first with `desc=true`), so a client can fetch new items incrementally while a run is still adding them by advancing `offset`. There is no default `limit`: without one, every item from `offset` on is returned, so page large datasets explicitly. `offset` and `limit` always count stored items, even when `unwind` expands an item into several records, and `clean`/`skipEmpty` may leave a page with fewer items than `limit`. Field selection (`fields`, `outputFields`, `omit`), reshaping (`unwind`, `flatten`) and dataset-schema views (`view`) are applied to each item. The CSV, HTML and XLSX formats support at most 2000 columns. Rate limit: 60 requests per second per dataset.
         */
        get: operations["actorRun_dataset_items_get"];
        put?: never;
        /**
         * Store items in dataset
         * @description Appends items (a JSON array of objects) to the run's default dataset. Datasets are append-only: stored items cannot be changed or removed one by one. If the dataset has a schema, every item is validated first; if any item fails, nothing is stored and the 400 response lists the invalid items with their positions. One request may carry at most about 9 MB (9437184 bytes); split larger arrays into several requests. The body may be compressed (`Content-Encoding: br`, `gzip` or `deflate`). Rate limit: 400 requests per second per dataset. Note: Apify's reference states a 5 MB limit in this description but 9437184 bytes in its 413 example; we give the larger figure, which the platform documentation confirms.
         */
        post: operations["actorRun_dataset_items_post"];
        delete?: never;
        options?: never;
        /**
         * Get dataset items headers
         * @description Answers with exactly the headers the same request sent as GET would get, and no body: the paging figures (`X-Apify-Pagination-Offset`, `-Limit`, `-Count`, `-Total`, `-Desc`), the `Content-Type` of the chosen `format` and, with `attachment=true`, `Content-Disposition`. It takes every parameter of the GET, so a client can learn how many items a query covers (for example `X-Apify-Pagination-Total` for the whole dataset) without downloading them. Rate limit: 60 requests per second per dataset.
         */
        head: operations["actorRun_dataset_items_head"];
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/dataset/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get dataset statistics
         * @description Returns per-field statistics of the run's default dataset. Statistics exist only for fields declared in the dataset's fields schema; `fieldStatistics` is `null` when the dataset has no such schema. For each field, `min` and `max` are the smallest and largest value for numbers, and the smallest and largest length for strings and arrays (number of keys for objects); `nullCount` counts `null` values and `emptyCount` counts missing values (an empty string is not counted as empty).
         */
        get: operations["actorRun_dataset_statistics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/key-value-store": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get key-value store
         * @description Returns the metadata of the run's default key-value store: its IDs, timestamps, public URLs, access settings and usage statistics. `urlSigningSecretKey` is returned only to callers with write access.
         */
        get: operations["actorRun_keyValueStore_get"];
        /**
         * Update key-value store
         * @description Changes the name and/or the general access setting of the run's default key-value store and returns the updated store. Fields left out of the body keep their values; `name: null` removes the name. Giving the store a name makes it a named storage, which is not removed with the run's other unnamed storages when the data retention period ends.
         */
        put: operations["actorRun_keyValueStore_put"];
        post?: never;
        /**
         * Delete key-value store
         * @description Deletes the run's default key-value store with all its records, including the run's `INPUT`. This cannot be undone; the run keeps pointing at the deleted store's ID, so later calls to the store return 404.
         */
        delete: operations["actorRun_keyValueStore_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/key-value-store/keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get list of keys
         * @description Lists the keys of the run's default key-value store, with the size of each record and a public URL to read it. Keys are sorted in UTF-8 binary order. Pages are chained by key: pass the previous page's `nextExclusiveStartKey` as `exclusiveStartKey` until `isTruncated` is `false`. `prefix` and `collection` narrow the listing.
         */
        get: operations["actorRun_keyValueStore_keys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/key-value-store/records": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Download records as ZIP
         * @description Returns the records of the run's default key-value store as one ZIP archive, with one file per record named by its key. `prefix` and `collection` restrict which records are included. A storage `signature` of the store (the kind the key listing takes) reads a restricted store's archive without a token. Note: Apify's reference does not say which signature the archive takes; we state the store signature, which is what `recordsPublicUrl` points to and the only signature bound to the whole store.
         */
        get: operations["actorRun_keyValueStore_records_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/key-value-store/records/{recordKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        /**
         * Get record
         * @description Returns the value stored under `recordKey` in the run's default key-value store, exactly as it was stored: the body is the raw value (not wrapped in `data`), with the `Content-Type` given when it was stored. A record stored compressed is sent with its `Content-Encoding` if the request's `Accept-Encoding` allows it, and decompressed by the server otherwise. Instead of the value, the server may answer 302 with a `Location` pointing to a signed storage URL; clients should follow the redirect. A missing key is answered with 404 `record-not-found`. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        get: operations["actorRun_keyValueStore_record_get"];
        /**
         * Store record
         * @description Stores the request body under `recordKey` in the run's default key-value store, replacing any value already there. The request `Content-Type` becomes the record's media type, and the bytes are stored exactly as sent: a body sent with `Content-Encoding: br`, `gzip` or `deflate` is stored compressed and served with that encoding. The key must follow the key rules (see `recordKey`), otherwise 400 `invalid-record-key`; a body over the record size limit is answered with 413. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        put: operations["actorRun_keyValueStore_record_put"];
        /**
         * Store record (POST)
         * @description Same as storing a record with PUT, for clients that cannot send PUT requests: stores the request body under `recordKey` in the run's default key-value store, replacing any value already there. The request `Content-Type` becomes the record's media type and the bytes are stored exactly as sent (compressed bodies stay compressed). Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        post: operations["actorRun_keyValueStore_record_post"];
        /**
         * Delete record
         * @description Deletes the record stored under `recordKey` in the run's default key-value store. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        delete: operations["actorRun_keyValueStore_record_delete"];
        options?: never;
        /**
         * Check record
         * @description Tells whether a record exists without downloading it: 200 when the key is stored in the run's default key-value store, 404 when it is not, and never a body. A 200 carries the headers the GET of the record would send (the stored `Content-Type`, `Content-Length`, and `Content-Encoding` when the request's `Accept-Encoding` allows the stored encoding). The official clients' `recordExists` calls this operation. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        head: operations["actorRun_keyValueStore_record_head"];
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get request queue
         * @description Returns the metadata of the run's default request queue: its IDs, timestamps, request counts, whether more than one client has used it (`hadMultipleClients`), access settings and usage statistics. `pendingRequestCount` can occasionally be inaccurate, even negative (a known issue of the platform).
         */
        get: operations["actorRun_requestQueue_get"];
        /**
         * Update request queue
         * @description Changes the name and/or the general access setting of the run's default request queue and returns the updated queue. Fields left out of the body keep their values; `name: null` removes the name. Giving the queue a name makes it a named storage, which is not removed with the run's other unnamed storages when the data retention period ends.
         */
        put: operations["actorRun_requestQueue_put"];
        post?: never;
        /**
         * Delete request queue
         * @description Deletes the run's default request queue with all its requests. This cannot be undone; the run keeps pointing at the deleted queue's ID, so later calls to the queue return 404.
         */
        delete: operations["actorRun_requestQueue_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue/requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * List requests
         * @description Lists the requests of the run's default request queue, handled and pending alike, one page at a time. To read the next page, pass the previous page's `nextCursor` as `cursor`; the listing is complete when a page comes back without `nextCursor`. `filter` restricts the listing to pending and/or locked requests. `exclusiveStartId` is the older, deprecated way to page and cannot be combined with `filter`.
         */
        get: operations["actorRun_requestQueue_requests_get"];
        put?: never;
        /**
         * Add request
         * @description Adds one request to the run's default request queue, at the end, or at the head with `forefront=true`. Requests are deduplicated by `uniqueKey`: if the queue already holds a request with the same `uniqueKey`, nothing is added and the response returns the existing request's ID with `wasAlreadyPresent: true` (and `wasAlreadyHandled` telling whether it was already handled). Rate limit: 400 requests per second per queue.
         */
        post: operations["actorRun_requestQueue_requests_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue/requests/batch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add requests in batch
         * @description Adds up to 25 requests to the run's default request queue in one call, at the end, or at the head with `forefront=true`. Each request is deduplicated by `uniqueKey` as with a single add. Requests the server could not process (for example when rate-limited or on an internal failure) are returned in `unprocessedRequests`; send them again later with exponential backoff. Rate limit: 40 requests per second per queue. Note: Apify's reference states the 25-request limit only in prose; the body schema enforces it.
         */
        post: operations["actorRun_requestQueue_requests_batch_post"];
        /**
         * Delete requests in batch
         * @description Deletes up to 25 requests from the run's default request queue in one call. Each request is identified by its `id` or by its `uniqueKey`. Because this DELETE carries a body, the `Content-Type: application/json` header is required. Requests the server could not delete are returned in `unprocessedRequests`; send them again later with exponential backoff. Rate limit: 40 requests per second per queue. Note: Apify's reference states the 25-request limit only in prose; the body schema enforces it.
         */
        delete: operations["actorRun_requestQueue_requests_batch_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue/requests/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock requests
         * @description Releases every lock in the run's default request queue held by the caller: the locks taken with the given `clientKey` or, when called from inside an Actor run, the locks taken by that run. The unlocked requests become available to other clients again. The response says how many requests were unlocked.
         */
        post: operations["actorRun_requestQueue_requests_unlock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        /**
         * Get request
         * @description Returns one request of the run's default request queue. Rate limit: 400 requests per second per queue.
         */
        get: operations["actorRun_requestQueue_request_get"];
        /**
         * Update request
         * @description Replaces the request `requestId` in the run's default request queue with the body. Setting `handledAt` marks the request as handled: it leaves the queue head and any lock on it is released. Leaving `handledAt` empty keeps it pending, and `forefront=true` then moves it to the head of the queue (typically to retry it soon). Rate limit: 400 requests per second per queue.
         */
        put: operations["actorRun_requestQueue_request_put"];
        post?: never;
        /**
         * Delete request
         * @description Deletes the request `requestId` from the run's default request queue. Rate limit: 400 requests per second per queue.
         */
        delete: operations["actorRun_requestQueue_request_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue/requests/{requestId}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Prolong request lock
         * @description Extends the lock on the request `requestId` in the run's default request queue to `lockSecs` seconds from now and returns the new expiry. Only the holder of the lock can prolong it: the same `clientKey` that took it, or the same Actor run. `forefront` decides where the request goes once the lock ends. Rate limit: 400 requests per second per queue.
         */
        put: operations["actorRun_requestQueue_request_lock_put"];
        post?: never;
        /**
         * Delete request lock
         * @description Removes the lock on the request `requestId` in the run's default request queue, so other clients can take it again. Only the holder of the lock can remove it: the same `clientKey` that took it, or the same Actor run. `forefront` decides whether the request returns to the head or the end of the queue. Rate limit: 400 requests per second per queue.
         */
        delete: operations["actorRun_requestQueue_request_lock_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue/head": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /**
         * Get head
         * @description Returns the first `limit` pending requests of the run's default request queue, in the order they would be processed, without locking them. `queueModifiedAt` and `hadMultipleClients` let a client that caches the head tell whether its cache is still valid: if only one client has used the queue and it has not changed, the cache is current.
         */
        get: operations["actorRun_requestQueue_head_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/request-queue/head/lock": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get and lock head
         * @description Returns up to `limit` (at most 25) pending requests from the head of the run's default request queue and locks them for `lockSecs` seconds. Requests locked by another client are skipped, and until a lock expires (or is prolonged, or released) no other client or Actor run can lock that request. This is how several crawlers share one queue without processing the same request twice. Rate limit: 40 requests per second per queue.
         */
        post: operations["actorRun_requestQueue_head_lock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get last run
         * @description Returns the most recent run of the Actor. With `status` only runs in that status are considered, with `origin`
         *     only runs started that way; both filters can be combined. The response is the same as for Get run, including the
         *     `waitForFinish` long poll: the server holds the request for up to 60 seconds until the selected run reaches a
         *     terminal status and answers 200 with the run either way.
         *
         *     The run is picked anew on every call, here and under every `/runs/last/...` path. If a new run starts between two
         *     calls, the second call may address a different run; to work with one run, read its `id` here and use
         *     `/v2/actor-runs/{runId}` from then on.
         *
         *     A token is required, whether the Actor is given by ID or as `username~actor-name`. A 404 of type
         *     `actor-not-found` means the Actor does not exist; `record-not-found` means it has no run matching the filters.
         *
         *     Note: we document the `/v2/acts/` spelling; Apify's current reference spells it `/v2/actors/` and both are served.
         *     Note: Apify's reference declares 408 only on Get run; we declare it here too, as the same long poll applies.
         */
        get: operations["act_runs_last_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/abort": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abort run
         * @description Aborts the run and returns it. Only a run that is starting or running can be aborted: status `READY`,
         *     `RUNNING` or `TIMING-OUT`. On a run that has already finished or is already being aborted the call changes
         *     nothing and returns the run as it is.
         *
         *     By default the run is stopped immediately and ends as `ABORTED`. With `gracefully=true` it first moves to
         *     `ABORTING`: the Actor receives the `aborting` and `persistState` events so it can save its state, and it is
         *     force-stopped 30 seconds later. Poll Get run with `waitForFinish` to see the final `ABORTED` status.
         *
         *     Note: Apify's description calls a finished run `FINISHED`, which is not a status; `SUCCEEDED` is meant.
         */
        post: operations["act_runs_last_abort_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/metamorph": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Metamorph run
         * @description Turns the running run into a run of another Actor (`targetActorId`). The current Actor's process is stopped and
         *     the target Actor starts in its place inside the same run: the run ID and the default dataset, key-value store
         *     and request queue stay the same, so the target can continue with the data produced so far. Each metamorph is
         *     recorded in the run's `metamorphs` list and counted in `stats.metamorph`. It is typically called by the run
         *     itself to hand over work to another Actor.
         *
         *     The request body is the input for the target Actor, sent in any content type (JSON by default). It is stored in
         *     the default key-value store under a new key such as `INPUT-METAMORPH-1` (the key is recorded in
         *     `metamorphs[].inputKey`); the original `INPUT` record is kept. Returns the run.
         *
         *     Note: Apify's reference declares no request body here, though the server reads the new input from it.
         */
        post: operations["act_runs_last_metamorph_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/reboot": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot run
         * @description Restarts the run's container and returns the run. Only a run in status `RUNNING` can be rebooted. The run keeps
         *     its ID, options and default storages, and `stats.rebootCount` grows by one; anything the Actor kept only in
         *     memory or on local disk, without persisting it to a storage, is lost. Useful to recover a run that got stuck.
         */
        post: operations["act_runs_last_reboot_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/log": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get log
         * @description Returns the run's log as plain text. While the run is still running, `stream=true` keeps the connection open and sends new lines as they are written, until the run finishes; otherwise the log is returned as it is at the moment of the call. Only the last 5 million characters of a log are kept; older output is discarded. By default ANSI escape sequences are removed (`raw=true` keeps them), and `download=true` makes browsers save the log as a file.
         */
        get: operations["act_runs_last_log_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/dataset": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get dataset
         * @description Returns the metadata of the run's default dataset: its IDs, timestamps, item counts, access settings and usage statistics. `itemCount` and `cleanItemCount` are updated asynchronously and may lag behind recent pushes by a few seconds. `urlSigningSecretKey` is returned only to callers with write access.
         */
        get: operations["act_runs_last_dataset_get"];
        /**
         * Update dataset
         * @description Changes the name and/or the general access setting of the run's default dataset and returns the updated dataset. Fields left out of the body keep their values; `name: null` removes the name. Giving the dataset a name makes it a named storage, which is not removed with the run's other unnamed storages when the data retention period ends.
         */
        put: operations["act_runs_last_dataset_put"];
        post?: never;
        /**
         * Delete dataset
         * @description Deletes the run's default dataset with all its items. This cannot be undone; the run keeps pointing at the deleted dataset's ID, so later calls to the dataset return 404.
         */
        delete: operations["act_runs_last_dataset_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/dataset/items": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get dataset items
         * @description Returns items of the run's default dataset, in the format chosen by `format` (JSON by default). Unlike the other list endpoints, the body is not wrapped in `data`: JSON output is a bare array, and the paging metadata travels in the `X-Apify-Pagination-*` response headers. Items come in insertion order (newest first with `desc=true`), so a client can fetch new items incrementally while a run is still adding them by advancing `offset`. There is no default `limit`: without one, every item from `offset` on is returned, so page large datasets explicitly. `offset` and `limit` always count stored items, even when `unwind` expands an item into several records, and `clean`/`skipEmpty` may leave a page with fewer items than `limit`. Field selection (`fields`, `outputFields`, `omit`), reshaping (`unwind`, `flatten`) and dataset-schema views (`view`) are applied to each item. The CSV, HTML and XLSX formats support at most 2000 columns. Rate limit: 60 requests per second per dataset.
         */
        get: operations["act_runs_last_dataset_items_get"];
        put?: never;
        /**
         * Store items in dataset
         * @description Appends items (a JSON array of objects) to the run's default dataset. Datasets are append-only: stored items cannot be changed or removed one by one. If the dataset has a schema, every item is validated first; if any item fails, nothing is stored and the 400 response lists the invalid items with their positions. One request may carry at most about 9 MB (9437184 bytes); split larger arrays into several requests. The body may be compressed (`Content-Encoding: br`, `gzip` or `deflate`). Rate limit: 400 requests per second per dataset. Note: Apify's reference states a 5 MB limit in this description but 9437184 bytes in its 413 example; we give the larger figure, which the platform documentation confirms.
         */
        post: operations["act_runs_last_dataset_items_post"];
        delete?: never;
        options?: never;
        /**
         * Get dataset items headers
         * @description Answers with exactly the headers the same request sent as GET would get, and no body: the paging figures (`X-Apify-Pagination-Offset`, `-Limit`, `-Count`, `-Total`, `-Desc`), the `Content-Type` of the chosen `format` and, with `attachment=true`, `Content-Disposition`. It takes every parameter of the GET, so a client can learn how many items a query covers (for example `X-Apify-Pagination-Total` for the whole dataset) without downloading them. Rate limit: 60 requests per second per dataset.
         */
        head: operations["act_runs_last_dataset_items_head"];
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/dataset/statistics": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get dataset statistics
         * @description Returns per-field statistics of the run's default dataset. Statistics exist only for fields declared in the dataset's fields schema; `fieldStatistics` is `null` when the dataset has no such schema. For each field, `min` and `max` are the smallest and largest value for numbers, and the smallest and largest length for strings and arrays (number of keys for objects); `nullCount` counts `null` values and `emptyCount` counts missing values (an empty string is not counted as empty).
         */
        get: operations["act_runs_last_dataset_statistics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/key-value-store": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get key-value store
         * @description Returns the metadata of the run's default key-value store: its IDs, timestamps, public URLs, access settings and usage statistics. `urlSigningSecretKey` is returned only to callers with write access.
         */
        get: operations["act_runs_last_keyValueStore_get"];
        /**
         * Update key-value store
         * @description Changes the name and/or the general access setting of the run's default key-value store and returns the updated store. Fields left out of the body keep their values; `name: null` removes the name. Giving the store a name makes it a named storage, which is not removed with the run's other unnamed storages when the data retention period ends.
         */
        put: operations["act_runs_last_keyValueStore_put"];
        post?: never;
        /**
         * Delete key-value store
         * @description Deletes the run's default key-value store with all its records, including the run's `INPUT`. This cannot be undone; the run keeps pointing at the deleted store's ID, so later calls to the store return 404.
         */
        delete: operations["act_runs_last_keyValueStore_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/key-value-store/keys": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get list of keys
         * @description Lists the keys of the run's default key-value store, with the size of each record and a public URL to read it. Keys are sorted in UTF-8 binary order. Pages are chained by key: pass the previous page's `nextExclusiveStartKey` as `exclusiveStartKey` until `isTruncated` is `false`. `prefix` and `collection` narrow the listing.
         */
        get: operations["act_runs_last_keyValueStore_keys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/key-value-store/records": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Download records as ZIP
         * @description Returns the records of the run's default key-value store as one ZIP archive, with one file per record named by its key. `prefix` and `collection` restrict which records are included. A storage `signature` of the store (the kind the key listing takes) reads a restricted store's archive without a token. Note: Apify's reference does not say which signature the archive takes; we state the store signature, which is what `recordsPublicUrl` points to and the only signature bound to the whole store.
         */
        get: operations["act_runs_last_keyValueStore_records_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/key-value-store/records/{recordKey}": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        /**
         * Get record
         * @description Returns the value stored under `recordKey` in the run's default key-value store, exactly as it was stored: the body is the raw value (not wrapped in `data`), with the `Content-Type` given when it was stored. A record stored compressed is sent with its `Content-Encoding` if the request's `Accept-Encoding` allows it, and decompressed by the server otherwise. Instead of the value, the server may answer 302 with a `Location` pointing to a signed storage URL; clients should follow the redirect. A missing key is answered with 404 `record-not-found`. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        get: operations["act_runs_last_keyValueStore_record_get"];
        /**
         * Store record
         * @description Stores the request body under `recordKey` in the run's default key-value store, replacing any value already there. The request `Content-Type` becomes the record's media type, and the bytes are stored exactly as sent: a body sent with `Content-Encoding: br`, `gzip` or `deflate` is stored compressed and served with that encoding. The key must follow the key rules (see `recordKey`), otherwise 400 `invalid-record-key`; a body over the record size limit is answered with 413. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        put: operations["act_runs_last_keyValueStore_record_put"];
        /**
         * Store record (POST)
         * @description Same as storing a record with PUT, for clients that cannot send PUT requests: stores the request body under `recordKey` in the run's default key-value store, replacing any value already there. The request `Content-Type` becomes the record's media type and the bytes are stored exactly as sent (compressed bodies stay compressed). Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        post: operations["act_runs_last_keyValueStore_record_post"];
        /**
         * Delete record
         * @description Deletes the record stored under `recordKey` in the run's default key-value store. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        delete: operations["act_runs_last_keyValueStore_record_delete"];
        options?: never;
        /**
         * Check record
         * @description Tells whether a record exists without downloading it: 200 when the key is stored in the run's default key-value store, 404 when it is not, and never a body. A 200 carries the headers the GET of the record would send (the stored `Content-Type`, `Content-Length`, and `Content-Encoding` when the request's `Accept-Encoding` allows the stored encoding). The official clients' `recordExists` calls this operation. Rate limit: 200 requests per second per store for reading, writing and deleting records.
         */
        head: operations["act_runs_last_keyValueStore_record_head"];
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get request queue
         * @description Returns the metadata of the run's default request queue: its IDs, timestamps, request counts, whether more than one client has used it (`hadMultipleClients`), access settings and usage statistics. `pendingRequestCount` can occasionally be inaccurate, even negative (a known issue of the platform).
         */
        get: operations["act_runs_last_requestQueue_get"];
        /**
         * Update request queue
         * @description Changes the name and/or the general access setting of the run's default request queue and returns the updated queue. Fields left out of the body keep their values; `name: null` removes the name. Giving the queue a name makes it a named storage, which is not removed with the run's other unnamed storages when the data retention period ends.
         */
        put: operations["act_runs_last_requestQueue_put"];
        post?: never;
        /**
         * Delete request queue
         * @description Deletes the run's default request queue with all its requests. This cannot be undone; the run keeps pointing at the deleted queue's ID, so later calls to the queue return 404.
         */
        delete: operations["act_runs_last_requestQueue_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue/requests": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * List requests
         * @description Lists the requests of the run's default request queue, handled and pending alike, one page at a time. To read the next page, pass the previous page's `nextCursor` as `cursor`; the listing is complete when a page comes back without `nextCursor`. `filter` restricts the listing to pending and/or locked requests. `exclusiveStartId` is the older, deprecated way to page and cannot be combined with `filter`.
         */
        get: operations["act_runs_last_requestQueue_requests_get"];
        put?: never;
        /**
         * Add request
         * @description Adds one request to the run's default request queue, at the end, or at the head with `forefront=true`. Requests are deduplicated by `uniqueKey`: if the queue already holds a request with the same `uniqueKey`, nothing is added and the response returns the existing request's ID with `wasAlreadyPresent: true` (and `wasAlreadyHandled` telling whether it was already handled). Rate limit: 400 requests per second per queue.
         */
        post: operations["act_runs_last_requestQueue_requests_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue/requests/batch": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add requests in batch
         * @description Adds up to 25 requests to the run's default request queue in one call, at the end, or at the head with `forefront=true`. Each request is deduplicated by `uniqueKey` as with a single add. Requests the server could not process (for example when rate-limited or on an internal failure) are returned in `unprocessedRequests`; send them again later with exponential backoff. Rate limit: 40 requests per second per queue. Note: Apify's reference states the 25-request limit only in prose; the body schema enforces it.
         */
        post: operations["act_runs_last_requestQueue_requests_batch_post"];
        /**
         * Delete requests in batch
         * @description Deletes up to 25 requests from the run's default request queue in one call. Each request is identified by its `id` or by its `uniqueKey`. Because this DELETE carries a body, the `Content-Type: application/json` header is required. Requests the server could not delete are returned in `unprocessedRequests`; send them again later with exponential backoff. Rate limit: 40 requests per second per queue. Note: Apify's reference states the 25-request limit only in prose; the body schema enforces it.
         */
        delete: operations["act_runs_last_requestQueue_requests_batch_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue/requests/unlock": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock requests
         * @description Releases every lock in the run's default request queue held by the caller: the locks taken with the given `clientKey` or, when called from inside an Actor run, the locks taken by that run. The unlocked requests become available to other clients again. The response says how many requests were unlocked.
         */
        post: operations["act_runs_last_requestQueue_requests_unlock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue/requests/{requestId}": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        /**
         * Get request
         * @description Returns one request of the run's default request queue. Rate limit: 400 requests per second per queue.
         */
        get: operations["act_runs_last_requestQueue_request_get"];
        /**
         * Update request
         * @description Replaces the request `requestId` in the run's default request queue with the body. Setting `handledAt` marks the request as handled: it leaves the queue head and any lock on it is released. Leaving `handledAt` empty keeps it pending, and `forefront=true` then moves it to the head of the queue (typically to retry it soon). Rate limit: 400 requests per second per queue.
         */
        put: operations["act_runs_last_requestQueue_request_put"];
        post?: never;
        /**
         * Delete request
         * @description Deletes the request `requestId` from the run's default request queue. Rate limit: 400 requests per second per queue.
         */
        delete: operations["act_runs_last_requestQueue_request_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue/requests/{requestId}/lock": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Prolong request lock
         * @description Extends the lock on the request `requestId` in the run's default request queue to `lockSecs` seconds from now and returns the new expiry. Only the holder of the lock can prolong it: the same `clientKey` that took it, or the same Actor run. `forefront` decides where the request goes once the lock ends. Rate limit: 400 requests per second per queue.
         */
        put: operations["act_runs_last_requestQueue_request_lock_put"];
        post?: never;
        /**
         * Delete request lock
         * @description Removes the lock on the request `requestId` in the run's default request queue, so other clients can take it again. Only the holder of the lock can remove it: the same `clientKey` that took it, or the same Actor run. `forefront` decides whether the request returns to the head or the end of the queue. Rate limit: 400 requests per second per queue.
         */
        delete: operations["act_runs_last_requestQueue_request_lock_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue/head": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /**
         * Get head
         * @description Returns the first `limit` pending requests of the run's default request queue, in the order they would be processed, without locking them. `queueModifiedAt` and `hadMultipleClients` let a client that caches the head tell whether its cache is still valid: if only one client has used the queue and it has not changed, the cache is current.
         */
        get: operations["act_runs_last_requestQueue_head_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs/last/request-queue/head/lock": {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get and lock head
         * @description Returns up to `limit` (at most 25) pending requests from the head of the run's default request queue and locks them for `lockSecs` seconds. Requests locked by another client are skipped, and until a lock expires (or is prolonged, or released) no other client or Actor run can lock that request. This is how several crawlers share one queue without processing the same request twice. Rate limit: 40 requests per second per queue.
         */
        post: operations["act_runs_last_requestQueue_head_lock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ActorChargeEvent
         * @description One event a pay-per-event Actor can charge for. It has exactly one of `eventPriceUsd` (one price for everyone) or `eventTieredPricingUsd` (a price per subscription tier). Note: the schema leaves both optional rather than a `oneOf` of the two cases, which no property tells apart: generated Java and Rust clients could not pick the case when reading a run.
         */
        ActorChargeEvent: {
            /** @description Short name of the event shown to users. */
            eventTitle: string;
            /** @description What the event is charged for. */
            eventDescription: string;
            /** @description Price of one event in US dollars. */
            eventPriceUsd?: number;
            /** @description Price of one event per subscription tier (such as `FREE`, `BRONZE`, `SILVER`, `GOLD`), keyed by tier. */
            eventTieredPricingUsd?: {
                [key: string]: {
                    /** @description Price of one event in US dollars for this tier. */
                    tieredEventPriceUsd: number;
                };
            };
            /** @description True for the event that best represents what the Actor charges for. */
            isPrimaryEvent?: boolean;
            /** @description True for an event charged at most once per run. */
            isOneTimeEvent?: boolean;
        };
        /**
         * ActorJobStatus
         * @description Lifecycle state of an Actor run. `READY` is the initial state; `RUNNING`, `TIMING-OUT` and `ABORTING` are transitional; `SUCCEEDED`, `FAILED`, `TIMED-OUT` and `ABORTED` are terminal. A run moves READY → RUNNING, then either straight to SUCCEEDED or FAILED, or through TIMING-OUT to TIMED-OUT, or through ABORTING to ABORTED. Resurrecting a terminal run puts it back into RUNNING.
         * @example SUCCEEDED
         * @enum {string}
         */
        ActorJobStatus: "READY" | "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMING-OUT" | "TIMED-OUT" | "ABORTING" | "ABORTED";
        /**
         * BatchAddRequest
         * @description Requests to add to a queue in one call, at most 25.
         */
        BatchAddRequest: components["schemas"]["RequestWithoutId"][];
        /**
         * BatchAddResponse
         * @description Envelope holding the outcome of a batch add.
         */
        BatchAddResponse: {
            /** @description Which requests were added and which were not. */
            data: components["schemas"]["BatchAddResult"];
        };
        /**
         * BatchAddResult
         * @description Outcome of a batch add. Requests can go unprocessed when the queue is rate-limited or fails internally; add those again later, with exponential backoff.
         */
        BatchAddResult: {
            /** @description Requests that were added, or that were already in the queue. */
            processedRequests: components["schemas"]["ProcessedRequest"][];
            /** @description Requests that were not added. */
            unprocessedRequests: components["schemas"]["RequestDraft"][];
        };
        /**
         * BatchDeleteRequest
         * @description Requests to delete from a queue in one call, at most 25, each given by `id` or `uniqueKey`.
         */
        BatchDeleteRequest: components["schemas"]["RequestIdentifier"][];
        /**
         * BatchDeleteResponse
         * @description Envelope holding the outcome of a batch delete.
         */
        BatchDeleteResponse: {
            /** @description Which requests were deleted and which were not. */
            data: components["schemas"]["BatchDeleteResult"];
        };
        /**
         * BatchDeleteResult
         * @description Outcome of a batch delete. Requests can go unprocessed when the queue is rate-limited or fails internally; delete those again later, with exponential backoff.
         */
        BatchDeleteResult: {
            /** @description Requests that were deleted. */
            processedRequests: components["schemas"]["RequestIdentifier"][];
            /** @description Requests that were not deleted. */
            unprocessedRequests: components["schemas"]["RequestDraft"][];
        };
        /**
         * ChargeRunRequest
         * @description A pay-per-event charge: which event happened and how many times. The event must be one the Actor's pricing declares. Note: Apify types `count` as any integer; here it must be at least 1.
         */
        ChargeRunRequest: {
            /** @description Name of the event as declared in the Actor's pay-per-event pricing. */
            eventName: string;
            /** @description How many events to charge. */
            count: number;
        };
        /**
         * CommonPricingInfo
         * @description Fields that every pricing model has.
         */
        CommonPricingInfo: {
            /** @description Share of the price that Apify keeps, as a fraction between 0 and 1. */
            apifyMarginPercentage: number;
            /**
             * Format: date-time
             * @description When this pricing was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When this pricing took effect.
             */
            startedAt: string;
        };
        /**
         * Dataset
         * @description Metadata of a dataset, the append-only list of results of a run.
         */
        Dataset: {
            /**
             * @description Dataset ID.
             * @example wmKPijuyDnPZAPRMk
             */
            id: string;
            /** @description Name of the dataset; null for an unnamed one, such as a run's default dataset. */
            name?: string | null;
            /** @description ID of the user who owns the dataset. */
            userId: string;
            /**
             * Format: date-time
             * @description When the dataset was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the dataset was last changed.
             */
            modifiedAt: string;
            /**
             * Format: date-time
             * @description When the dataset was last read or written.
             */
            accessedAt: string;
            /** @description Number of items stored. It can lag behind recent pushes by a few seconds. */
            itemCount: number;
            /** @description Number of items left after dropping hidden fields and empty items (what `clean=true` returns). */
            cleanItemCount: number;
            /** @description ID of the Actor whose run created the dataset, if any. */
            actId?: string | null;
            /** @description ID of the run that created the dataset, if any. */
            actRunId?: string | null;
            /** @description Top-level field names seen in the stored items. */
            fields?: string[] | null;
            /** @description The dataset schema (fields and views) declared by the Actor, if any. */
            schema?: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: uri
             * @description Link to the dataset in Apify Console.
             */
            consoleUrl: string;
            /**
             * Format: uri
             * @description URL to download the items. For a restricted dataset it carries a storage `signature` valid for 14 days, so the URL works without a token.
             */
            itemsPublicUrl?: string;
            /** @description Secret that signs URLs to this dataset's items (see the items operation's `signature` parameter); returned only to callers with write permission. */
            urlSigningSecretKey?: string | null;
            /** @description Who may read the dataset without explicit permission. */
            generalAccess?: components["schemas"]["GeneralAccess"];
            /** @description Usage counters of the dataset. */
            stats?: components["schemas"]["DatasetStats"];
        };
        /**
         * DatasetFieldStatistics
         * @description Statistics of one dataset field. `min` and `max` are the values themselves for numbers, the length for strings and arrays, and the number of keys for objects.
         */
        DatasetFieldStatistics: {
            /** @description Smallest value (or length, or key count) seen. */
            min?: number | null;
            /** @description Largest value (or length, or key count) seen. */
            max?: number | null;
            /** @description Number of items where the field is null. */
            nullCount?: number | null;
            /** @description Number of items where the field is missing; an empty string does not count as empty. */
            emptyCount?: number | null;
        };
        /**
         * DatasetFormat
         * @description Serialization of dataset items in a download: a JSON array (`json`), one JSON object per line (`jsonl`), a CSV table (`csv`), an HTML table (`html`), an Excel workbook (`xlsx`), an XML document (`xml`) or an RSS feed (`rss`). Note: Apify's reference lists these values only in prose; here they form a closed enum.
         * @example json
         * @enum {string}
         */
        DatasetFormat: "json" | "jsonl" | "csv" | "html" | "xlsx" | "xml" | "rss";
        /**
         * DatasetItem
         * @description One dataset item, a JSON object of any shape (the dataset schema, if the Actor declares one, may restrict it).
         */
        DatasetItem: {
            [key: string]: unknown;
        };
        /**
         * DatasetItems
         * @description Several dataset items, in dataset order.
         */
        DatasetItems: components["schemas"]["DatasetItem"][];
        /**
         * DatasetResponse
         * @description Envelope holding one dataset's metadata.
         */
        DatasetResponse: {
            /** @description The dataset. */
            data: components["schemas"]["Dataset"];
        };
        /**
         * DatasetStatistics
         * @description Per-field statistics of a dataset. They exist only for fields declared in the dataset's fields schema.
         */
        DatasetStatistics: {
            /** @description Statistics keyed by field name; null when none are available. */
            fieldStatistics?: {
                [key: string]: components["schemas"]["DatasetFieldStatistics"];
            } | null;
        };
        /**
         * DatasetStatisticsResponse
         * @description Envelope holding per-field statistics of a dataset.
         */
        DatasetStatisticsResponse: {
            /** @description The statistics. */
            data: components["schemas"]["DatasetStatistics"];
        };
        /**
         * DatasetStats
         * @description Usage counters of a dataset.
         */
        DatasetStats: {
            /** @description Number of read operations. */
            readCount?: number;
            /** @description Number of write operations. */
            writeCount?: number;
            /** @description Bytes the dataset occupies in storage (returned when a single dataset is fetched). */
            storageBytes?: number;
            /** @description Uncompressed size of the items in bytes (returned by dataset listings). */
            inflatedBytes?: number;
        };
        /**
         * EmptyObject
         * @description An empty JSON object, `{}`, returned by some 201 responses.
         */
        EmptyObject: Record<string, never>;
        /**
         * ErrorDetail
         * @description What went wrong: a machine-readable error type and a human-readable message. Note: Apify's reference does not mark `type` and `message` as required, but the API always sends both.
         */
        ErrorDetail: {
            /** @description Machine-readable error code. */
            type: components["schemas"]["ErrorType"];
            /**
             * @description Human-readable explanation of the error, suitable for logs; its wording may change.
             * @example Actor run was not found
             */
            message: string;
        };
        /**
         * ErrorResponse
         * @description Body of every 4xx and 5xx response.
         */
        ErrorResponse: {
            /** @description The error's type and message. */
            error: components["schemas"]["ErrorDetail"];
        };
        /**
         * ErrorType
         * @description Machine-readable error code in kebab-case. Values seen on these endpoints include `invalid-input`, `invalid-request`, `invalid-value`, `invalid-record-key`, `invalid-client-key`, `invalid-collection`, `invalid-signature`, `schema-validation-error`, `requested-dataset-view-does-not-exist`, `request-id-invalid`, `token-not-provided`, `invalid-token`, `x402-payment-required`, `insufficient-permissions`, `record-not-found`, `record-or-token-not-found`, `actor-not-found`, `method-not-allowed`, `run-timeout-exceeded`, `request-too-large`, `record-too-large`, `unsupported-content-encoding`, `content-encoding-forbidden-for-html`, `dataset-locked`, `request-handled-or-locked`, `rate-limit-exceeded` and `internal-server-error`. Note: Apify's reference declares a closed enum of several hundred codes; here it is an open string so that new codes do not break clients. Branch on the HTTP status first and on this code second.
         * @example record-not-found
         * @example invalid-input
         * @example rate-limit-exceeded
         */
        ErrorType: string;
        /**
         * FlatPricePerMonthPricing
         * @description The user rents the Actor for a flat monthly fee, after an optional free trial.
         */
        FlatPricePerMonthPricing: {
            /**
             * @description Pricing model, always `FLAT_PRICE_PER_MONTH` here.
             * @constant
             */
            pricingModel: "FLAT_PRICE_PER_MONTH";
            /** @description Length of the free trial in minutes. */
            trialMinutes: number;
            /** @description Monthly rental price in US dollars. */
            pricePerUnitUsd: number;
        } & (components["schemas"]["CommonPricingInfo"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            pricingModel: "FLAT_PRICE_PER_MONTH";
        });
        /**
         * FreePricing
         * @description The Actor itself is free; the user pays only for the platform resources the run consumes.
         */
        FreePricing: {
            /**
             * @description Pricing model, always `FREE` here.
             * @constant
             */
            pricingModel: "FREE";
        } & (components["schemas"]["CommonPricingInfo"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            pricingModel: "FREE";
        });
        /**
         * GeneralAccess
         * @description Who may read a resource (a run or a storage) without being given explicit permission. `RESTRICTED`: only the owner and users with permissions. `ANYONE_WITH_ID_CAN_READ`: anyone who knows its ID. `ANYONE_WITH_NAME_CAN_READ`: anyone who knows its ID or its name. `FOLLOW_USER_SETTING`: the default set in the owner's account settings applies.
         * @example FOLLOW_USER_SETTING
         * @enum {string}
         */
        GeneralAccess: "ANYONE_WITH_ID_CAN_READ" | "ANYONE_WITH_NAME_CAN_READ" | "FOLLOW_USER_SETTING" | "RESTRICTED";
        /**
         * Head
         * @description The first pending requests of a queue, read without locking them.
         */
        Head: {
            /** @description How many requests were asked for. */
            limit: number;
            /**
             * Format: date-time
             * @description When the queue last changed.
             */
            queueModifiedAt: string;
            /** @description True if more than one client has accessed the queue; a single client may cache the head safely. */
            hadMultipleClients: boolean;
            /** @description The requests, in queue order. */
            items: components["schemas"]["HeadRequest"][];
        };
        /**
         * HeadRequest
         * @description A pending request as listed at the head of a queue.
         */
        HeadRequest: {
            /** @description Request ID. */
            id: string;
            /** @description The request's `uniqueKey`. */
            uniqueKey: string;
            /** @description URL to fetch. */
            url: string;
            /** @description HTTP method to use. */
            method?: components["schemas"]["HttpMethod"];
            /** @description How many times fetching the request has been retried. */
            retryCount?: number;
        };
        /**
         * HeadResponse
         * @description Envelope holding the head of a request queue.
         */
        HeadResponse: {
            /** @description The head of the queue. */
            data: components["schemas"]["Head"];
        };
        /**
         * HttpMethod
         * @description HTTP method that a crawler uses when it fetches a request-queue request.
         * @example GET
         * @enum {string}
         */
        HttpMethod: "GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "CONNECT" | "OPTIONS" | "TRACE" | "PATCH";
        /**
         * InvalidItem
         * @description One pushed item that failed the dataset schema, with the reasons.
         */
        InvalidItem: {
            /** @description Zero-based position of the item in the pushed array (0 when a single object was pushed). */
            itemPosition: number;
            /** @description Every schema violation found in this item. */
            validationErrors: components["schemas"]["ItemValidationError"][];
        };
        /**
         * ItemValidationError
         * @description One JSON Schema violation, in the shape produced by the Ajv validator. Note: Apify's reference marks none of these fields required; Ajv always sets the four listed here.
         */
        ItemValidationError: {
            /** @description JSON Pointer to the offending value inside the item; empty for the item itself. */
            instancePath: string;
            /** @description JSON Pointer (as a URI fragment) to the schema keyword that failed. */
            schemaPath: string;
            /** @description The JSON Schema keyword that failed, such as `type` or `required`. */
            keyword: string;
            /** @description Human-readable description of the violation. */
            message?: string;
            /** @description Keyword-specific details, for example the name of the missing property for `required`. */
            params: {
                [key: string]: unknown;
            };
        };
        /**
         * KeyValueStore
         * @description Metadata of a key-value store, which holds records of any media type under string keys.
         */
        KeyValueStore: {
            /**
             * @description Key-value store ID.
             * @example WkzbQMuFYuamGv3YF
             */
            id: string;
            /** @description Name of the store; null for an unnamed one, such as a run's default store. */
            name?: string | null;
            /** @description ID of the user who owns the store. */
            userId?: string | null;
            /** @description Username of the owner. */
            username?: string | null;
            /**
             * Format: date-time
             * @description When the store was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the store was last changed.
             */
            modifiedAt: string;
            /**
             * Format: date-time
             * @description When the store was last read or written.
             */
            accessedAt: string;
            /** @description ID of the Actor whose run created the store, if any. */
            actId?: string | null;
            /** @description ID of the run that created the store, if any. */
            actRunId?: string | null;
            /**
             * Format: uri
             * @description Link to the store in Apify Console.
             */
            consoleUrl?: string;
            /**
             * Format: uri
             * @description URL to list the keys. For a restricted store it carries a storage `signature` valid for 14 days, so the URL works without a token.
             */
            keysPublicUrl?: string;
            /**
             * Format: uri
             * @description URL to download all records as a ZIP. For a restricted store it carries the same kind of storage `signature` as `keysPublicUrl`.
             */
            recordsPublicUrl?: string;
            /** @description The store schema (collections of keys) declared by the Actor, if any. */
            schema?: {
                [key: string]: unknown;
            } | null;
            /** @description Secret that signs URLs to this store's key listing, records archive and single records (see their `signature` parameters); returned only to callers with write permission. */
            urlSigningSecretKey?: string | null;
            /** @description Who may read the store without explicit permission. */
            generalAccess?: components["schemas"]["GeneralAccess"];
            /** @description Usage counters of the store. */
            stats?: components["schemas"]["KeyValueStoreStats"];
        };
        /**
         * KeyValueStoreKey
         * @description One record key in a key listing.
         */
        KeyValueStoreKey: {
            /** @description The record key. */
            key: string;
            /** @description Size of the stored value in bytes. */
            size: number;
            /**
             * Format: uri
             * @description URL to fetch the record. For a restricted store it carries the record's `signature`, which never expires, so the URL works without a token.
             */
            recordPublicUrl: string;
        };
        /**
         * KeyValueStoreResponse
         * @description Envelope holding one key-value store's metadata.
         */
        KeyValueStoreResponse: {
            /** @description The key-value store. */
            data: components["schemas"]["KeyValueStore"];
        };
        /**
         * KeyValueStoreStats
         * @description Usage counters of a key-value store.
         */
        KeyValueStoreStats: {
            /** @description Number of record reads. */
            readCount?: number;
            /** @description Number of record writes. */
            writeCount?: number;
            /** @description Number of record deletions. */
            deleteCount?: number;
            /** @description Number of key listings. */
            listCount?: number;
            /** @description Bytes of records kept in external object storage. */
            s3StorageBytes?: number;
            /** @description Bytes the store occupies in storage. */
            storageBytes?: number;
        };
        /**
         * ListOfKeys
         * @description One page of record keys, in UTF-8 binary order. While `isTruncated` is true, pass `nextExclusiveStartKey` as `exclusiveStartKey` to get the next page.
         */
        ListOfKeys: {
            /** @description The keys on this page. */
            items: components["schemas"]["KeyValueStoreKey"][];
            /** @description Number of keys on this page. */
            count: number;
            /** @description Page size that was applied. */
            limit: number;
            /** @description The `exclusiveStartKey` of the request; null on the first page. */
            exclusiveStartKey?: string | null;
            /** @description True if more keys follow this page. */
            isTruncated: boolean;
            /** @description Key to pass as `exclusiveStartKey` for the next page; null when there is none. */
            nextExclusiveStartKey?: string | null;
        };
        /**
         * ListOfKeysResponse
         * @description Envelope holding one page of key-value store keys.
         */
        ListOfKeysResponse: {
            /** @description The page of keys. */
            data: components["schemas"]["ListOfKeys"];
        };
        /**
         * ListOfRequests
         * @description One page of requests from a queue. Pass `nextCursor` as `cursor` to get the next page; when `nextCursor` is absent there are no more pages.
         */
        ListOfRequests: {
            /** @description The requests on this page. */
            items: components["schemas"]["Request"][];
            /** @description Page size that was applied. */
            limit: number;
            /**
             * @deprecated
             * @description The `exclusiveStartId` of the request, for the legacy pagination.
             */
            exclusiveStartId?: string;
            /** @description The `cursor` of the request. */
            cursor?: string;
            /** @description Cursor for the next page. */
            nextCursor?: string;
        };
        /**
         * ListOfRequestsResponse
         * @description Envelope holding one page of request-queue requests.
         */
        ListOfRequestsResponse: {
            /** @description The page of requests. */
            data: components["schemas"]["ListOfRequests"];
        };
        /**
         * LockedHead
         * @description The first pending requests of a queue, now locked for the caller: other clients cannot take them until the locks expire.
         */
        LockedHead: {
            /** @description How many requests were asked for. */
            limit: number;
            /**
             * Format: date-time
             * @description When the queue last changed.
             */
            queueModifiedAt: string;
            /** @description True if more than one client has accessed the queue. */
            hadMultipleClients: boolean;
            /** @description Length of the locks in seconds. */
            lockSecs: number;
            /** @description True if any client currently holds a lock on some request of the queue. */
            queueHasLockedRequests?: boolean;
            /** @description The `clientKey` the locks belong to, if one was sent. */
            clientKey?: string;
            /** @description The locked requests, in queue order. */
            items: components["schemas"]["LockedHeadRequest"][];
        };
        /**
         * LockedHeadRequest
         * @description A request taken from the head of a queue and locked for the caller.
         */
        LockedHeadRequest: components["schemas"]["HeadRequest"] & {
            /**
             * Format: date-time
             * @description When the lock expires, after which other clients may take the request.
             */
            lockExpiresAt: string;
        };
        /**
         * LockedHeadResponse
         * @description Envelope holding the requests just locked from the head of a request queue.
         */
        LockedHeadResponse: {
            /** @description The locked requests. */
            data: components["schemas"]["LockedHead"];
        };
        /**
         * MetamorphInput
         * @description Input for the target Actor of a metamorph: any JSON object, which the target Actor reads as its input. It is stored in the run's default key-value store under a key such as `INPUT-METAMORPH-1`. Note: Apify's reference declares no body for metamorph, although the API and its clients send one.
         */
        MetamorphInput: {
            [key: string]: unknown;
        };
        /**
         * PayPerEventPricing
         * @description The user pays for each event the Actor charges, at the price set for that event.
         */
        PayPerEventPricing: {
            /**
             * @description Pricing model, always `PAY_PER_EVENT` here.
             * @constant
             */
            pricingModel: "PAY_PER_EVENT";
            /** @description The chargeable events. */
            pricingPerEvent: {
                /** @description The events the Actor can charge, keyed by event name. */
                actorChargeEvents?: {
                    [key: string]: components["schemas"]["ActorChargeEvent"];
                };
            };
            /** @description Lowest charge cap, in US dollars, a user may set when starting the Actor. */
            minimalMaxTotalChargeUsd?: number | null;
        } & (components["schemas"]["CommonPricingInfo"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            pricingModel: "PAY_PER_EVENT";
        });
        /**
         * PricePerDatasetItemPricing
         * @description The user pays for each item the Actor stores in its default dataset. It has exactly one of `pricePerUnitUsd` (one price for everyone) or `tieredPricing` (a price per subscription tier). Note: the schema leaves both optional rather than a `oneOf` of the two cases, which no property tells apart: generated Java and Rust clients could not pick the case when reading a run.
         */
        PricePerDatasetItemPricing: {
            /**
             * @description Pricing model, always `PRICE_PER_DATASET_ITEM` here.
             * @constant
             */
            pricingModel: "PRICE_PER_DATASET_ITEM";
            /** @description What one item is called in the Console, for example `result` or `page`. */
            unitName: string;
            /** @description Price of one item in US dollars. */
            pricePerUnitUsd?: number;
            /** @description Price of one item per subscription tier (`FREE`, `BRONZE`, `SILVER`, `GOLD`, `PLATINUM`, `DIAMOND`), keyed by tier. */
            tieredPricing?: {
                [key: string]: {
                    /** @description Price of one item in US dollars for this tier. */
                    tieredPricePerUnitUsd: number;
                };
            };
        } & (components["schemas"]["CommonPricingInfo"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            pricingModel: "PRICE_PER_DATASET_ITEM";
        });
        /**
         * PricingInfo
         * @description Pricing of an Actor as it applied to a run. The `pricingModel` property says which of the four models it is.
         */
        PricingInfo: components["schemas"]["PayPerEventPricing"] | components["schemas"]["PricePerDatasetItemPricing"] | components["schemas"]["FlatPricePerMonthPricing"] | components["schemas"]["FreePricing"];
        /**
         * ProcessedRequest
         * @description One request of a batch add that the queue accepted.
         */
        ProcessedRequest: {
            /** @description ID of the request, or of the existing request with the same `uniqueKey`. */
            requestId: string;
            /** @description The request's `uniqueKey`. */
            uniqueKey: string;
            /** @description True if a request with the same `uniqueKey` was already in the queue. */
            wasAlreadyPresent: boolean;
            /** @description True if that existing request had already been handled. */
            wasAlreadyHandled: boolean;
        };
        /**
         * PushItemsErrorResponse
         * @description Body of a 400 from pushing dataset items when one or more items fail the dataset's schema. The whole request is rejected: no item is stored.
         */
        PushItemsErrorResponse: {
            /** @description The error with the per-item validation details. Note: Apify's reference does not mark `type` and `message` as required, but the API always sends both. */
            error: {
                /** @description Machine-readable error code, `schema-validation-error` for this case. */
                type: components["schemas"]["ErrorType"];
                /** @description Human-readable summary of the validation failure. */
                message: string;
                /** @description Details of the rejected items. */
                data: {
                    /** @description One entry per item that failed validation. */
                    invalidItems: components["schemas"]["InvalidItem"][];
                };
            };
        };
        /**
         * PushItemsRequest
         * @description Items to append to a dataset, as an array of objects stored in this order. Each request is capped at about 9 MB (larger arrays must be split); if any item fails the dataset schema, none is stored. Note: the API also accepts a single object in place of an array of one. The schema declares the array only: a union of an object and an array cannot be expressed in a Java client generated with openapi-generator.
         */
        PushItemsRequest: components["schemas"]["DatasetItem"][];
        /**
         * Request
         * @description A request-queue request as stored, with its ID.
         */
        Request: components["schemas"]["RequestWithoutId"] & {
            /** @description Request ID, assigned by the queue. */
            id: string;
        };
        /**
         * RequestDraft
         * @description A request of a batch operation that was not processed; send it again later, with backoff.
         */
        RequestDraft: {
            /** @description Request ID, when known. */
            id?: string;
            /** @description The request's `uniqueKey`. */
            uniqueKey: string;
            /** @description The request's URL. */
            url: string;
            /** @description The request's HTTP method. */
            method?: components["schemas"]["HttpMethod"];
        };
        /**
         * RequestIdentifier
         * @description Identifies one request of a queue by its `id`, its `uniqueKey`, or both; at least one of them is present. Note: one object with both properties optional (and `minProperties: 1`) rather than an `anyOf` of the two cases: generated Java and Rust clients cannot tell such cases apart.
         */
        RequestIdentifier: {
            /** @description Request ID. */
            id?: string;
            /** @description The request's `uniqueKey`. */
            uniqueKey?: string;
        };
        /**
         * RequestLock
         * @description A request lock after it was prolonged.
         */
        RequestLock: {
            /**
             * Format: date-time
             * @description When the lock now expires.
             */
            lockExpiresAt: string;
        };
        /**
         * RequestLockResponse
         * @description Envelope holding the new expiry of a request lock.
         */
        RequestLockResponse: {
            /** @description The lock. */
            data: components["schemas"]["RequestLock"];
        };
        /**
         * RequestQueue
         * @description Metadata of a request queue, the list of URLs a crawler still has to visit and has visited.
         */
        RequestQueue: {
            /**
             * @description Request queue ID.
             * @example FL35cSF7jrxr3BY39
             */
            id: string;
            /** @description Name of the queue; null for an unnamed one, such as a run's default queue. */
            name?: string | null;
            /** @description ID of the user who owns the queue. */
            userId: string;
            /**
             * Format: date-time
             * @description When the queue was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the queue last changed, including requests being added, updated, deleted, locked or unlocked.
             */
            modifiedAt: string;
            /**
             * Format: date-time
             * @description When the queue was last read or written.
             */
            accessedAt: string;
            /** @description Number of requests in the queue, handled or not. */
            totalRequestCount: number;
            /** @description Number of handled requests. */
            handledRequestCount: number;
            /** @description Number of requests not handled yet. Note: no minimum on purpose; the API has been seen to return negative values. */
            pendingRequestCount: number;
            /** @description ID of the Actor whose run created the queue, if any. */
            actId?: string | null;
            /** @description ID of the run that created the queue, if any. */
            actRunId?: string | null;
            /** @description True if more than one client (distinct `clientKey` or run) has accessed the queue. */
            hadMultipleClients: boolean;
            /**
             * Format: uri
             * @description Link to the queue in Apify Console.
             */
            consoleUrl: string;
            /** @description Usage counters of the queue. */
            stats?: components["schemas"]["RequestQueueStats"];
            /** @description Who may read the queue without explicit permission. */
            generalAccess?: components["schemas"]["GeneralAccess"];
        };
        /**
         * RequestQueueResponse
         * @description Envelope holding one request queue's metadata.
         */
        RequestQueueResponse: {
            /** @description The request queue. */
            data: components["schemas"]["RequestQueue"];
        };
        /**
         * RequestQueueStats
         * @description Usage counters of a request queue.
         */
        RequestQueueStats: {
            /** @description Number of request deletions. */
            deleteCount?: number;
            /** @description Number of requests read from the queue head. */
            headItemReadCount?: number;
            /** @description Number of request reads. */
            readCount?: number;
            /** @description Bytes the queue occupies in storage. */
            storageBytes?: number;
            /** @description Number of request writes. */
            writeCount?: number;
        };
        /**
         * RequestRegistration
         * @description Outcome of adding or updating one request.
         */
        RequestRegistration: {
            /** @description ID of the request; if its `uniqueKey` was already in the queue, the ID of the existing request. */
            requestId: string;
            /** @description True if a request with the same `uniqueKey` was already in the queue. */
            wasAlreadyPresent: boolean;
            /** @description True if that existing request had already been handled. */
            wasAlreadyHandled: boolean;
        };
        /**
         * RequestRegistrationResponse
         * @description Envelope holding the outcome of adding or updating one request.
         */
        RequestRegistrationResponse: {
            /** @description The outcome. */
            data: components["schemas"]["RequestRegistration"];
        };
        /**
         * RequestResponse
         * @description Envelope holding one request-queue request.
         */
        RequestResponse: {
            /** @description The request. */
            data: components["schemas"]["Request"];
        };
        /**
         * RequestState
         * @description State of a request-queue request, used to filter a listing. `locked`: some client currently holds a lock on it. `pending`: not handled yet.
         * @example pending
         * @enum {string}
         */
        RequestState: "locked" | "pending";
        /**
         * RequestWithoutId
         * @description A request-queue request as sent when adding or updating it. The queue assigns the ID; on update the ID comes from the path.
         */
        RequestWithoutId: {
            /** @description Key that identifies the request for deduplication; a queue holds at most one request per key. */
            uniqueKey: string;
            /** @description URL to fetch. */
            url: string;
            /** @description HTTP method to use. */
            method?: components["schemas"]["HttpMethod"];
            /** @description How many times fetching the request has been retried. */
            retryCount?: number;
            /** @description URL actually loaded, after redirects. */
            loadedUrl?: string | null;
            /** @description Request body to send, for methods such as POST: usually a string, or a JSON object; null or absent when there is none. Note: any JSON value in the schema rather than a `string | object | null` union, which generated Java and Rust clients cannot read (a free-form object matches a string too). */
            payload?: unknown;
            /** @description HTTP headers to send, keyed by header name. */
            headers?: {
                [key: string]: unknown;
            } | null;
            /** @description Free-form data the crawler attaches to the request, such as a `label`. */
            userData?: {
                [key: string]: unknown;
            };
            /** @description True if the request must not be retried after a failure. */
            noRetry?: boolean | null;
            /** @description Error messages from failed attempts, oldest first. */
            errorMessages?: string[] | null;
            /**
             * Format: date-time
             * @description When the request was marked handled; null while it is pending. Setting it on update marks it handled.
             */
            handledAt?: string | null;
        };
        /**
         * Run
         * @description An Actor run: one execution of an Actor, with its status, settings, resource statistics, costs and the IDs of its default storages. Callers without a token, or who do not own the run, get the object without some cost fields (`usageUsd`, and `usageTotalUsd` unless the Actor is paid per event).
         */
        Run: {
            /**
             * @description Run ID.
             * @example HG7ML7M8z78YcAPEB
             */
            id: string;
            /**
             * @description ID of the Actor that was run (the field keeps its historical name).
             * @example moJRLRc85AitArpNN
             */
            actId: string;
            /**
             * @description ID of the user who started the run.
             * @example BPWZBd7Z9c746JAng
             */
            userId: string;
            /** @description ID of the task the run was started from, or null if it was not started from a task. */
            actorTaskId?: string | null;
            /**
             * Format: date-time
             * @description When the run started.
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description When the run reached a terminal status; null while it has not.
             */
            finishedAt?: string | null;
            /** @description Current status of the run. */
            status: components["schemas"]["ActorJobStatus"];
            /** @description Latest status message set by the Actor, shown in the Console. */
            statusMessage?: string | null;
            /** @description True if `statusMessage` is the final message of the run and will not be replaced. */
            isStatusMessageTerminal?: boolean | null;
            /** @description How and by whom the run was started. */
            meta: components["schemas"]["RunMeta"];
            /** @description Pricing of the Actor as it applied to this run; may be absent. */
            pricingInfo?: components["schemas"]["PricingInfo"];
            /** @description Resource usage statistics of the run. */
            stats: components["schemas"]["RunStats"];
            /** @description For pay-per-event Actors, how many times each event has been charged, keyed by event name. */
            chargedEventCounts?: {
                [key: string]: number;
            };
            /** @description Settings the run was started with. */
            options: components["schemas"]["RunOptions"];
            /** @description ID of the Actor build the run uses. */
            buildId: string;
            /** @description Exit code of the Actor process; null while it is still running. */
            exitCode?: number | null;
            /** @description Who may read the run (and so its default storages and log) without explicit permission. */
            generalAccess: components["schemas"]["GeneralAccess"];
            /** @description ID of the run's default key-value store. */
            defaultKeyValueStoreId: string;
            /** @description ID of the run's default dataset. */
            defaultDatasetId: string;
            /** @description ID of the run's default request queue. */
            defaultRequestQueueId: string;
            /** @description IDs of every storage attached to the run, the default ones and any aliased ones. */
            storageIds?: components["schemas"]["StorageIds"];
            /**
             * @description Number of the build the run uses, `MAJOR.MINOR.BUILD`.
             * @example 0.3.67
             */
            buildNumber?: string | null;
            /**
             * Format: uri
             * @description URL of the web server inside the run's container, reachable while the run is alive.
             */
            containerUrl?: string;
            /** @description True once the web server inside the container is listening. */
            isContainerServerReady?: boolean | null;
            /** @description Git branch the build was made from, for Actors built from a Git repository. */
            gitBranchName?: string | null;
            /** @description Platform resources the run consumed, by kind; null if not available. */
            usage?: components["schemas"]["RunUsage"] | null;
            /** @description Total cost of the run in US dollars. Requires a token; callers who do not own the run see it only for pay-per-event Actors. */
            usageTotalUsd?: number | null;
            /** @description Cost of the run in US dollars, by kind of resource; null if not available. Requires a token; returned only to owners who pay for platform usage. */
            usageUsd?: components["schemas"]["RunUsageUsd"] | null;
            /** @description Every metamorph of the run, oldest first; null or absent if there were none. */
            metamorphs?: components["schemas"]["RunMetamorph"][] | null;
            /**
             * @description Who pays for the platform usage of the run, for example `USER` or `DEVELOPER`.
             * @example USER
             */
            platformUsageBillingModel?: string;
        };
        /**
         * RunMeta
         * @description Where a run came from.
         */
        RunMeta: {
            /** @description How the run was started. */
            origin: components["schemas"]["RunOrigin"];
            /** @description IP address of the client that started the run, if known. */
            clientIp?: string | null;
            /** @description User-Agent header of the request that started the run, if known. */
            userAgent?: string | null;
            /** @description ID of the schedule that started the run, for scheduled runs. */
            scheduleId?: string | null;
            /**
             * Format: date-time
             * @description When the schedule fired, for scheduled runs.
             */
            scheduledAt?: string | null;
        };
        /**
         * RunMetamorph
         * @description One metamorph of a run, that is, one switch of the running container to another Actor.
         */
        RunMetamorph: {
            /**
             * Format: date-time
             * @description When the metamorph happened.
             */
            createdAt: string;
            /** @description ID of the Actor the run turned into. */
            actorId: string;
            /** @description ID of the build of that Actor. */
            buildId: string;
            /** @description Key in the run's default key-value store that holds the new input, for example `INPUT-METAMORPH-1`. */
            inputKey?: string | null;
        };
        /**
         * RunOptions
         * @description Settings a run was started with.
         */
        RunOptions: {
            /** @description Build tag or number that was requested, for example `latest` or `0.3.67`. */
            build: string;
            /** @description Timeout of the run in seconds; 0 means no timeout. */
            timeoutSecs: number;
            /** @description Memory allocated to the run in megabytes (a power of 2). */
            memoryMbytes: number;
            /** @description Disk space allocated to the run in megabytes. */
            diskMbytes: number;
            /** @description For pay-per-result Actors, the most dataset items the user agreed to pay for. */
            maxItems?: number | null;
            /** @description For pay-per-event Actors, the most the user agreed to be charged, in US dollars. */
            maxTotalChargeUsd?: number | null;
        };
        /**
         * RunOrigin
         * @description How a run was started: from the Console during development (`DEVELOPMENT`), the web UI (`WEB`), the API (`API`), a schedule (`SCHEDULER`), an Actor test (`TEST`), a webhook (`WEBHOOK`), another Actor (`ACTOR`), the Apify CLI (`CLI`), a CI pipeline (`CI`), Actor Standby (`STANDBY`) or an MCP client (`MCP`).
         * @example API
         * @enum {string}
         */
        RunOrigin: "DEVELOPMENT" | "WEB" | "API" | "SCHEDULER" | "TEST" | "WEBHOOK" | "ACTOR" | "CLI" | "CI" | "STANDBY" | "MCP";
        /**
         * RunResponse
         * @description Envelope holding one Actor run.
         */
        RunResponse: {
            /** @description The run. */
            data: components["schemas"]["Run"];
        };
        /**
         * RunStats
         * @description Resource usage statistics of a run. Right after a run finishes these figures may still be preliminary; they settle within seconds.
         */
        RunStats: {
            /** @description Size of the run input in bytes. */
            inputBodyLen?: number | null;
            /** @description How many times the run was migrated to another server. */
            migrationCount?: number;
            /** @description How many times the run was rebooted. */
            rebootCount?: number;
            /** @description How many times the run was restarted after an error. */
            restartCount?: number;
            /** @description How many times the run was resurrected. */
            resurrectCount?: number;
            /** @description Average memory use in bytes. */
            memAvgBytes?: number;
            /** @description Peak memory use in bytes. */
            memMaxBytes?: number;
            /** @description Current memory use in bytes (0 once the run has finished). */
            memCurrentBytes?: number;
            /** @description Average CPU use, in percent of one core. */
            cpuAvgUsage?: number;
            /** @description Peak CPU use, in percent of one core. */
            cpuMaxUsage?: number;
            /** @description Current CPU use, in percent of one core. */
            cpuCurrentUsage?: number;
            /** @description Bytes received over the network. */
            netRxBytes?: number;
            /** @description Bytes sent over the network. */
            netTxBytes?: number;
            /** @description Wall-clock duration of the run in milliseconds, excluding time between a finish and a resurrection. */
            durationMillis?: number;
            /** @description Run time in seconds. */
            runTimeSecs?: number;
            /** @description How many times the run was metamorphed. */
            metamorph?: number;
            /** @description Compute units consumed (1 CU = 1 GB of memory for 1 hour). */
            computeUnits?: number;
        };
        /**
         * RunUsage
         * @description Platform resources a run consumed, by kind. A null value means the figure is not available.
         */
        RunUsage: {
            /** @description Compute units consumed. */
            ACTOR_COMPUTE_UNITS?: number | null;
            /** @description Number of dataset read operations. */
            DATASET_READS?: number | null;
            /** @description Number of dataset write operations. */
            DATASET_WRITES?: number | null;
            /** @description Number of key-value store read operations. */
            KEY_VALUE_STORE_READS?: number | null;
            /** @description Number of key-value store write operations. */
            KEY_VALUE_STORE_WRITES?: number | null;
            /** @description Number of key-value store list operations. */
            KEY_VALUE_STORE_LISTS?: number | null;
            /** @description Number of request queue read operations. */
            REQUEST_QUEUE_READS?: number | null;
            /** @description Number of request queue write operations. */
            REQUEST_QUEUE_WRITES?: number | null;
            /** @description Gigabytes transferred within the Apify platform. */
            DATA_TRANSFER_INTERNAL_GBYTES?: number | null;
            /** @description Gigabytes transferred to and from the internet. */
            DATA_TRANSFER_EXTERNAL_GBYTES?: number | null;
            /** @description Gigabytes transferred through residential proxies. */
            PROXY_RESIDENTIAL_TRANSFER_GBYTES?: number | null;
            /** @description Number of search engine result pages fetched through the SERP proxy. */
            PROXY_SERPS?: number | null;
        };
        /**
         * RunUsageUsd
         * @description Cost of a run in US dollars, by kind of resource (the same kinds as in RunUsage). A null value means the figure is not available.
         */
        RunUsageUsd: {
            /** @description Cost of the compute units, in US dollars. */
            ACTOR_COMPUTE_UNITS?: number | null;
            /** @description Cost of the dataset read operations, in US dollars. */
            DATASET_READS?: number | null;
            /** @description Cost of the dataset write operations, in US dollars. */
            DATASET_WRITES?: number | null;
            /** @description Cost of the key-value store read operations, in US dollars. */
            KEY_VALUE_STORE_READS?: number | null;
            /** @description Cost of the key-value store write operations, in US dollars. */
            KEY_VALUE_STORE_WRITES?: number | null;
            /** @description Cost of the key-value store list operations, in US dollars. */
            KEY_VALUE_STORE_LISTS?: number | null;
            /** @description Cost of the request queue read operations, in US dollars. */
            REQUEST_QUEUE_READS?: number | null;
            /** @description Cost of the request queue write operations, in US dollars. */
            REQUEST_QUEUE_WRITES?: number | null;
            /** @description Cost of the gigabytes transferred within the Apify platform, in US dollars. */
            DATA_TRANSFER_INTERNAL_GBYTES?: number | null;
            /** @description Cost of the gigabytes transferred to and from the internet, in US dollars. */
            DATA_TRANSFER_EXTERNAL_GBYTES?: number | null;
            /** @description Cost of the gigabytes transferred through residential proxies, in US dollars. */
            PROXY_RESIDENTIAL_TRANSFER_GBYTES?: number | null;
            /** @description Cost of the search engine result pages fetched through the SERP proxy, in US dollars. */
            PROXY_SERPS?: number | null;
        };
        /**
         * StorageId
         * @description ID of a storage (dataset, key-value store or request queue).
         */
        StorageId: string;
        /**
         * StorageIdMap
         * @description Storage IDs of one kind: `default` holds the default storage; every other key is an alias the Actor declared, mapped to that storage's ID.
         */
        StorageIdMap: {
            /** @description ID of the default storage of this kind. */
            default: string;
        } & {
            [key: string]: components["schemas"]["StorageId"];
        };
        /**
         * StorageIds
         * @description IDs of the storages attached to a run, by storage kind.
         */
        StorageIds: {
            /** @description Dataset IDs. */
            datasets?: components["schemas"]["StorageIdMap"];
            /** @description Key-value store IDs. */
            keyValueStores?: components["schemas"]["StorageIdMap"];
            /** @description Request queue IDs. */
            requestQueues?: components["schemas"]["StorageIdMap"];
        };
        /**
         * UnlockResponse
         * @description Envelope holding how many request locks were released.
         */
        UnlockResponse: {
            /** @description The count. */
            data: components["schemas"]["UnlockResult"];
        };
        /**
         * UnlockResult
         * @description Outcome of releasing every lock held by the caller.
         */
        UnlockResult: {
            /** @description Number of requests that were unlocked. */
            unlockedCount: number;
        };
        /**
         * UpdateRunRequest
         * @description Changes to make to a run: its status message, and/or who may read it. Fields left out are not changed. Note: Apify's prose says `runId` and `statusMessage` must be sent, but its own schema requires nothing; this schema follows the latter, so a body that only changes `generalAccess` is valid.
         */
        UpdateRunRequest: {
            /** @description ID of the run being updated, the same as the one in the path. */
            runId?: string;
            /** @description New status message to show in the Console. */
            statusMessage?: string;
            /** @description True to mark this status message as the final one of the run. */
            isStatusMessageTerminal?: boolean;
            /** @description Who may read the run (and so its default storages and log) without explicit permission. */
            generalAccess?: components["schemas"]["GeneralAccess"];
        };
        /**
         * UpdateStorageRequest
         * @description Changes to make to a dataset, key-value store or request queue. Fields left out are not changed; nothing is required.
         */
        UpdateStorageRequest: {
            /** @description New name of the storage; null removes the name, making the storage unnamed. */
            name?: string | null;
            /** @description Who may read the storage without explicit permission. */
            generalAccess?: components["schemas"]["GeneralAccess"];
        };
    };
    responses: {
        /** @description The request is invalid: a parameter or body field fails validation, the body is not what the operation expects, or a path value (such as a record key) is malformed. The request should not be retried unchanged. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is valid, but its owner may not perform this action on this resource (for example a scoped token without write access, or deleting a run someone else started). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Reading is not allowed: the storage is restricted and the request has neither a token with access to it nor a valid `signature` (`insufficient-permissions`), or the `signature` sent does not verify, was made for another storage or record, or has expired (`invalid-signature`). */
        ForbiddenStorageRead: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An error, answered with the status code the same request sent as GET would get (see the GET operation for what each code means there) and without a body, as every HEAD response: only the status tells what went wrong. */
        HeadError: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description An unexpected error on the server. These are rare; retrying with backoff usually succeeds. Note: Apify's reference declares no 5xx responses; we declare them so clients get a typed error body. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The path exists, but not with this HTTP method. The message lists the methods the path accepts. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource does not exist, or is not visible to the caller. Under a run-scoped path the 404 can mean that the run is missing or that its storage or record is missing; the message tells which. Right after a run is started, a read may briefly return 404 until replicas catch up, so clients may retry a few times. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body exceeds the size limit (about 9 MB, 9437184 bytes, for a single request). Split the data into smaller requests. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The operation needs payment the account cannot cover: the usage limit is exceeded, there are no credits left, or (for agentic payments) a payment signature header is missing. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The server gave up on the request because the run exceeded the time this endpoint allows. Running out of `waitForFinish` time is not this error: that returns 200 with the unfinished run. */
        RequestTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service is temporarily unable to handle the request (overload or maintenance). Retry with backoff; honour `Retry-After` when sent. Rely on the status code, not on the error `type`, which is not fixed for this case. Note: Apify's reference declares no 5xx responses; we declare them so clients get a typed error body. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The rate limit is exceeded: by default 60 requests per second per resource (some operations allow 200 or 400), and 250,000 requests per minute overall. Wait and retry with exponential backoff; honour `Retry-After` when sent. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No token was sent although the operation needs one, or the token sent is not valid. Send the token in the `Authorization: Bearer <token>` header (recommended) or as the `token` query parameter. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body's media type or `Content-Encoding` is not supported. Supported encodings are `br`, `gzip`, `deflate` and `identity`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
        actorId: string;
        /**
         * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
         * @example crawler-7f3a
         */
        clientKey: string;
        /**
         * @description Name of a collection defined in the store's schema. Only keys (or records) that belong to this collection are returned. The store must have a schema that defines the collection; otherwise the request fails with `invalid-collection`.
         * @example screenshots
         */
        collection: string;
        /**
         * @description Compression of the request body. Send it when the body is compressed (`br`, `gzip` or `deflate`); the server decompresses the body before use. Any other value is answered with 415 `unsupported-content-encoding`.
         * @example gzip
         */
        contentEncoding: "br" | "gzip" | "deflate" | "identity";
        /**
         * @description Opaque position from which to continue listing: the `nextCursor` value of the previous page. Omit it for the first page.
         * @example eyJyZXF1ZXN0SWQiOiJaeWg1WGszTmVOak9DOHUifQ
         */
        cursor: string;
        /**
         * @deprecated
         * @description Legacy pagination: return only requests after the request with this ID (the request itself is excluded). Use `cursor` instead. Cannot be combined with `filter`.
         * @example Zyh5Xk3NeNjOC8u
         */
        exclusiveStartId: string;
        /**
         * @description Return only keys that come after this key in UTF-8 binary order; the key itself is excluded. To read the next page, pass the `nextExclusiveStartKey` of the previous response. Omit it for the first page.
         * @example item-0099
         */
        exclusiveStartKey: string;
        /**
         * @description If `true`, the request goes to the head of the queue, so it is handed out before requests already waiting; otherwise it goes to the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
         * @example false
         */
        forefront: boolean;
        /**
         * @description If `true`, the run is aborted gracefully: it receives the `aborting` and `persistState` events so it can save its state, and it is force-stopped 30 seconds later. If `false` (the default), the run is stopped immediately. The server also accepts `1` and `0`.
         * @example true
         */
        gracefully: boolean;
        /**
         * @description How many requests from the head of the queue to return. When omitted, up to 100 are returned (the page size the Apify SDK and Apify's local storage emulators use; Apify's reference states no default). Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1 and, since no maximum is documented, none.
         * @example 100
         */
        headLimit: number;
        /**
         * @description How many requests from the head of the queue to return and lock, at most 25. When omitted, up to 25 are locked (the documented maximum, and the batch size the Apify SDK asks for; Apify's reference states no default). Note: Apify's reference types this as a number with only a maximum; we declare an integer 1–25.
         * @example 25
         */
        headLockLimit: number;
        /**
         * @description A value unique to this charge, such as `<runId>-<eventName>-<counter>`. When a request is retried with the same key, the event is charged only once, so retries after a network error or a 5xx are safe.
         * @example HG7ML7M8z78YcAPEB-result-item-42
         */
        idempotencyKey: string;
        /**
         * @description If `true` (or `1`), the response carries `Content-Disposition: attachment`, so browsers save it as a file.
         * @example false
         */
        itemsAttachment: boolean;
        /**
         * @description Forces the UTF-8 byte order mark at the start of the body on (`true` or `1`) or off (`false` or `0`). When it is omitted, a BOM is added for `csv` and left out for `json`, `jsonl`, `xml`, `html` and `rss`.
         * @example false
         */
        itemsBom: boolean;
        /**
         * @description If `true` (or `1`), return only clean items: shorthand for `skipHidden=true&skipEmpty=true`. Because empty items are dropped after paging, a page may hold fewer items than `limit`.
         * @example true
         */
        itemsClean: boolean;
        /**
         * @description Column delimiter for `format=csv`; ignored by other formats. One character, URL-encoded where needed (`%09` for a tab, `%3B` for a semicolon). Note: Apify's reference types this as a free string; we declare exactly one character.
         * @example ;
         */
        itemsDelimiter: string;
        /**
         * @description If `true` (or `1`), items are returned newest first. Only the order of stored items is reversed; `offset` then counts from the end.
         * @example false
         */
        itemsDesc: boolean;
        /**
         * @description Description of the RSS channel for `format=rss`; ignored by other formats. Defaults to a sentence naming the dataset's ID.
         * @example Offers collected by the nightly run
         */
        itemsFeedDescription: string;
        /**
         * @description Title of the RSS channel for `format=rss`; ignored by other formats. Defaults to `Dataset` followed by the dataset's name or ID.
         * @example Latest product offers
         */
        itemsFeedTitle: string;
        /**
         * @description Comma-separated list of top-level fields to keep. Output items contain only these fields, in the listed order; the rest are dropped.
         * @example url,title,price
         */
        itemsFields: string;
        /**
         * @description Comma-separated list of object fields to flatten into dotted keys, e.g. `{"seller": {"name": "Acme"}}` becomes `{"seller.name": "Acme"}`.
         * @example seller
         */
        itemsFlatten: string;
        /**
         * @description Serialization of the returned items: `json` (a JSON array), `jsonl` (one JSON object per line), `csv`, `html` (a table), `xlsx` (an Excel workbook), `xml` or `rss`. The response `Content-Type` follows the format. The tabular formats (`csv`, `html`, `xlsx`) support at most 2000 columns, with column names of at most 200 characters. Note: Apify's reference types this as a free string and lists the values only in prose; we declare the enum.
         * @example json
         */
        itemsFormat: components["schemas"]["DatasetFormat"];
        /**
         * @description Maximum number of stored items to return. Without it there is no limit and every item from `offset` on is returned (the `X-Apify-Pagination-Limit` header then holds a very large number). Like `offset`, it counts stored items, not unwound records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1.
         * @example 100
         */
        itemsLimit: number;
        /**
         * @description Number of items to skip from the start of the dataset (or from its end when `desc` is `true`). Offsets count stored items, even when `unwind` turns one item into several output records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 0.
         * @example 0
         */
        itemsOffset: number;
        /**
         * @description Comma-separated list of top-level fields to remove from every output item.
         * @example html,screenshotUrl
         */
        itemsOmit: string;
        /**
         * @description Comma-separated list of new names for the fields selected by `fields`, matched by position, so it must have as many entries as `fields`. Only valid together with `fields`.
         * @example link,heading,amount
         */
        itemsOutputFields: string;
        /**
         * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), behaves like `fields=url,pageFunctionResult,errorInfo&unwind=pageFunctionResult`.
         * @example false
         */
        itemsSimplified: boolean;
        /**
         * @description If `true` (or `1`), empty items are left out. They are dropped after paging, so a page may hold fewer items than `limit`.
         * @example false
         */
        itemsSkipEmpty: boolean;
        /**
         * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), items that have an `errorInfo` property are left out.
         * @example false
         */
        itemsSkipFailedPages: boolean;
        /**
         * @description If `true` (or `1`), `format=csv` output has no header row with the column names.
         * @example false
         */
        itemsSkipHeaderRow: boolean;
        /**
         * @description If `true` (or `1`), top-level fields whose name starts with `#` (hidden fields, e.g. `#debug`) are removed from the output items.
         * @example false
         */
        itemsSkipHidden: boolean;
        /**
         * @description Comma-separated list of fields to unwind, applied in the given order. An array field produces one output record per element, each merged into a copy of the parent item; an object field is merged into the parent item; any other value leaves the item unchanged. Records produced by unwinding keep their array order even when `desc` is `true`, and pagination still counts stored items.
         * @example offers
         */
        itemsUnwind: string;
        /**
         * @description Name of a view defined in the dataset's schema (for example `overview`); the view decides which fields are returned and how. A name the schema does not define is answered with 400 `requested-dataset-view-does-not-exist`.
         * @example overview
         */
        itemsView: string;
        /**
         * @description Name of the root element of `format=xml` output; ignored by other formats.
         * @example products
         */
        itemsXmlRoot: string;
        /**
         * @description Name of the element that wraps each item in `format=xml` output; ignored by other formats.
         * @example product
         */
        itemsXmlRow: string;
        /**
         * @description Maximum number of keys on one page.
         * @example 100
         */
        keysLimit: number;
        /**
         * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
         * @example API
         */
        lastRunOrigin: components["schemas"]["RunOrigin"];
        /**
         * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
         * @example SUCCEEDED
         */
        lastRunStatus: components["schemas"]["ActorJobStatus"];
        /**
         * @description Where the request goes when its lock ends (because it expires, or because it is deleted): `true` puts it at the head of the queue, `false` at the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
         * @example false
         */
        lockForefront: boolean;
        /**
         * @description How long the lock lasts, in seconds from now. While a request is locked, no other client (other client key or other Actor run) can lock it. Note: Apify's reference types this as a number; we declare an integer ≥ 1.
         * @example 60
         */
        lockSecs: number;
        /**
         * @description If `true` (or `1`), the log is served with `Content-Disposition: attachment`, so browsers save it as a file instead of showing it.
         * @example false
         */
        logDownload: boolean;
        /**
         * @description If `true` (or `1`), the log is returned exactly as written, including ANSI escape sequences (colours, cursor movement). By default those sequences are stripped and only printable characters are kept.
         * @example false
         */
        logRaw: boolean;
        /**
         * @description If `true` (or `1`) and the run is still running, the server keeps the response open and streams new log output as it is written, until the run finishes. If `false`, the response holds the log as it is at the moment of the call.
         * @example false
         */
        logStream: boolean;
        /**
         * @description Build of the target Actor to use, as a build tag (`latest`, `beta`) or a build number (`0.1.12`). Defaults to the target Actor's default build, usually the one tagged `latest`.
         * @example latest
         */
        metamorphBuild: string;
        /**
         * @description Only keys (or records) whose key starts with this string are returned.
         * @example item-
         */
        prefix: string;
        /**
         * @description If `true` (or `1`), the record is served with `Content-Disposition: attachment` and exactly as stored. Without it, HTML records may be altered slightly for security before they are served.
         * @example false
         */
        recordAttachment: boolean;
        /**
         * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
         * @example OUTPUT
         */
        recordKey: string;
        /**
         * @description A record signature: read this one record without a token, even when the store is restricted. It is the HMAC-SHA256 of the record key (UTF-8) with the store's `urlSigningSecretKey` as key, its first 30 hexadecimal digits (120 bits) written in base 62 with the digits `0-9a-zA-Z` (no leading zeros). It never expires and grants only the record it was computed for; a store signature (see the key listing's `signature`) is not accepted here. The `recordPublicUrl` of each key in a restricted store's key listing already carries it. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, key `INPUT`: `1clkgboPWbJLH8ccWPe60`.
         *
         *     A signature that does not verify or was made for another key is answered with 403 `invalid-signature`, also when a token is sent.
         * @example 1clkgboPWbJLH8ccWPe60
         */
        recordSignature: string;
        /**
         * @description ID of the request in the request queue, as returned when the request was added.
         * @example Zyh5Xk3NeNjOC8u
         */
        requestId: string;
        /**
         * @description Return only requests in the given states, as a comma-separated list: `pending` (not yet handled) and/or `locked` (currently locked by some client). With both values, requests in either state are returned. Cannot be combined with `exclusiveStartId`.
         * @example [
         *       "pending"
         *     ]
         */
        requestsFilter: components["schemas"]["RequestState"][];
        /**
         * @description Maximum number of requests on one page. Note: Apify's reference types this as a number and gives the maximum (10000) only in prose; we declare an integer 1–10000.
         * @example 1000
         */
        requestsLimit: number;
        /**
         * @description Build to resurrect the run with, as a build tag or build number. Defaults to the exact build the run used originally (the resolved build, not whatever its tag points to now).
         * @example 0.0.36
         */
        resurrectBuild: string;
        /**
         * @description For Actors priced per dataset item: the most results the run may charge for (exposed to the run as `ACTOR_MAX_PAID_DATASET_ITEMS`). Defaults to the run's original value. Note: Apify's reference types this as a number; we declare a non-negative integer.
         * @example 1000
         */
        resurrectMaxItems: number;
        /**
         * @description For pay-per-event Actors: the most the run may charge in total, in US dollars (exposed to the run as `ACTOR_MAX_TOTAL_CHARGE_USD`). Defaults to the run's original value.
         * @example 5
         */
        resurrectMaxTotalChargeUsd: number;
        /**
         * @description Memory for the resurrected run in megabytes. Must be a power of 2 between 128 and 32768. Defaults to the run's original memory. Note: Apify's reference types this as a number without bounds; we declare an integer 128–32768.
         * @example 4096
         */
        resurrectMemory: number;
        /**
         * @description Whether the resurrected run is restarted automatically when it fails. Defaults to the run's original setting.
         * @example false
         */
        resurrectRestartOnError: boolean;
        /**
         * @description Timeout of the resurrected run in seconds, counted from the moment of resurrection. Defaults to the run's original timeout. `0` means no timeout. Note: Apify's reference types this as a number; we declare a non-negative integer.
         * @example 3600
         */
        resurrectTimeout: number;
        /**
         * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
         * @example HG7ML7M8z78YcAPEB
         */
        runId: string;
        /**
         * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
         *
         *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
         *
         *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
         * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
         */
        signature: string;
        /**
         * @description The Actor the run turns into, given by its ID or as `username~actor-name`.
         * @example HDSasDasz78YcAPEB
         */
        targetActorId: string;
        /**
         * @description How many seconds the server may hold the request open waiting for the run to reach a terminal status (`SUCCEEDED`, `FAILED`, `TIMED-OUT` or `ABORTED`). With `0` (the default) the call returns at once. The server answers as soon as the run finishes or the time is up; in both cases the response is 200 with the run as it is at that moment, so a run still `RUNNING` after the wait is not an error. Values larger than 60 are capped at 60 by the server rather than rejected; to wait longer, repeat the call. Note: Apify's reference types this as a number without bounds or default; we declare an integer 0–60, default 0.
         * @example 60
         */
        waitForFinish: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Present when the caller asked for a download (`attachment=true`, or `download=true` for logs): `attachment`, with a suggested file name, so browsers save the body as a file instead of displaying it.
         * @example attachment; filename="OUTPUT.json"
         */
        ContentDisposition: string;
        /**
         * @description Absolute URL of the resource the response refers to: after a write, the URL where the written data can be read; on a redirect, the URL to fetch instead.
         * @example https://api.apify.com/v2/key-value-stores/WkzbQMuFYuamGv3YF/records/OUTPUT
         */
        Location: string;
        /**
         * @description Compression of the response body. A record stored compressed is served with its stored encoding when the request's `Accept-Encoding` allows it; otherwise the server decompresses it and omits this header.
         * @example gzip
         */
        ResponseContentEncoding: "br" | "gzip" | "deflate" | "identity";
        /**
         * @description How many seconds to wait before retrying. When it is absent, back off exponentially: start at about 500 ms, sleep a random time between the delay and twice the delay, and double the delay after each attempt. Note: Apify's reference does not declare this header; clients should honour it when it is present.
         * @example 2
         */
        RetryAfter: number;
        /**
         * @description How many stored items this page covers. When `clean`, `skipEmpty` or `skipHidden` drop items, or `unwind` expands them, the number of records in the body can differ from this value, so clients that need the exact number should count the body. Note: Apify's reference types this header as a string; we declare an integer ≥ 0.
         * @example 2
         */
        XApifyPaginationCount: number;
        /**
         * @description Whether the items were returned newest first (`true`) or in insertion order (`false`), echoing the `desc` parameter. Note: not declared in Apify's reference, but sent by the server and read by the official clients.
         * @example false
         */
        XApifyPaginationDesc: boolean;
        /**
         * @description The limit that was applied. When the request set no limit, this is a very large number (`999999999999`). Note: Apify's reference types this header as a string; we declare an integer ≥ 0.
         * @example 100
         */
        XApifyPaginationLimit: number;
        /**
         * @description The offset that was applied: how many stored items were skipped. Note: Apify's reference types this header as a string; we declare an integer ≥ 0.
         * @example 0
         */
        XApifyPaginationOffset: number;
        /**
         * @description Total number of items stored in the dataset at the time of the call. Note: Apify's reference types this header as a string; we declare an integer ≥ 0.
         * @example 2
         */
        XApifyPaginationTotal: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    actorRun_get: {
        parameters: {
            query?: {
                /**
                 * @description How many seconds the server may hold the request open waiting for the run to reach a terminal status (`SUCCEEDED`, `FAILED`, `TIMED-OUT` or `ABORTED`). With `0` (the default) the call returns at once. The server answers as soon as the run finishes or the time is up; in both cases the response is 200 with the run as it is at that moment, so a run still `RUNNING` after the wait is not an error. Values larger than 60 are capped at 60 by the server rather than rejected; to wait longer, repeat the call. Note: Apify's reference types this as a number without bounds or default; we declare an integer 0–60, default 0.
                 * @example 60
                 */
                waitForFinish?: components["parameters"]["waitForFinish"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. After `waitForFinish` it is in a terminal status if it finished in time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRunRequest"];
            };
        };
        responses: {
            /** @description The updated run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run was deleted. The response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_resurrect_post: {
        parameters: {
            query?: {
                /**
                 * @description Build to resurrect the run with, as a build tag or build number. Defaults to the exact build the run used originally (the resolved build, not whatever its tag points to now).
                 * @example 0.0.36
                 */
                build?: components["parameters"]["resurrectBuild"];
                /**
                 * @description Timeout of the resurrected run in seconds, counted from the moment of resurrection. Defaults to the run's original timeout. `0` means no timeout. Note: Apify's reference types this as a number; we declare a non-negative integer.
                 * @example 3600
                 */
                timeout?: components["parameters"]["resurrectTimeout"];
                /**
                 * @description Memory for the resurrected run in megabytes. Must be a power of 2 between 128 and 32768. Defaults to the run's original memory. Note: Apify's reference types this as a number without bounds; we declare an integer 128–32768.
                 * @example 4096
                 */
                memory?: components["parameters"]["resurrectMemory"];
                /**
                 * @description For Actors priced per dataset item: the most results the run may charge for (exposed to the run as `ACTOR_MAX_PAID_DATASET_ITEMS`). Defaults to the run's original value. Note: Apify's reference types this as a number; we declare a non-negative integer.
                 * @example 1000
                 */
                maxItems?: components["parameters"]["resurrectMaxItems"];
                /**
                 * @description For pay-per-event Actors: the most the run may charge in total, in US dollars (exposed to the run as `ACTOR_MAX_TOTAL_CHARGE_USD`). Defaults to the run's original value.
                 * @example 5
                 */
                maxTotalChargeUsd?: components["parameters"]["resurrectMaxTotalChargeUsd"];
                /**
                 * @description Whether the resurrected run is restarted automatically when it fails. Defaults to the run's original setting.
                 * @example false
                 */
                restartOnError?: components["parameters"]["resurrectRestartOnError"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resurrected run, normally in status `RUNNING` (or `READY` while it waits for a worker). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_charge_post: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A value unique to this charge, such as `<runId>-<eventName>-<counter>`. When a request is retried with the same key, the event is charged only once, so retries after a network error or a 5xx are safe.
                 * @example HG7ML7M8z78YcAPEB-result-item-42
                 */
                "idempotency-key"?: components["parameters"]["idempotencyKey"];
            };
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The event to charge and how many times. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargeRunRequest"];
            };
        };
        responses: {
            /** @description The event was charged. The body is an empty object. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_abort_post: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the run is aborted gracefully: it receives the `aborting` and `persistState` events so it can save its state, and it is force-stopped 30 seconds later. If `false` (the default), the run is stopped immediately. The server also accepts `1` and `0`.
                 * @example true
                 */
                gracefully?: components["parameters"]["gracefully"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run after the abort request, usually `ABORTING` (graceful) or `ABORTED`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_metamorph_post: {
        parameters: {
            query: {
                /**
                 * @description The Actor the run turns into, given by its ID or as `username~actor-name`.
                 * @example HDSasDasz78YcAPEB
                 */
                targetActorId: components["parameters"]["targetActorId"];
                /**
                 * @description Build of the target Actor to use, as a build tag (`latest`, `beta`) or a build number (`0.1.12`). Defaults to the target Actor's default build, usually the one tagged `latest`.
                 * @example latest
                 */
                build?: components["parameters"]["metamorphBuild"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description Input for the target Actor. JSON by default; any other content type is stored as sent. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MetamorphInput"];
                "*/*": string;
            };
        };
        responses: {
            /** @description The run, now running the target Actor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_reboot_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rebooted run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_log_get: {
        parameters: {
            query?: {
                /**
                 * @description If `true` (or `1`) and the run is still running, the server keeps the response open and streams new log output as it is written, until the run finishes. If `false`, the response holds the log as it is at the moment of the call.
                 * @example false
                 */
                stream?: components["parameters"]["logStream"];
                /**
                 * @description If `true` (or `1`), the log is served with `Content-Disposition: attachment`, so browsers save it as a file instead of showing it.
                 * @example false
                 */
                download?: components["parameters"]["logDownload"];
                /**
                 * @description If `true` (or `1`), the log is returned exactly as written, including ANSI escape sequences (colours, cursor movement). By default those sequences are stripped and only printable characters are kept.
                 * @example false
                 */
                raw?: components["parameters"]["logRaw"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log text. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example 2026-08-05T10:12:03.114Z ACTOR: Pulling container image of build 0.0.36 from registry.
                     *     2026-08-05T10:12:04.870Z ACTOR: Creating container.
                     *     2026-08-05T10:12:05.402Z ACTOR: Starting container.
                     *     2026-08-05T10:12:07.955Z INFO  CheerioCrawler: Starting the crawler.
                     *     2026-08-05T10:12:19.331Z INFO  CheerioCrawler: All requests from the queue have been processed, the crawler will shut down.
                     *     2026-08-05T10:12:19.640Z INFO  CheerioCrawler: Finished! Total 12 requests: 12 succeeded, 0 failed.
                     */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_dataset_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_dataset_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStorageRequest"];
            };
        };
        responses: {
            /** @description The updated dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_dataset_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_dataset_items_get: {
        parameters: {
            query?: {
                /**
                 * @description Serialization of the returned items: `json` (a JSON array), `jsonl` (one JSON object per line), `csv`, `html` (a table), `xlsx` (an Excel workbook), `xml` or `rss`. The response `Content-Type` follows the format. The tabular formats (`csv`, `html`, `xlsx`) support at most 2000 columns, with column names of at most 200 characters. Note: Apify's reference types this as a free string and lists the values only in prose; we declare the enum.
                 * @example json
                 */
                format?: components["parameters"]["itemsFormat"];
                /**
                 * @description If `true` (or `1`), return only clean items: shorthand for `skipHidden=true&skipEmpty=true`. Because empty items are dropped after paging, a page may hold fewer items than `limit`.
                 * @example true
                 */
                clean?: components["parameters"]["itemsClean"];
                /**
                 * @description Number of items to skip from the start of the dataset (or from its end when `desc` is `true`). Offsets count stored items, even when `unwind` turns one item into several output records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 0.
                 * @example 0
                 */
                offset?: components["parameters"]["itemsOffset"];
                /**
                 * @description Maximum number of stored items to return. Without it there is no limit and every item from `offset` on is returned (the `X-Apify-Pagination-Limit` header then holds a very large number). Like `offset`, it counts stored items, not unwound records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1.
                 * @example 100
                 */
                limit?: components["parameters"]["itemsLimit"];
                /**
                 * @description Comma-separated list of top-level fields to keep. Output items contain only these fields, in the listed order; the rest are dropped.
                 * @example url,title,price
                 */
                fields?: components["parameters"]["itemsFields"];
                /**
                 * @description Comma-separated list of new names for the fields selected by `fields`, matched by position, so it must have as many entries as `fields`. Only valid together with `fields`.
                 * @example link,heading,amount
                 */
                outputFields?: components["parameters"]["itemsOutputFields"];
                /**
                 * @description Comma-separated list of top-level fields to remove from every output item.
                 * @example html,screenshotUrl
                 */
                omit?: components["parameters"]["itemsOmit"];
                /**
                 * @description Comma-separated list of fields to unwind, applied in the given order. An array field produces one output record per element, each merged into a copy of the parent item; an object field is merged into the parent item; any other value leaves the item unchanged. Records produced by unwinding keep their array order even when `desc` is `true`, and pagination still counts stored items.
                 * @example offers
                 */
                unwind?: components["parameters"]["itemsUnwind"];
                /**
                 * @description Comma-separated list of object fields to flatten into dotted keys, e.g. `{"seller": {"name": "Acme"}}` becomes `{"seller.name": "Acme"}`.
                 * @example seller
                 */
                flatten?: components["parameters"]["itemsFlatten"];
                /**
                 * @description If `true` (or `1`), items are returned newest first. Only the order of stored items is reversed; `offset` then counts from the end.
                 * @example false
                 */
                desc?: components["parameters"]["itemsDesc"];
                /**
                 * @description If `true` (or `1`), the response carries `Content-Disposition: attachment`, so browsers save it as a file.
                 * @example false
                 */
                attachment?: components["parameters"]["itemsAttachment"];
                /**
                 * @description Column delimiter for `format=csv`; ignored by other formats. One character, URL-encoded where needed (`%09` for a tab, `%3B` for a semicolon). Note: Apify's reference types this as a free string; we declare exactly one character.
                 * @example ;
                 */
                delimiter?: components["parameters"]["itemsDelimiter"];
                /**
                 * @description Forces the UTF-8 byte order mark at the start of the body on (`true` or `1`) or off (`false` or `0`). When it is omitted, a BOM is added for `csv` and left out for `json`, `jsonl`, `xml`, `html` and `rss`.
                 * @example false
                 */
                bom?: components["parameters"]["itemsBom"];
                /**
                 * @description Name of the root element of `format=xml` output; ignored by other formats.
                 * @example products
                 */
                xmlRoot?: components["parameters"]["itemsXmlRoot"];
                /**
                 * @description Name of the element that wraps each item in `format=xml` output; ignored by other formats.
                 * @example product
                 */
                xmlRow?: components["parameters"]["itemsXmlRow"];
                /**
                 * @description If `true` (or `1`), `format=csv` output has no header row with the column names.
                 * @example false
                 */
                skipHeaderRow?: components["parameters"]["itemsSkipHeaderRow"];
                /**
                 * @description If `true` (or `1`), top-level fields whose name starts with `#` (hidden fields, e.g. `#debug`) are removed from the output items.
                 * @example false
                 */
                skipHidden?: components["parameters"]["itemsSkipHidden"];
                /**
                 * @description If `true` (or `1`), empty items are left out. They are dropped after paging, so a page may hold fewer items than `limit`.
                 * @example false
                 */
                skipEmpty?: components["parameters"]["itemsSkipEmpty"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), behaves like `fields=url,pageFunctionResult,errorInfo&unwind=pageFunctionResult`.
                 * @example false
                 */
                simplified?: components["parameters"]["itemsSimplified"];
                /**
                 * @description Name of a view defined in the dataset's schema (for example `overview`); the view decides which fields are returned and how. A name the schema does not define is answered with 400 `requested-dataset-view-does-not-exist`.
                 * @example overview
                 */
                view?: components["parameters"]["itemsView"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), items that have an `errorInfo` property are left out.
                 * @example false
                 */
                skipFailedPages?: components["parameters"]["itemsSkipFailedPages"];
                /**
                 * @description Title of the RSS channel for `format=rss`; ignored by other formats. Defaults to `Dataset` followed by the dataset's name or ID.
                 * @example Latest product offers
                 */
                feedTitle?: components["parameters"]["itemsFeedTitle"];
                /**
                 * @description Description of the RSS channel for `format=rss`; ignored by other formats. Defaults to a sentence naming the dataset's ID.
                 * @example Offers collected by the nightly run
                 */
                feedDescription?: components["parameters"]["itemsFeedDescription"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, serialized as `format` requests. The media type of the body follows `format`: `json` → `application/json`, `jsonl` → `application/jsonl`, `csv` → `text/csv`, `html` → `text/html`, `xlsx` → `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, `xml` → `application/xml`, `rss` → `application/rss+xml`. */
            200: {
                headers: {
                    "X-Apify-Pagination-Offset": components["headers"]["XApifyPaginationOffset"];
                    "X-Apify-Pagination-Limit": components["headers"]["XApifyPaginationLimit"];
                    "X-Apify-Pagination-Count": components["headers"]["XApifyPaginationCount"];
                    "X-Apify-Pagination-Total": components["headers"]["XApifyPaginationTotal"];
                    "X-Apify-Pagination-Desc": components["headers"]["XApifyPaginationDesc"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetItems"];
                    /**
                     * @example {"url":"https://www.example.com/products/1","title":"Trail running shoes","price":89.9}
                     *     {"url":"https://www.example.com/products/2","title":"Rain jacket","price":129}
                     */
                    "application/jsonl": string;
                    /**
                     * @example url,title,price
                     *     https://www.example.com/products/1,Trail running shoes,89.9
                     *     https://www.example.com/products/2,Rain jacket,129
                     */
                    "text/csv": string;
                    /** @example <table><tr><th>url</th><th>title</th><th>price</th></tr><tr><td>https://www.example.com/products/1</td><td>Trail running shoes</td><td>89.9</td></tr></table> */
                    "text/html": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <items>
                     *       <item><url>https://www.example.com/products/1</url><title>Trail running shoes</title><price>89.9</price></item>
                     *       <item><url>https://www.example.com/products/2</url><title>Rain jacket</title><price>129</price></item>
                     *     </items>
                     */
                    "application/xml": string;
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <rss version="2.0">
                     *       <channel>
                     *         <title>Latest product offers</title>
                     *         <description>Offers collected by the nightly run</description>
                     *         <item><title>Trail running shoes</title><link>https://www.example.com/products/1</link></item>
                     *       </channel>
                     *     </rss>
                     */
                    "application/rss+xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_dataset_items_post: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Compression of the request body. Send it when the body is compressed (`br`, `gzip` or `deflate`); the server decompresses the body before use. Any other value is answered with 415 `unsupported-content-encoding`.
                 * @example gzip
                 */
                "Content-Encoding"?: components["parameters"]["contentEncoding"];
            };
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The items, as an array. The API also accepts a single object in place of an array of one (see `PushItemsRequest`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushItemsRequest"];
            };
        };
        responses: {
            /** @description The items were stored. The body is an empty object. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            /** @description The body is not valid: either it is not a JSON object or array of objects (a plain error), or at least one item fails the dataset's schema (`schema-validation-error`, with the details of every invalid item under `error.data.invalidItems`). In both cases nothing was stored. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushItemsErrorResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_dataset_items_head: {
        parameters: {
            query?: {
                /**
                 * @description Serialization of the returned items: `json` (a JSON array), `jsonl` (one JSON object per line), `csv`, `html` (a table), `xlsx` (an Excel workbook), `xml` or `rss`. The response `Content-Type` follows the format. The tabular formats (`csv`, `html`, `xlsx`) support at most 2000 columns, with column names of at most 200 characters. Note: Apify's reference types this as a free string and lists the values only in prose; we declare the enum.
                 * @example json
                 */
                format?: components["parameters"]["itemsFormat"];
                /**
                 * @description If `true` (or `1`), return only clean items: shorthand for `skipHidden=true&skipEmpty=true`. Because empty items are dropped after paging, a page may hold fewer items than `limit`.
                 * @example true
                 */
                clean?: components["parameters"]["itemsClean"];
                /**
                 * @description Number of items to skip from the start of the dataset (or from its end when `desc` is `true`). Offsets count stored items, even when `unwind` turns one item into several output records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 0.
                 * @example 0
                 */
                offset?: components["parameters"]["itemsOffset"];
                /**
                 * @description Maximum number of stored items to return. Without it there is no limit and every item from `offset` on is returned (the `X-Apify-Pagination-Limit` header then holds a very large number). Like `offset`, it counts stored items, not unwound records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1.
                 * @example 100
                 */
                limit?: components["parameters"]["itemsLimit"];
                /**
                 * @description Comma-separated list of top-level fields to keep. Output items contain only these fields, in the listed order; the rest are dropped.
                 * @example url,title,price
                 */
                fields?: components["parameters"]["itemsFields"];
                /**
                 * @description Comma-separated list of new names for the fields selected by `fields`, matched by position, so it must have as many entries as `fields`. Only valid together with `fields`.
                 * @example link,heading,amount
                 */
                outputFields?: components["parameters"]["itemsOutputFields"];
                /**
                 * @description Comma-separated list of top-level fields to remove from every output item.
                 * @example html,screenshotUrl
                 */
                omit?: components["parameters"]["itemsOmit"];
                /**
                 * @description Comma-separated list of fields to unwind, applied in the given order. An array field produces one output record per element, each merged into a copy of the parent item; an object field is merged into the parent item; any other value leaves the item unchanged. Records produced by unwinding keep their array order even when `desc` is `true`, and pagination still counts stored items.
                 * @example offers
                 */
                unwind?: components["parameters"]["itemsUnwind"];
                /**
                 * @description Comma-separated list of object fields to flatten into dotted keys, e.g. `{"seller": {"name": "Acme"}}` becomes `{"seller.name": "Acme"}`.
                 * @example seller
                 */
                flatten?: components["parameters"]["itemsFlatten"];
                /**
                 * @description If `true` (or `1`), items are returned newest first. Only the order of stored items is reversed; `offset` then counts from the end.
                 * @example false
                 */
                desc?: components["parameters"]["itemsDesc"];
                /**
                 * @description If `true` (or `1`), the response carries `Content-Disposition: attachment`, so browsers save it as a file.
                 * @example false
                 */
                attachment?: components["parameters"]["itemsAttachment"];
                /**
                 * @description Column delimiter for `format=csv`; ignored by other formats. One character, URL-encoded where needed (`%09` for a tab, `%3B` for a semicolon). Note: Apify's reference types this as a free string; we declare exactly one character.
                 * @example ;
                 */
                delimiter?: components["parameters"]["itemsDelimiter"];
                /**
                 * @description Forces the UTF-8 byte order mark at the start of the body on (`true` or `1`) or off (`false` or `0`). When it is omitted, a BOM is added for `csv` and left out for `json`, `jsonl`, `xml`, `html` and `rss`.
                 * @example false
                 */
                bom?: components["parameters"]["itemsBom"];
                /**
                 * @description Name of the root element of `format=xml` output; ignored by other formats.
                 * @example products
                 */
                xmlRoot?: components["parameters"]["itemsXmlRoot"];
                /**
                 * @description Name of the element that wraps each item in `format=xml` output; ignored by other formats.
                 * @example product
                 */
                xmlRow?: components["parameters"]["itemsXmlRow"];
                /**
                 * @description If `true` (or `1`), `format=csv` output has no header row with the column names.
                 * @example false
                 */
                skipHeaderRow?: components["parameters"]["itemsSkipHeaderRow"];
                /**
                 * @description If `true` (or `1`), top-level fields whose name starts with `#` (hidden fields, e.g. `#debug`) are removed from the output items.
                 * @example false
                 */
                skipHidden?: components["parameters"]["itemsSkipHidden"];
                /**
                 * @description If `true` (or `1`), empty items are left out. They are dropped after paging, so a page may hold fewer items than `limit`.
                 * @example false
                 */
                skipEmpty?: components["parameters"]["itemsSkipEmpty"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), behaves like `fields=url,pageFunctionResult,errorInfo&unwind=pageFunctionResult`.
                 * @example false
                 */
                simplified?: components["parameters"]["itemsSimplified"];
                /**
                 * @description Name of a view defined in the dataset's schema (for example `overview`); the view decides which fields are returned and how. A name the schema does not define is answered with 400 `requested-dataset-view-does-not-exist`.
                 * @example overview
                 */
                view?: components["parameters"]["itemsView"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), items that have an `errorInfo` property are left out.
                 * @example false
                 */
                skipFailedPages?: components["parameters"]["itemsSkipFailedPages"];
                /**
                 * @description Title of the RSS channel for `format=rss`; ignored by other formats. Defaults to `Dataset` followed by the dataset's name or ID.
                 * @example Latest product offers
                 */
                feedTitle?: components["parameters"]["itemsFeedTitle"];
                /**
                 * @description Description of the RSS channel for `format=rss`; ignored by other formats. Defaults to a sentence naming the dataset's ID.
                 * @example Offers collected by the nightly run
                 */
                feedDescription?: components["parameters"]["itemsFeedDescription"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The headers of the matching GET, without its body. `Content-Type` is the media type the GET would send for `format`. */
            200: {
                headers: {
                    "X-Apify-Pagination-Offset": components["headers"]["XApifyPaginationOffset"];
                    "X-Apify-Pagination-Limit": components["headers"]["XApifyPaginationLimit"];
                    "X-Apify-Pagination-Count": components["headers"]["XApifyPaginationCount"];
                    "X-Apify-Pagination-Total": components["headers"]["XApifyPaginationTotal"];
                    "X-Apify-Pagination-Desc": components["headers"]["XApifyPaginationDesc"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadError"];
            401: components["responses"]["HeadError"];
            403: components["responses"]["HeadError"];
            /** @description The run or its default dataset does not exist (no body). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            405: components["responses"]["HeadError"];
            429: components["responses"]["HeadError"];
            500: components["responses"]["HeadError"];
            503: components["responses"]["HeadError"];
        };
    };
    actorRun_dataset_statistics_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset's field statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetStatisticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key-value store. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyValueStoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStorageRequest"];
            };
        };
        responses: {
            /** @description The updated key-value store. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyValueStoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key-value store was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_keys_get: {
        parameters: {
            query?: {
                /**
                 * @description Return only keys that come after this key in UTF-8 binary order; the key itself is excluded. To read the next page, pass the `nextExclusiveStartKey` of the previous response. Omit it for the first page.
                 * @example item-0099
                 */
                exclusiveStartKey?: components["parameters"]["exclusiveStartKey"];
                /**
                 * @description Maximum number of keys on one page.
                 * @example 100
                 */
                limit?: components["parameters"]["keysLimit"];
                /**
                 * @description Name of a collection defined in the store's schema. Only keys (or records) that belong to this collection are returned. The store must have a schema that defines the collection; otherwise the request fails with `invalid-collection`.
                 * @example screenshots
                 */
                collection?: components["parameters"]["collection"];
                /**
                 * @description Only keys (or records) whose key starts with this string are returned.
                 * @example item-
                 */
                prefix?: components["parameters"]["prefix"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOfKeysResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_records_get: {
        parameters: {
            query?: {
                /**
                 * @description Name of a collection defined in the store's schema. Only keys (or records) that belong to this collection are returned. The store must have a schema that defines the collection; otherwise the request fails with `invalid-collection`.
                 * @example screenshots
                 */
                collection?: components["parameters"]["collection"];
                /**
                 * @description Only keys (or records) whose key starts with this string are returned.
                 * @example item-
                 */
                prefix?: components["parameters"]["prefix"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ZIP archive holding the records. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_record_get: {
        parameters: {
            query?: {
                /**
                 * @description A record signature: read this one record without a token, even when the store is restricted. It is the HMAC-SHA256 of the record key (UTF-8) with the store's `urlSigningSecretKey` as key, its first 30 hexadecimal digits (120 bits) written in base 62 with the digits `0-9a-zA-Z` (no leading zeros). It never expires and grants only the record it was computed for; a store signature (see the key listing's `signature`) is not accepted here. The `recordPublicUrl` of each key in a restricted store's key listing already carries it. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, key `INPUT`: `1clkgboPWbJLH8ccWPe60`.
                 *
                 *     A signature that does not verify or was made for another key is answered with 403 `invalid-signature`, also when a token is sent.
                 * @example 1clkgboPWbJLH8ccWPe60
                 */
                signature?: components["parameters"]["recordSignature"];
                /**
                 * @description If `true` (or `1`), the record is served with `Content-Disposition: attachment` and exactly as stored. Without it, HTML records may be altered slightly for security before they are served.
                 * @example false
                 */
                attachment?: components["parameters"]["recordAttachment"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored value. The response `Content-Type` is the media type the record was stored with; JSON records come back as `application/json`, anything else as its own type. */
            200: {
                headers: {
                    "Content-Encoding": components["headers"]["ResponseContentEncoding"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "*/*": string;
                };
            };
            /** @description The value is served from another URL; fetch the `Location`. */
            302: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_record_put: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Compression of the request body. Send it when the body is compressed (`br`, `gzip` or `deflate`); the server decompresses the body before use. Any other value is answered with 415 `unsupported-content-encoding`.
                 * @example gzip
                 */
                "Content-Encoding"?: components["parameters"]["contentEncoding"];
            };
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        /** @description The value to store, of any media type. */
        requestBody: {
            content: {
                "application/json": unknown;
                "*/*": string;
            };
        };
        responses: {
            /** @description The record was stored. The body is an empty object. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_record_post: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Compression of the request body. Send it when the body is compressed (`br`, `gzip` or `deflate`); the server decompresses the body before use. Any other value is answered with 415 `unsupported-content-encoding`.
                 * @example gzip
                 */
                "Content-Encoding"?: components["parameters"]["contentEncoding"];
            };
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        /** @description The value to store, of any media type. */
        requestBody: {
            content: {
                "application/json": unknown;
                "*/*": string;
            };
        };
        responses: {
            /** @description The record was stored. The body is an empty object. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_record_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_keyValueStore_record_head: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record exists. No body; the headers are those of the record's GET. */
            200: {
                headers: {
                    "Content-Encoding": components["headers"]["ResponseContentEncoding"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadError"];
            401: components["responses"]["HeadError"];
            403: components["responses"]["HeadError"];
            /** @description No record is stored under this key, or the run or its key-value store does not exist (no body in either case). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            405: components["responses"]["HeadError"];
            429: components["responses"]["HeadError"];
            500: components["responses"]["HeadError"];
            503: components["responses"]["HeadError"];
        };
    };
    actorRun_requestQueue_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestQueueResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStorageRequest"];
            };
        };
        responses: {
            /** @description The updated request queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestQueueResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request queue was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_requests_get: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @deprecated
                 * @description Legacy pagination: return only requests after the request with this ID (the request itself is excluded). Use `cursor` instead. Cannot be combined with `filter`.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                exclusiveStartId?: components["parameters"]["exclusiveStartId"];
                /**
                 * @description Maximum number of requests on one page. Note: Apify's reference types this as a number and gives the maximum (10000) only in prose; we declare an integer 1–10000.
                 * @example 1000
                 */
                limit?: components["parameters"]["requestsLimit"];
                /**
                 * @description Opaque position from which to continue listing: the `nextCursor` value of the previous page. Omit it for the first page.
                 * @example eyJyZXF1ZXN0SWQiOiJaeWg1WGszTmVOak9DOHUifQ
                 */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Return only requests in the given states, as a comma-separated list: `pending` (not yet handled) and/or `locked` (currently locked by some client). With both values, requests in either state are returned. Cannot be combined with `exclusiveStartId`.
                 * @example [
                 *       "pending"
                 *     ]
                 */
                filter?: components["parameters"]["requestsFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOfRequestsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_requests_post: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description If `true`, the request goes to the head of the queue, so it is handed out before requests already waiting; otherwise it goes to the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["forefront"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The request to add. `id` is assigned by the server and must not be sent. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestWithoutId"];
            };
        };
        responses: {
            /** @description The request was added, or an existing request with the same `uniqueKey` was found. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestRegistrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_requests_batch_post: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description If `true`, the request goes to the head of the queue, so it is handed out before requests already waiting; otherwise it goes to the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["forefront"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The requests to add, 1 to 25 of them. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchAddRequest"];
            };
        };
        responses: {
            /** @description The batch was processed; each request is listed as processed or unprocessed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchAddResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_requests_batch_delete: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        /** @description The requests to delete, 1 to 25 of them, each given by `id` or `uniqueKey`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchDeleteRequest"];
            };
        };
        responses: {
            /** @description The batch was processed; each request is listed as processed or unprocessed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_requests_unlock_post: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The locks were released. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_request_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_request_put: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the request goes to the head of the queue, so it is handed out before requests already waiting; otherwise it goes to the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["forefront"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        /** @description The new state of the request. The request's ID is taken from the path. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestWithoutId"];
            };
        };
        responses: {
            /** @description The request was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestRegistrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_request_delete: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_request_lock_put: {
        parameters: {
            query: {
                /**
                 * @description How long the lock lasts, in seconds from now. While a request is locked, no other client (other client key or other Actor run) can lock it. Note: Apify's reference types this as a number; we declare an integer ≥ 1.
                 * @example 60
                 */
                lockSecs: components["parameters"]["lockSecs"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description Where the request goes when its lock ends (because it expires, or because it is deleted): `true` puts it at the head of the queue, `false` at the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["lockForefront"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lock was prolonged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestLockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_request_lock_delete: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description Where the request goes when its lock ends (because it expires, or because it is deleted): `true` puts it at the head of the queue, `false` at the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["lockForefront"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lock was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_head_get: {
        parameters: {
            query?: {
                /**
                 * @description How many requests from the head of the queue to return. When omitted, up to 100 are returned (the page size the Apify SDK and Apify's local storage emulators use; Apify's reference states no default). Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1 and, since no maximum is documented, none.
                 * @example 100
                 */
                limit?: components["parameters"]["headLimit"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The head of the queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    actorRun_requestQueue_head_lock_post: {
        parameters: {
            query: {
                /**
                 * @description How long the lock lasts, in seconds from now. While a request is locked, no other client (other client key or other Actor run) can lock it. Note: Apify's reference types this as a number; we declare an integer ≥ 1.
                 * @example 60
                 */
                lockSecs: components["parameters"]["lockSecs"];
                /**
                 * @description How many requests from the head of the queue to return and lock, at most 25. When omitted, up to 25 are locked (the documented maximum, and the batch size the Apify SDK asks for; Apify's reference states no default). Note: Apify's reference types this as a number with only a maximum; we declare an integer 1–25.
                 * @example 25
                 */
                limit?: components["parameters"]["headLockLimit"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the Actor run. Run IDs are long random strings that are hard to guess, which is why reading a run by its ID works without a token.
                 * @example HG7ML7M8z78YcAPEB
                 */
                runId: components["parameters"]["runId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The returned requests are now locked by the caller. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LockedHeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description How many seconds the server may hold the request open waiting for the run to reach a terminal status (`SUCCEEDED`, `FAILED`, `TIMED-OUT` or `ABORTED`). With `0` (the default) the call returns at once. The server answers as soon as the run finishes or the time is up; in both cases the response is 200 with the run as it is at that moment, so a run still `RUNNING` after the wait is not an error. Values larger than 60 are capped at 60 by the server rather than rejected; to wait longer, repeat the call. Note: Apify's reference types this as a number without bounds or default; we declare an integer 0–60, default 0.
                 * @example 60
                 */
                waitForFinish?: components["parameters"]["waitForFinish"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The most recent matching run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_abort_post: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description If `true`, the run is aborted gracefully: it receives the `aborting` and `persistState` events so it can save its state, and it is force-stopped 30 seconds later. If `false` (the default), the run is stopped immediately. The server also accepts `1` and `0`.
                 * @example true
                 */
                gracefully?: components["parameters"]["gracefully"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run after the abort request, usually `ABORTING` (graceful) or `ABORTED`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_metamorph_post: {
        parameters: {
            query: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description The Actor the run turns into, given by its ID or as `username~actor-name`.
                 * @example HDSasDasz78YcAPEB
                 */
                targetActorId: components["parameters"]["targetActorId"];
                /**
                 * @description Build of the target Actor to use, as a build tag (`latest`, `beta`) or a build number (`0.1.12`). Defaults to the target Actor's default build, usually the one tagged `latest`.
                 * @example latest
                 */
                build?: components["parameters"]["metamorphBuild"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description Input for the target Actor. JSON by default; any other content type is stored as sent. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MetamorphInput"];
                "*/*": string;
            };
        };
        responses: {
            /** @description The run, now running the target Actor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_reboot_post: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rebooted run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_log_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description If `true` (or `1`) and the run is still running, the server keeps the response open and streams new log output as it is written, until the run finishes. If `false`, the response holds the log as it is at the moment of the call.
                 * @example false
                 */
                stream?: components["parameters"]["logStream"];
                /**
                 * @description If `true` (or `1`), the log is served with `Content-Disposition: attachment`, so browsers save it as a file instead of showing it.
                 * @example false
                 */
                download?: components["parameters"]["logDownload"];
                /**
                 * @description If `true` (or `1`), the log is returned exactly as written, including ANSI escape sequences (colours, cursor movement). By default those sequences are stripped and only printable characters are kept.
                 * @example false
                 */
                raw?: components["parameters"]["logRaw"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log text. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example 2026-08-05T10:12:03.114Z ACTOR: Pulling container image of build 0.0.36 from registry.
                     *     2026-08-05T10:12:04.870Z ACTOR: Creating container.
                     *     2026-08-05T10:12:05.402Z ACTOR: Starting container.
                     *     2026-08-05T10:12:07.955Z INFO  CheerioCrawler: Starting the crawler.
                     *     2026-08-05T10:12:19.331Z INFO  CheerioCrawler: All requests from the queue have been processed, the crawler will shut down.
                     *     2026-08-05T10:12:19.640Z INFO  CheerioCrawler: Finished! Total 12 requests: 12 succeeded, 0 failed.
                     */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_dataset_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_dataset_put: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStorageRequest"];
            };
        };
        responses: {
            /** @description The updated dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_dataset_delete: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_dataset_items_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Serialization of the returned items: `json` (a JSON array), `jsonl` (one JSON object per line), `csv`, `html` (a table), `xlsx` (an Excel workbook), `xml` or `rss`. The response `Content-Type` follows the format. The tabular formats (`csv`, `html`, `xlsx`) support at most 2000 columns, with column names of at most 200 characters. Note: Apify's reference types this as a free string and lists the values only in prose; we declare the enum.
                 * @example json
                 */
                format?: components["parameters"]["itemsFormat"];
                /**
                 * @description If `true` (or `1`), return only clean items: shorthand for `skipHidden=true&skipEmpty=true`. Because empty items are dropped after paging, a page may hold fewer items than `limit`.
                 * @example true
                 */
                clean?: components["parameters"]["itemsClean"];
                /**
                 * @description Number of items to skip from the start of the dataset (or from its end when `desc` is `true`). Offsets count stored items, even when `unwind` turns one item into several output records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 0.
                 * @example 0
                 */
                offset?: components["parameters"]["itemsOffset"];
                /**
                 * @description Maximum number of stored items to return. Without it there is no limit and every item from `offset` on is returned (the `X-Apify-Pagination-Limit` header then holds a very large number). Like `offset`, it counts stored items, not unwound records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1.
                 * @example 100
                 */
                limit?: components["parameters"]["itemsLimit"];
                /**
                 * @description Comma-separated list of top-level fields to keep. Output items contain only these fields, in the listed order; the rest are dropped.
                 * @example url,title,price
                 */
                fields?: components["parameters"]["itemsFields"];
                /**
                 * @description Comma-separated list of new names for the fields selected by `fields`, matched by position, so it must have as many entries as `fields`. Only valid together with `fields`.
                 * @example link,heading,amount
                 */
                outputFields?: components["parameters"]["itemsOutputFields"];
                /**
                 * @description Comma-separated list of top-level fields to remove from every output item.
                 * @example html,screenshotUrl
                 */
                omit?: components["parameters"]["itemsOmit"];
                /**
                 * @description Comma-separated list of fields to unwind, applied in the given order. An array field produces one output record per element, each merged into a copy of the parent item; an object field is merged into the parent item; any other value leaves the item unchanged. Records produced by unwinding keep their array order even when `desc` is `true`, and pagination still counts stored items.
                 * @example offers
                 */
                unwind?: components["parameters"]["itemsUnwind"];
                /**
                 * @description Comma-separated list of object fields to flatten into dotted keys, e.g. `{"seller": {"name": "Acme"}}` becomes `{"seller.name": "Acme"}`.
                 * @example seller
                 */
                flatten?: components["parameters"]["itemsFlatten"];
                /**
                 * @description If `true` (or `1`), items are returned newest first. Only the order of stored items is reversed; `offset` then counts from the end.
                 * @example false
                 */
                desc?: components["parameters"]["itemsDesc"];
                /**
                 * @description If `true` (or `1`), the response carries `Content-Disposition: attachment`, so browsers save it as a file.
                 * @example false
                 */
                attachment?: components["parameters"]["itemsAttachment"];
                /**
                 * @description Column delimiter for `format=csv`; ignored by other formats. One character, URL-encoded where needed (`%09` for a tab, `%3B` for a semicolon). Note: Apify's reference types this as a free string; we declare exactly one character.
                 * @example ;
                 */
                delimiter?: components["parameters"]["itemsDelimiter"];
                /**
                 * @description Forces the UTF-8 byte order mark at the start of the body on (`true` or `1`) or off (`false` or `0`). When it is omitted, a BOM is added for `csv` and left out for `json`, `jsonl`, `xml`, `html` and `rss`.
                 * @example false
                 */
                bom?: components["parameters"]["itemsBom"];
                /**
                 * @description Name of the root element of `format=xml` output; ignored by other formats.
                 * @example products
                 */
                xmlRoot?: components["parameters"]["itemsXmlRoot"];
                /**
                 * @description Name of the element that wraps each item in `format=xml` output; ignored by other formats.
                 * @example product
                 */
                xmlRow?: components["parameters"]["itemsXmlRow"];
                /**
                 * @description If `true` (or `1`), `format=csv` output has no header row with the column names.
                 * @example false
                 */
                skipHeaderRow?: components["parameters"]["itemsSkipHeaderRow"];
                /**
                 * @description If `true` (or `1`), top-level fields whose name starts with `#` (hidden fields, e.g. `#debug`) are removed from the output items.
                 * @example false
                 */
                skipHidden?: components["parameters"]["itemsSkipHidden"];
                /**
                 * @description If `true` (or `1`), empty items are left out. They are dropped after paging, so a page may hold fewer items than `limit`.
                 * @example false
                 */
                skipEmpty?: components["parameters"]["itemsSkipEmpty"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), behaves like `fields=url,pageFunctionResult,errorInfo&unwind=pageFunctionResult`.
                 * @example false
                 */
                simplified?: components["parameters"]["itemsSimplified"];
                /**
                 * @description Name of a view defined in the dataset's schema (for example `overview`); the view decides which fields are returned and how. A name the schema does not define is answered with 400 `requested-dataset-view-does-not-exist`.
                 * @example overview
                 */
                view?: components["parameters"]["itemsView"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), items that have an `errorInfo` property are left out.
                 * @example false
                 */
                skipFailedPages?: components["parameters"]["itemsSkipFailedPages"];
                /**
                 * @description Title of the RSS channel for `format=rss`; ignored by other formats. Defaults to `Dataset` followed by the dataset's name or ID.
                 * @example Latest product offers
                 */
                feedTitle?: components["parameters"]["itemsFeedTitle"];
                /**
                 * @description Description of the RSS channel for `format=rss`; ignored by other formats. Defaults to a sentence naming the dataset's ID.
                 * @example Offers collected by the nightly run
                 */
                feedDescription?: components["parameters"]["itemsFeedDescription"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, serialized as `format` requests. The media type of the body follows `format`: `json` → `application/json`, `jsonl` → `application/jsonl`, `csv` → `text/csv`, `html` → `text/html`, `xlsx` → `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, `xml` → `application/xml`, `rss` → `application/rss+xml`. */
            200: {
                headers: {
                    "X-Apify-Pagination-Offset": components["headers"]["XApifyPaginationOffset"];
                    "X-Apify-Pagination-Limit": components["headers"]["XApifyPaginationLimit"];
                    "X-Apify-Pagination-Count": components["headers"]["XApifyPaginationCount"];
                    "X-Apify-Pagination-Total": components["headers"]["XApifyPaginationTotal"];
                    "X-Apify-Pagination-Desc": components["headers"]["XApifyPaginationDesc"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetItems"];
                    /**
                     * @example {"url":"https://www.example.com/products/1","title":"Trail running shoes","price":89.9}
                     *     {"url":"https://www.example.com/products/2","title":"Rain jacket","price":129}
                     */
                    "application/jsonl": string;
                    /**
                     * @example url,title,price
                     *     https://www.example.com/products/1,Trail running shoes,89.9
                     *     https://www.example.com/products/2,Rain jacket,129
                     */
                    "text/csv": string;
                    /** @example <table><tr><th>url</th><th>title</th><th>price</th></tr><tr><td>https://www.example.com/products/1</td><td>Trail running shoes</td><td>89.9</td></tr></table> */
                    "text/html": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <items>
                     *       <item><url>https://www.example.com/products/1</url><title>Trail running shoes</title><price>89.9</price></item>
                     *       <item><url>https://www.example.com/products/2</url><title>Rain jacket</title><price>129</price></item>
                     *     </items>
                     */
                    "application/xml": string;
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <rss version="2.0">
                     *       <channel>
                     *         <title>Latest product offers</title>
                     *         <description>Offers collected by the nightly run</description>
                     *         <item><title>Trail running shoes</title><link>https://www.example.com/products/1</link></item>
                     *       </channel>
                     *     </rss>
                     */
                    "application/rss+xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_dataset_items_post: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: {
                /**
                 * @description Compression of the request body. Send it when the body is compressed (`br`, `gzip` or `deflate`); the server decompresses the body before use. Any other value is answered with 415 `unsupported-content-encoding`.
                 * @example gzip
                 */
                "Content-Encoding"?: components["parameters"]["contentEncoding"];
            };
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description The items, as an array. The API also accepts a single object in place of an array of one (see `PushItemsRequest`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushItemsRequest"];
            };
        };
        responses: {
            /** @description The items were stored. The body is an empty object. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            /** @description The body is not valid: either it is not a JSON object or array of objects (a plain error), or at least one item fails the dataset's schema (`schema-validation-error`, with the details of every invalid item under `error.data.invalidItems`). In both cases nothing was stored. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushItemsErrorResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_dataset_items_head: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Serialization of the returned items: `json` (a JSON array), `jsonl` (one JSON object per line), `csv`, `html` (a table), `xlsx` (an Excel workbook), `xml` or `rss`. The response `Content-Type` follows the format. The tabular formats (`csv`, `html`, `xlsx`) support at most 2000 columns, with column names of at most 200 characters. Note: Apify's reference types this as a free string and lists the values only in prose; we declare the enum.
                 * @example json
                 */
                format?: components["parameters"]["itemsFormat"];
                /**
                 * @description If `true` (or `1`), return only clean items: shorthand for `skipHidden=true&skipEmpty=true`. Because empty items are dropped after paging, a page may hold fewer items than `limit`.
                 * @example true
                 */
                clean?: components["parameters"]["itemsClean"];
                /**
                 * @description Number of items to skip from the start of the dataset (or from its end when `desc` is `true`). Offsets count stored items, even when `unwind` turns one item into several output records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 0.
                 * @example 0
                 */
                offset?: components["parameters"]["itemsOffset"];
                /**
                 * @description Maximum number of stored items to return. Without it there is no limit and every item from `offset` on is returned (the `X-Apify-Pagination-Limit` header then holds a very large number). Like `offset`, it counts stored items, not unwound records. Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1.
                 * @example 100
                 */
                limit?: components["parameters"]["itemsLimit"];
                /**
                 * @description Comma-separated list of top-level fields to keep. Output items contain only these fields, in the listed order; the rest are dropped.
                 * @example url,title,price
                 */
                fields?: components["parameters"]["itemsFields"];
                /**
                 * @description Comma-separated list of new names for the fields selected by `fields`, matched by position, so it must have as many entries as `fields`. Only valid together with `fields`.
                 * @example link,heading,amount
                 */
                outputFields?: components["parameters"]["itemsOutputFields"];
                /**
                 * @description Comma-separated list of top-level fields to remove from every output item.
                 * @example html,screenshotUrl
                 */
                omit?: components["parameters"]["itemsOmit"];
                /**
                 * @description Comma-separated list of fields to unwind, applied in the given order. An array field produces one output record per element, each merged into a copy of the parent item; an object field is merged into the parent item; any other value leaves the item unchanged. Records produced by unwinding keep their array order even when `desc` is `true`, and pagination still counts stored items.
                 * @example offers
                 */
                unwind?: components["parameters"]["itemsUnwind"];
                /**
                 * @description Comma-separated list of object fields to flatten into dotted keys, e.g. `{"seller": {"name": "Acme"}}` becomes `{"seller.name": "Acme"}`.
                 * @example seller
                 */
                flatten?: components["parameters"]["itemsFlatten"];
                /**
                 * @description If `true` (or `1`), items are returned newest first. Only the order of stored items is reversed; `offset` then counts from the end.
                 * @example false
                 */
                desc?: components["parameters"]["itemsDesc"];
                /**
                 * @description If `true` (or `1`), the response carries `Content-Disposition: attachment`, so browsers save it as a file.
                 * @example false
                 */
                attachment?: components["parameters"]["itemsAttachment"];
                /**
                 * @description Column delimiter for `format=csv`; ignored by other formats. One character, URL-encoded where needed (`%09` for a tab, `%3B` for a semicolon). Note: Apify's reference types this as a free string; we declare exactly one character.
                 * @example ;
                 */
                delimiter?: components["parameters"]["itemsDelimiter"];
                /**
                 * @description Forces the UTF-8 byte order mark at the start of the body on (`true` or `1`) or off (`false` or `0`). When it is omitted, a BOM is added for `csv` and left out for `json`, `jsonl`, `xml`, `html` and `rss`.
                 * @example false
                 */
                bom?: components["parameters"]["itemsBom"];
                /**
                 * @description Name of the root element of `format=xml` output; ignored by other formats.
                 * @example products
                 */
                xmlRoot?: components["parameters"]["itemsXmlRoot"];
                /**
                 * @description Name of the element that wraps each item in `format=xml` output; ignored by other formats.
                 * @example product
                 */
                xmlRow?: components["parameters"]["itemsXmlRow"];
                /**
                 * @description If `true` (or `1`), `format=csv` output has no header row with the column names.
                 * @example false
                 */
                skipHeaderRow?: components["parameters"]["itemsSkipHeaderRow"];
                /**
                 * @description If `true` (or `1`), top-level fields whose name starts with `#` (hidden fields, e.g. `#debug`) are removed from the output items.
                 * @example false
                 */
                skipHidden?: components["parameters"]["itemsSkipHidden"];
                /**
                 * @description If `true` (or `1`), empty items are left out. They are dropped after paging, so a page may hold fewer items than `limit`.
                 * @example false
                 */
                skipEmpty?: components["parameters"]["itemsSkipEmpty"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), behaves like `fields=url,pageFunctionResult,errorInfo&unwind=pageFunctionResult`.
                 * @example false
                 */
                simplified?: components["parameters"]["itemsSimplified"];
                /**
                 * @description Name of a view defined in the dataset's schema (for example `overview`); the view decides which fields are returned and how. A name the schema does not define is answered with 400 `requested-dataset-view-does-not-exist`.
                 * @example overview
                 */
                view?: components["parameters"]["itemsView"];
                /**
                 * @description Legacy option for results of the old Apify Crawler: if `true` (or `1`), items that have an `errorInfo` property are left out.
                 * @example false
                 */
                skipFailedPages?: components["parameters"]["itemsSkipFailedPages"];
                /**
                 * @description Title of the RSS channel for `format=rss`; ignored by other formats. Defaults to `Dataset` followed by the dataset's name or ID.
                 * @example Latest product offers
                 */
                feedTitle?: components["parameters"]["itemsFeedTitle"];
                /**
                 * @description Description of the RSS channel for `format=rss`; ignored by other formats. Defaults to a sentence naming the dataset's ID.
                 * @example Offers collected by the nightly run
                 */
                feedDescription?: components["parameters"]["itemsFeedDescription"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The headers of the matching GET, without its body. `Content-Type` is the media type the GET would send for `format`. */
            200: {
                headers: {
                    "X-Apify-Pagination-Offset": components["headers"]["XApifyPaginationOffset"];
                    "X-Apify-Pagination-Limit": components["headers"]["XApifyPaginationLimit"];
                    "X-Apify-Pagination-Count": components["headers"]["XApifyPaginationCount"];
                    "X-Apify-Pagination-Total": components["headers"]["XApifyPaginationTotal"];
                    "X-Apify-Pagination-Desc": components["headers"]["XApifyPaginationDesc"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadError"];
            401: components["responses"]["HeadError"];
            403: components["responses"]["HeadError"];
            /** @description The run or its default dataset does not exist (no body). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            405: components["responses"]["HeadError"];
            429: components["responses"]["HeadError"];
            500: components["responses"]["HeadError"];
            503: components["responses"]["HeadError"];
        };
    };
    act_runs_last_dataset_statistics_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset's field statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetStatisticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key-value store. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyValueStoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_put: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStorageRequest"];
            };
        };
        responses: {
            /** @description The updated key-value store. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyValueStoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_delete: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key-value store was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_keys_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Return only keys that come after this key in UTF-8 binary order; the key itself is excluded. To read the next page, pass the `nextExclusiveStartKey` of the previous response. Omit it for the first page.
                 * @example item-0099
                 */
                exclusiveStartKey?: components["parameters"]["exclusiveStartKey"];
                /**
                 * @description Maximum number of keys on one page.
                 * @example 100
                 */
                limit?: components["parameters"]["keysLimit"];
                /**
                 * @description Name of a collection defined in the store's schema. Only keys (or records) that belong to this collection are returned. The store must have a schema that defines the collection; otherwise the request fails with `invalid-collection`.
                 * @example screenshots
                 */
                collection?: components["parameters"]["collection"];
                /**
                 * @description Only keys (or records) whose key starts with this string are returned.
                 * @example item-
                 */
                prefix?: components["parameters"]["prefix"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOfKeysResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_records_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Name of a collection defined in the store's schema. Only keys (or records) that belong to this collection are returned. The store must have a schema that defines the collection; otherwise the request fails with `invalid-collection`.
                 * @example screenshots
                 */
                collection?: components["parameters"]["collection"];
                /**
                 * @description Only keys (or records) whose key starts with this string are returned.
                 * @example item-
                 */
                prefix?: components["parameters"]["prefix"];
                /**
                 * @description A storage signature: read this storage without a token, even when it is restricted. The storage's owner computes it from the storage's `urlSigningSecretKey` (returned only to callers with write permission) and the storage ID, so it grants exactly one storage: this dataset's items, or this key-value store's key listing and records archive. `itemsPublicUrl`, `keysPublicUrl` and `recordsPublicUrl` of a restricted storage already carry one, valid for 14 days.
                 *
                 *     Computing it: take `version` = `0` and `expiresAt`, the expiry as milliseconds since the Unix epoch (`0` for a signature that never expires). Compute HMAC-SHA256 with the secret as key over the UTF-8 string `<version>.<expiresAt>.<storageId>`, keep the first 30 hexadecimal digits of the digest (120 bits), and write that number in base 62 with the digits `0-9a-zA-Z` (no leading zeros). The signature is the base64url encoding of the UTF-8 string `<version>.<expiresAt>.<base62 HMAC>`; the server accepts it with or without `=` padding. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, store `WkzbQMuFYuamGv3YF`, never expiring: `MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg`.
                 *
                 *     A signature that does not verify, names another storage or has expired is answered with 403 `invalid-signature`, also when a token is sent. Without a signature, a restricted storage needs a token with access to it (403 `insufficient-permissions` otherwise).
                 * @example MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg
                 */
                signature?: components["parameters"]["signature"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ZIP archive holding the records. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_record_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description A record signature: read this one record without a token, even when the store is restricted. It is the HMAC-SHA256 of the record key (UTF-8) with the store's `urlSigningSecretKey` as key, its first 30 hexadecimal digits (120 bits) written in base 62 with the digits `0-9a-zA-Z` (no leading zeros). It never expires and grants only the record it was computed for; a store signature (see the key listing's `signature`) is not accepted here. The `recordPublicUrl` of each key in a restricted store's key listing already carries it. Example: secret `Qm8cV2t4Zr1pLx7sNw3e`, key `INPUT`: `1clkgboPWbJLH8ccWPe60`.
                 *
                 *     A signature that does not verify or was made for another key is answered with 403 `invalid-signature`, also when a token is sent.
                 * @example 1clkgboPWbJLH8ccWPe60
                 */
                signature?: components["parameters"]["recordSignature"];
                /**
                 * @description If `true` (or `1`), the record is served with `Content-Disposition: attachment` and exactly as stored. Without it, HTML records may be altered slightly for security before they are served.
                 * @example false
                 */
                attachment?: components["parameters"]["recordAttachment"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored value. The response `Content-Type` is the media type the record was stored with; JSON records come back as `application/json`, anything else as its own type. */
            200: {
                headers: {
                    "Content-Encoding": components["headers"]["ResponseContentEncoding"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "*/*": string;
                };
            };
            /** @description The value is served from another URL; fetch the `Location`. */
            302: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenStorageRead"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_record_put: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: {
                /**
                 * @description Compression of the request body. Send it when the body is compressed (`br`, `gzip` or `deflate`); the server decompresses the body before use. Any other value is answered with 415 `unsupported-content-encoding`.
                 * @example gzip
                 */
                "Content-Encoding"?: components["parameters"]["contentEncoding"];
            };
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        /** @description The value to store, of any media type. */
        requestBody: {
            content: {
                "application/json": unknown;
                "*/*": string;
            };
        };
        responses: {
            /** @description The record was stored. The body is an empty object. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_record_post: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: {
                /**
                 * @description Compression of the request body. Send it when the body is compressed (`br`, `gzip` or `deflate`); the server decompresses the body before use. Any other value is answered with 415 `unsupported-content-encoding`.
                 * @example gzip
                 */
                "Content-Encoding"?: components["parameters"]["contentEncoding"];
            };
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        /** @description The value to store, of any media type. */
        requestBody: {
            content: {
                "application/json": unknown;
                "*/*": string;
            };
        };
        responses: {
            /** @description The record was stored. The body is an empty object. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_record_delete: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_keyValueStore_record_head: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description Key of the record in the key-value store. Keys are 1 to 256 characters long and may contain only letters, digits and the characters `!-_.'()`; any other key is answered with 400 `invalid-record-key`. Note: Apify's reference types this as a plain string; we declare the length and character limits.
                 * @example OUTPUT
                 */
                recordKey: components["parameters"]["recordKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record exists. No body; the headers are those of the record's GET. */
            200: {
                headers: {
                    "Content-Encoding": components["headers"]["ResponseContentEncoding"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadError"];
            401: components["responses"]["HeadError"];
            403: components["responses"]["HeadError"];
            /** @description No record is stored under this key, or the run or its key-value store does not exist (no body in either case). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            405: components["responses"]["HeadError"];
            429: components["responses"]["HeadError"];
            500: components["responses"]["HeadError"];
            503: components["responses"]["HeadError"];
        };
    };
    act_runs_last_requestQueue_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestQueueResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_put: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStorageRequest"];
            };
        };
        responses: {
            /** @description The updated request queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestQueueResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_delete: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request queue was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_requests_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @deprecated
                 * @description Legacy pagination: return only requests after the request with this ID (the request itself is excluded). Use `cursor` instead. Cannot be combined with `filter`.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                exclusiveStartId?: components["parameters"]["exclusiveStartId"];
                /**
                 * @description Maximum number of requests on one page. Note: Apify's reference types this as a number and gives the maximum (10000) only in prose; we declare an integer 1–10000.
                 * @example 1000
                 */
                limit?: components["parameters"]["requestsLimit"];
                /**
                 * @description Opaque position from which to continue listing: the `nextCursor` value of the previous page. Omit it for the first page.
                 * @example eyJyZXF1ZXN0SWQiOiJaeWg1WGszTmVOak9DOHUifQ
                 */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Return only requests in the given states, as a comma-separated list: `pending` (not yet handled) and/or `locked` (currently locked by some client). With both values, requests in either state are returned. Cannot be combined with `exclusiveStartId`.
                 * @example [
                 *       "pending"
                 *     ]
                 */
                filter?: components["parameters"]["requestsFilter"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOfRequestsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_requests_post: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description If `true`, the request goes to the head of the queue, so it is handed out before requests already waiting; otherwise it goes to the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["forefront"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description The request to add. `id` is assigned by the server and must not be sent. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestWithoutId"];
            };
        };
        responses: {
            /** @description The request was added, or an existing request with the same `uniqueKey` was found. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestRegistrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_requests_batch_post: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description If `true`, the request goes to the head of the queue, so it is handed out before requests already waiting; otherwise it goes to the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["forefront"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description The requests to add, 1 to 25 of them. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchAddRequest"];
            };
        };
        responses: {
            /** @description The batch was processed; each request is listed as processed or unprocessed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchAddResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_requests_batch_delete: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        /** @description The requests to delete, 1 to 25 of them, each given by `id` or `uniqueKey`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchDeleteRequest"];
            };
        };
        responses: {
            /** @description The batch was processed; each request is listed as processed or unprocessed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_requests_unlock_post: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The locks were released. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_request_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_request_put: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description If `true`, the request goes to the head of the queue, so it is handed out before requests already waiting; otherwise it goes to the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["forefront"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        /** @description The new state of the request. The request's ID is taken from the path. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestWithoutId"];
            };
        };
        responses: {
            /** @description The request was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestRegistrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_request_delete: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_request_lock_put: {
        parameters: {
            query: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description How long the lock lasts, in seconds from now. While a request is locked, no other client (other client key or other Actor run) can lock it. Note: Apify's reference types this as a number; we declare an integer ≥ 1.
                 * @example 60
                 */
                lockSecs: components["parameters"]["lockSecs"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description Where the request goes when its lock ends (because it expires, or because it is deleted): `true` puts it at the head of the queue, `false` at the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["lockForefront"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lock was prolonged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestLockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_request_lock_delete: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
                /**
                 * @description Where the request goes when its lock ends (because it expires, or because it is deleted): `true` puts it at the head of the queue, `false` at the end. Note: Apify's reference types this as a string (`"true"`/`"false"`); we declare a boolean.
                 * @example false
                 */
                forefront?: components["parameters"]["lockForefront"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
                /**
                 * @description ID of the request in the request queue, as returned when the request was added.
                 * @example Zyh5Xk3NeNjOC8u
                 */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lock was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_head_get: {
        parameters: {
            query?: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description How many requests from the head of the queue to return. When omitted, up to 100 are returned (the page size the Apify SDK and Apify's local storage emulators use; Apify's reference states no default). Note: Apify's reference types this as a number without bounds; we declare an integer ≥ 1 and, since no maximum is documented, none.
                 * @example 100
                 */
                limit?: components["parameters"]["headLimit"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The head of the queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    act_runs_last_requestQueue_head_lock_post: {
        parameters: {
            query: {
                /**
                 * @description Consider only runs in this status: the request targets the most recent run of the Actor whose status equals this value. One value, not a list. Without it the most recent run is taken whatever its status. Note: Apify's reference types this parameter as a free string; we restrict it to the run status enum.
                 * @example SUCCEEDED
                 */
                status?: components["parameters"]["lastRunStatus"];
                /**
                 * @description Consider only runs started this way (for example `API` or `SCHEDULER`): the request targets the most recent run of the Actor with this origin (`meta.origin`). Combines with `status`. Without it runs of any origin are considered.
                 * @example API
                 */
                origin?: components["parameters"]["lastRunOrigin"];
                /**
                 * @description How long the lock lasts, in seconds from now. While a request is locked, no other client (other client key or other Actor run) can lock it. Note: Apify's reference types this as a number; we declare an integer ≥ 1.
                 * @example 60
                 */
                lockSecs: components["parameters"]["lockSecs"];
                /**
                 * @description How many requests from the head of the queue to return and lock, at most 25. When omitted, up to 25 are locked (the documented maximum, and the batch size the Apify SDK asks for; Apify's reference states no default). Note: Apify's reference types this as a number with only a maximum; we declare an integer 1–25.
                 * @example 25
                 */
                limit?: components["parameters"]["headLockLimit"];
                /**
                 * @description Identifier of the client that accesses the queue, 1 to 32 characters, chosen by the client and kept for its whole session. Locks belong to the client key that took them (or to the Actor run that took them). A call without a key counts as a new client, which sets the queue's `hadMultipleClients` flag. Note: Apify's reference states the length limits only in prose; we declare them.
                 * @example crawler-7f3a
                 */
                clientKey?: components["parameters"]["clientKey"];
            };
            header?: never;
            path: {
                /** @description The Actor, given either by its ID (`moJRLRc85AitArpNN`) or as `username~actor-name` (`janedoe~my-actor`). The `username~actor-name` form needs a token; write the tilde, not a slash (clients turn `username/actor-name` into `username~actor-name` before building the URL). */
                actorId: components["parameters"]["actorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The returned requests are now locked by the caller. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LockedHeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
