import type { paths } from '@apify-runs/types';
import type { FilterKeys, OkStatus, RequiredKeysOf } from 'openapi-typescript-helpers';

/**
 * The client's view of the spec's `paths`: which operations exist under the two run bases, and what each one takes
 * and answers. Everything here is derived from the generated `paths`, so a path, method, parameter or body that
 * changes in `openapi/` changes these types, and a call site that no longer matches fails to compile.
 */

/** Base of the "Get run" group. */
export type RunBase = '/v2/actor-runs/{runId}';
/** Base of the "Get last run" group. */
export type LastRunBase = '/v2/acts/{actorId}/runs/last';

/** The methods the client sends, in openapi-typescript's spelling. */
export type Method = 'get' | 'head' | 'put' | 'post' | 'delete';

type PathKey = keyof paths & string;

/** The part of every path under `Base` that follows it: `''`, `/log`, `/dataset/items`, ... */
type SuffixUnder<Base extends string> = PathKey extends infer P ? (P extends `${Base}${infer S}` ? S : never) : never;

/** Suffixes that exist under `/v2/actor-runs/{runId}`. */
export type RunSuffix = SuffixUnder<RunBase>;
/** Suffixes that exist under `/v2/acts/{actorId}/runs/last`. */
export type LastRunSuffix = SuffixUnder<LastRunBase>;

/** The methods a path declares (openapi-typescript writes `put?: never` for the ones it does not have). */
export type MethodsOf<P> = P extends PathKey
  ? {
      [M in Method]: M extends keyof paths[P] ? ([NonNullable<paths[P][M]>] extends [never] ? never : M) : never;
    }[Method]
  : never;

/** The methods `S` has under both bases: these work for a run by ID and for a last run alike. */
export type SharedMethod<S extends string> = MethodsOf<`${RunBase}${S}`> & MethodsOf<`${LastRunBase}${S}`>;

/** Suffixes with at least one method under both bases. */
export type SharedSuffix = {
  [S in RunSuffix & LastRunSuffix]: [SharedMethod<S>] extends [never] ? never : S;
}[RunSuffix & LastRunSuffix];

/** Methods of `S` that exist only for a run by ID (update, delete, resurrect, charge). */
export type RunOnlyMethod<S extends RunSuffix> = Exclude<MethodsOf<`${RunBase}${S}`>, SharedMethod<S>>;

/** Suffixes with a method that exists only for a run by ID. */
export type RunOnlySuffix = { [S in RunSuffix]: [RunOnlyMethod<S>] extends [never] ? never : S }[RunSuffix];

/** The operation object of `method` on `path`. */
export type OperationAt<P, M> = P extends PathKey
  ? M extends keyof paths[P]
    ? NonNullable<paths[P][M]>
    : never
  : never;

/** The run-by-ID twin of an operation (its query, body and responses are what every call site is typed against). */
export type RunOperation<S extends string, M extends Method> = OperationAt<`${RunBase}${S}`, M>;
/** The last-run twin of an operation. */
export type LastRunOperation<S extends string, M extends Method> = OperationAt<`${LastRunBase}${S}`, M>;

type ParametersOf<O> = O extends { parameters: infer P } ? P : never;
type Location<O, L extends string> =
  ParametersOf<O> extends infer P
    ? L extends keyof P
      ? [NonNullable<P[L]>] extends [never]
        ? never
        : NonNullable<P[L]>
      : never
    : never;

/** The parameters the run locator supplies itself; call sites never pass them. */
export type LocatorParameter = 'runId' | 'actorId' | 'status' | 'origin';

/** An object type written out flat (what editors and the docs show instead of `Omit<Pick<...>>`). */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Keys both twins declare, with the run twin's types; the locator's own parameters are left out. */
type Common<A, B> = [A] extends [never] ? never : Simplify<Omit<Pick<A, keyof A & keyof B>, LocatorParameter>>;

/** An options field that is required when its type has a required key, optional otherwise, absent when `never`. */
type Field<K extends string, T> = [T] extends [never]
  ? { [P in K]?: never }
  : [keyof T] extends [never]
    ? { [P in K]?: never }
    : [RequiredKeysOf<T>] extends [never]
      ? { [P in K]?: T }
      : { [P in K]: T };

/** The query of a shared operation: the parameters both twins declare. */
export type SharedQuery<S extends string, M extends Method> = Common<
  Location<RunOperation<S, M>, 'query'>,
  Location<LastRunOperation<S, M>, 'query'>
>;
/** The query of a run-only operation. */
export type RunQuery<S extends string, M extends Method> = Common<
  Location<RunOperation<S, M>, 'query'>,
  Location<RunOperation<S, M>, 'query'>
>;

/** The JSON request body an operation declares (`never` when it has none). */
export type JsonBody<O> = FilterKeys<NonNullable<RequestContent<O>>, 'application/json'>;
type RequestContent<O> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C
    : never
  : never;
/** Whether an operation takes a body of any media type besides JSON (`*∕*`: record writes, metamorph input). */
type TakesAnyMedia<O> = '*/*' extends keyof NonNullable<RequestContent<O>> ? true : false;
type BodyRequired<O> = O extends { requestBody: unknown } ? true : false;

/** A body of another media type than JSON, sent as it is. */
export interface RawBody {
  data: NonNullable<RequestInit['body']>;
  contentType: string;
}

type BodyField<O> = [JsonBody<O>] extends [never]
  ? { body?: never; rawBody?: never }
  : TakesAnyMedia<O> extends true
    ? BodyRequired<O> extends true
      ? { body: JsonBody<O>; rawBody?: never } | { body?: never; rawBody: RawBody }
      : { body?: JsonBody<O>; rawBody?: RawBody }
    : BodyRequired<O> extends true
      ? { body: JsonBody<O>; rawBody?: never }
      : { body?: JsonBody<O>; rawBody?: never };

/** How a success body is read. `none`: drained unread (HEAD, 204, or a body nobody needs). */
export type ParseAs = 'json' | 'text' | 'bytes' | 'stream' | 'none';

/** What a call sends besides the locator: the operation's own path parameters, query, headers and body. */
export type OperationInit<O, Query> = Field<'path', Omit<Location<O, 'path'>, LocatorParameter>> &
  Field<'query', Query> &
  Field<'header', Location<O, 'header'>> &
  BodyField<O>;

type Responses<O> = O extends { responses: infer R } ? R : never;
type ContentOf<R> = R extends { content: infer C } ? C : never;

/** The JSON body of an operation's success responses (`never` when no 2xx has one). */
export type JsonSuccess<O> = {
  [K in keyof Responses<O> & OkStatus]: FilterKeys<ContentOf<Responses<O>[K]>, 'application/json'>;
}[keyof Responses<O> & OkStatus];

/** What a call resolves to, by how its body is read. */
export type Parsed<O, A extends ParseAs> = A extends 'json'
  ? JsonSuccess<O>
  : A extends 'text'
    ? string
    : A extends 'bytes'
      ? Uint8Array<ArrayBuffer>
      : A extends 'stream'
        ? ReadableStream<Uint8Array<ArrayBuffer>>
        : undefined;

/** The `data` of a `{ data: ... }` success body. */
export type Enveloped<O> = JsonSuccess<O> extends { data: infer D } ? D : never;
