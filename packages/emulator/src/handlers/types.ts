import type { IncomingMessage } from 'node:http';
import type { operations } from '@apify-runs/types';
import type { EmptyReply, JsonReply, RawReply } from '../http/reply.js';
import type { OperationInfo } from '../spec/operations.js';
import type { RunRecord } from '../state/run-record.js';
import type { EmulatorState } from '../state/state.js';

/**
 * Handlers are keyed by the group-free operationId (`dataset_items_get`) and serve both endpoint groups; their
 * types come from the spec's `actorRun_*` operations, so a spec change the server does not follow fails to compile.
 */
export type HandlerId = keyof operations extends infer K ? (K extends `actorRun_${infer Rest}` ? Rest : never) : never;
export type OperationOf<Id extends HandlerId> = operations[`actorRun_${Id}`];

type Responses<O> = O extends { responses: infer R } ? R : never;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type ContentKeys<R> = R extends { content: infer C } ? keyof C : never;
type JsonCodes<O> = keyof Responses<O> & (200 | 201);
type JsonReplies<O> = {
  [C in JsonCodes<O>]: [JsonOf<Responses<O>[C]>] extends [never]
    ? never
    : JsonReply<JsonOf<Responses<O>[C]>> & { status: C };
}[JsonCodes<O>];
type HasRaw<O> = [Exclude<ContentKeys<Responses<O>[JsonCodes<O>]>, 'application/json'>] extends [never] ? false : true;
/** A 200 without content: what a HEAD operation answers (openapi-typescript gives it `content?: never`). */
type BodilessOk<O> = 200 extends keyof Responses<O>
  ? Responses<O>[200] extends { content: infer C }
    ? [C] extends [never]
      ? true
      : false
    : true
  : false;
type HasEmpty<O> = [keyof Responses<O> & (204 | 302)] extends [never] ? BodilessOk<O> : true;

/** What a handler may answer: the JSON bodies its operation declares, raw bytes only where it declares other media. */
export type ReplyFor<O> =
  | JsonReplies<O>
  | (HasRaw<O> extends true ? RawReply : never)
  | (HasEmpty<O> extends true ? EmptyReply : never);

type Params<O, Where extends string> = O extends { parameters: infer P }
  ? P extends { [K in Where]?: infer Q }
    ? [NonNullable<Q>] extends [never]
      ? Record<string, never>
      : NonNullable<Q>
    : Record<string, never>
  : Record<string, never>;
type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B | undefined
    : undefined;

export interface Caller {
  /** The token sent, if any (already checked: a wrong one never reaches a handler). */
  token?: string;
  userId?: string;
}

/** The request as a handler sees it: validated, coerced and typed from the spec. */
export interface Context<O> {
  operation: OperationInfo;
  query: Params<O, 'query'>;
  header: Params<O, 'header'>;
  /** Path parameters other than the run locator, e.g. `recordKey`, `requestId`. */
  path: Omit<Params<O, 'path'>, 'runId'>;
  /** The JSON body, parsed and validated against the spec (undefined when the request sent another media type). */
  body: JsonBody<O>;
  /** The request body bytes as received (after Content-Encoding decoding), for media-agnostic operations. */
  raw?: { bytes: Buffer; contentType: string };
  caller: Caller;
  state: EmulatorState;
  /** The run this request addresses (by ID, or the last run matching `status`/`origin`); 404 if none. */
  locate(): RunRecord;
  /** Aborts when the client disconnects. */
  signal: AbortSignal;
  req: IncomingMessage;
  url: URL;
}

export type Handler<O> = (context: Context<O>) => ReplyFor<O> | Promise<ReplyFor<O>>;

/** One handler for every operation of the spec: the compiler rejects a missing or mistyped one. */
export type HandlerTable = { [Id in HandlerId]: Handler<OperationOf<Id>> };
