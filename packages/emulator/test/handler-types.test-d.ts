// Type tests for the handler contract, checked by `tsc --noEmit` (the typecheck task).
import { expectTypeOf } from 'vitest';
import type { Context, Handler, HandlerId, OperationOf } from '../src/handlers/types.js';

// Every operation of the spec is a handler id, in one scheme.
expectTypeOf<'dataset_items_get'>().toExtend<HandlerId>();
expectTypeOf<'requestQueue_head_lock_post'>().toExtend<HandlerId>();
expectTypeOf<'resurrect_post'>().toExtend<HandlerId>();
expectTypeOf<'nope_get'>().not.toExtend<HandlerId>();

// Query parameters arrive coerced to the spec's types.
expectTypeOf<Context<OperationOf<'get'>>['query']['waitForFinish']>().toEqualTypeOf<number | undefined>();
expectTypeOf<Context<OperationOf<'dataset_items_get'>>['query']['desc']>().toEqualTypeOf<boolean | undefined>();

export const runIsNotADataset: Handler<OperationOf<'get'>> = () => ({
  status: 200,
  // @ts-expect-error a run handler must answer with a Run, not a dataset
  json: { data: { id: 'x', itemCount: 1 } },
});

// @ts-expect-error a JSON-only operation cannot answer with raw bytes
export const noRawDataset: Handler<OperationOf<'dataset_get'>> = () => ({
  status: 200,
  body: 'x',
  contentType: 'text/plain',
});

// @ts-expect-error 204 is not an answer of GET run
export const noEmptyRun: Handler<OperationOf<'get'>> = () => ({ status: 204, empty: true });

export const logIsText: Handler<OperationOf<'log_get'>> = () => ({
  status: 200,
  body: 'line\n',
  contentType: 'text/plain',
});
export const deleteIsEmpty: Handler<OperationOf<'dataset_delete'>> = () => ({ status: 204, empty: true });
