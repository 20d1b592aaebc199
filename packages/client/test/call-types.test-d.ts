import type { DatasetStatistics, paths, Run } from '@apify-runs/types';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  LastRunBase,
  MethodsOf,
  RunBase,
  RunOnlySuffix,
  RunSuffix,
  SharedMethod,
  SharedSuffix,
} from '../src/call/operations.js';
import { LocatedResource } from '../src/resources/located.js';

/** Every operation of both groups, as `method path`, read straight from the spec's `paths`. */
type SpecOperations = {
  [P in keyof paths]: P extends `${RunBase}${string}` | `${LastRunBase}${string}`
    ? { [M in MethodsOf<P>]: `${M} ${P}` }[MethodsOf<P>]
    : never;
}[keyof paths];

/** What `call` reaches (under both bases) and what `callById` reaches (under the run base). */
type ViaCall = {
  [S in SharedSuffix]: { [M in SharedMethod<S>]: `${M} ${RunBase}${S}` | `${M} ${LastRunBase}${S}` }[SharedMethod<S>];
}[SharedSuffix];
type ViaCallById = {
  [S in RunSuffix]: { [M in MethodsOf<`${RunBase}${S}`>]: `${M} ${RunBase}${S}` }[MethodsOf<`${RunBase}${S}`>];
}[RunSuffix];

describe('the call layer reaches every operation of both groups', () => {
  it('call ∪ callById is exactly the set of operations under the two bases', () => {
    expectTypeOf<ViaCall | ViaCallById>().toEqualTypeOf<SpecOperations>();
  });

  it('knows which operations exist only for a run by ID', () => {
    expectTypeOf<RunOnlySuffix>().toEqualTypeOf<'' | '/resurrect' | '/charge'>();
    expectTypeOf<SharedMethod<''>>().toEqualTypeOf<'get'>();
    expectTypeOf<MethodsOf<`${RunBase}`>>().toEqualTypeOf<'get' | 'put' | 'delete'>();
  });
});

/** A resource that exposes the protected call layer to type assertions. */
class Probe extends LocatedResource {
  assertions() {
    // Parameters, bodies and responses come from paths[P][M].
    expectTypeOf(this.data('get', '/dataset/statistics', {})).resolves.toEqualTypeOf<DatasetStatistics>();
    expectTypeOf(this.data('get', '', { query: { waitForFinish: 5 } })).resolves.toEqualTypeOf<Run>();
    expectTypeOf(this.call('get', '/log', { parseAs: 'text' }))
      .resolves.toHaveProperty('data')
      .toBeString();
    expectTypeOf(this.call('get', '/dataset/items', { query: { clean: true } }))
      .resolves.toHaveProperty('data')
      .toEqualTypeOf<{ [key: string]: unknown }[]>();
    expectTypeOf(this.call('get', '/dataset/items', { parseAs: 'bytes' }))
      .resolves.toHaveProperty('data')
      .toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    this.dataById('r', 'put', '', { body: { statusMessage: 'half way' } });
    this.call('post', '/request-queue/head/lock', { query: { lockSecs: 60, limit: 5 } });
    this.call('get', '/key-value-store/records/{recordKey}', { path: { recordKey: 'OUTPUT' } });

    // @ts-expect-error a query parameter the spec does not have
    this.call('get', '/dataset/items', { query: { cleanItems: true } });
    // @ts-expect-error a path that does not exist
    this.call('get', '/dataset/itemz', {});
    // @ts-expect-error a method the path does not have
    this.call('delete', '/dataset/items', {});
    // @ts-expect-error update exists only for a run by ID
    this.call('put', '', { body: { statusMessage: 'x' } });
    // @ts-expect-error a body of the wrong shape
    this.dataById('r', 'put', '', { body: { statusMessage: 1 } });
    // @ts-expect-error a required query parameter is missing
    this.call('post', '/request-queue/head/lock', { query: { limit: 5 } });
    // @ts-expect-error the record key is a required path parameter
    this.call('get', '/key-value-store/records/{recordKey}', {});
    // @ts-expect-error the locator's own parameters are never passed by a call site
    this.call('get', '', { query: { status: 'SUCCEEDED' } });
    // @ts-expect-error a JSON-only operation takes no raw body
    this.call('put', '/dataset', { rawBody: { data: 'x', contentType: 'text/plain' } });
    // @ts-expect-error statistics answer no envelope of a Run
    expectTypeOf(this.data('get', '/dataset/statistics', {})).resolves.toEqualTypeOf<Run>();
  }
}
void Probe;
