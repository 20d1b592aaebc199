import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApifyConnectionError, ApifyTimeoutError, ApifyUserAbortError } from '../src/errors.js';
import { type ApifyClientOptions, resolveOptions } from '../src/options.js';
import { BACKOFF_CAP_MS, backoffDelay, parseRetryAfter, retryDelay } from '../src/transport/backoff.js';
import { neverSent, retryableFailure, retryableStatus } from '../src/transport/retry-policy.js';
import { sleep } from '../src/transport/sleep.js';
import { attemptOf, createTransport } from '../src/transport/transport.js';
import type { AttemptPolicy } from '../src/transport/types.js';

const URL_ = 'https://api.example.test/v2/actor-runs/abc/dataset/items';

/** A fetch that answers from a script, one entry per call, recording every request it saw (body read as text). */
function scriptedFetch(script: Array<(request: Request) => Response | Promise<Response>>) {
  const seen: { method: string; url: string; body: string; signal: AbortSignal }[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const request = input as Request;
    seen.push({ method: request.method, url: request.url, body: await request.text(), signal: request.signal });
    const step = script[Math.min(seen.length, script.length) - 1];
    if (!step) throw new Error('script is empty');
    return step(request);
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const refused = () =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
  });
const reset = () =>
  new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
const json = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A fetch whose answer never comes: it rejects with the signal's reason once the attempt is aborted. */
const hangingFetch = (calls: { count: number }) =>
  ((input: RequestInfo | URL) => {
    calls.count++;
    const { signal } = input as Request;
    return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
  }) as typeof globalThis.fetch;

const transportWith = (fetch: typeof globalThis.fetch, options: ApifyClientOptions = {}) =>
  createTransport(resolveOptions({ fetch, token: 'tok', ...options }), { random: () => 0 });

const policy = (overrides: Partial<AttemptPolicy> = {}): AttemptPolicy => ({
  retry: 'idempotent',
  timeoutMs: 5_000,
  maxRetries: 3,
  ...overrides,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('retry decisions', () => {
  it('retries network errors, 408, 429 and 5xx for idempotent calls, only 429 for unsent-only ones', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(retryableStatus(status, 'idempotent')).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 413]) expect(retryableStatus(status, 'idempotent')).toBe(false);
    expect(retryableStatus(429, 'unsent-only')).toBe(true);
    for (const status of [408, 500, 503]) expect(retryableStatus(status, 'unsent-only')).toBe(false);
    expect(retryableFailure({ kind: 'timeout', error: new Error('x') }, 'idempotent')).toBe(true);
    expect(retryableFailure({ kind: 'timeout', error: refused() }, 'unsent-only')).toBe(false);
    expect(retryableFailure({ kind: 'network', error: reset() }, 'unsent-only')).toBe(false);
    expect(retryableFailure({ kind: 'network', error: refused() }, 'unsent-only')).toBe(true);
    // Headers arrived, then the body failed: the server got the request.
    expect(retryableFailure({ kind: 'network', error: refused(), status: 201 }, 'unsent-only')).toBe(false);
  });

  it('finds a before-sending failure anywhere in the cause chain, including AggregateError (happy eyeballs)', () => {
    const both = new AggregateError([
      Object.assign(new Error('a'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('b'), { code: 'ECONNREFUSED' }),
    ]);
    expect(neverSent(new TypeError('fetch failed', { cause: both }))).toBe(true);
    const mixed = new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), new Error('reset')]);
    expect(neverSent(new TypeError('fetch failed', { cause: mixed }))).toBe(false);
    expect(neverSent(new TypeError('Failed to fetch'))).toBe(false);
    expect(neverSent(reset())).toBe(false);
  });

  it('draws full-jitter exponential backoff under a cap', () => {
    expect(backoffDelay(1, () => 0)).toBe(0);
    expect(backoffDelay(1, () => 0.999)).toBe(499);
    expect(backoffDelay(2, () => 0.5)).toBe(500);
    expect(backoffDelay(4, () => 0.5)).toBe(2000);
    expect(backoffDelay(40, () => 0.999)).toBeLessThan(BACKOFF_CAP_MS);
    for (let retry = 1; retry < 12; retry++) {
      const delay = backoffDelay(retry);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(BACKOFF_CAP_MS, 500 * 2 ** (retry - 1)));
    }
  });

  it('reads Retry-After as seconds or an HTTP date, and refuses to wait for more than a minute', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(retryDelay(1, new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryDelay(1, new Headers({ 'retry-after': '3600' }))).toBeUndefined();
    expect(retryDelay(2, new Headers(), () => 0.5)).toBe(500);
  });
});

describe('transport with an injected fetch', () => {
  it('retries a 5xx on GET and reports which attempt answered', async () => {
    const { fetch, seen } = scriptedFetch([() => json(503), () => json(502), () => json(200, { data: 1 })]);
    const response = await transportWith(fetch)(new Request(URL_), policy());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: 1 });
    expect(seen).toHaveLength(3);
    expect(attemptOf(response)).toBe(3);
    expect(response.url).toBe(URL_);
    expect(attemptOf(new Response('x'))).toBe(1);
  });

  it('resends the request body intact on every attempt and leaves the original unconsumed', async () => {
    const body = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ i, text: 'é🙂'.repeat(i) })) });
    const { fetch, seen } = scriptedFetch([() => json(500), () => json(503), () => json(200)]);
    const request = new Request(URL_, { method: 'PUT', body, headers: { 'content-type': 'application/json' } });
    const response = await transportWith(fetch)(request, policy());
    expect(response.status).toBe(200);
    expect(seen.map((s) => s.body)).toEqual([body, body, body]);
    expect(seen.every((s) => s.method === 'PUT')).toBe(true);
    expect(request.bodyUsed).toBe(false);
  });

  it('retries an unsent-only POST after ECONNREFUSED (never sent) and 429, with the same body', async () => {
    const body = '[{"a":1}]';
    const { fetch, seen } = scriptedFetch([
      () => Promise.reject(refused()),
      () => json(429, { error: { type: 'rate-limit-exceeded' } }),
      () => json(201),
    ]);
    const response = await transportWith(fetch)(
      new Request(URL_, { method: 'POST', body }),
      policy({ retry: 'unsent-only' }),
    );
    expect(response.status).toBe(201);
    expect(attemptOf(response)).toBe(3);
    expect(seen.map((s) => s.body)).toEqual([body, body, body]);
  });

  it('never retries an unsent-only POST after a 5xx: the caller gets the 5xx', async () => {
    const { fetch, seen } = scriptedFetch([() => json(503), () => json(201)]);
    const response = await transportWith(fetch)(
      new Request(URL_, { method: 'POST', body: '[]' }),
      policy({ retry: 'unsent-only' }),
    );
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it('never retries an unsent-only POST after a reset: the error says it may have reached the server', async () => {
    const { fetch, seen } = scriptedFetch([() => Promise.reject(reset()), () => json(201)]);
    const error = await transportWith(fetch)(
      new Request(URL_, { method: 'POST', body: '[]' }),
      policy({ retry: 'unsent-only' }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyConnectionError);
    expect(error).not.toBeInstanceOf(ApifyTimeoutError);
    expect((error as ApifyConnectionError).mayHaveReachedServer).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain('POST /v2/actor-runs/abc/dataset/items');
    expect(seen).toHaveLength(1);
  });

  it('gives up after maxRetries; mayHaveReachedServer is false only when provably unsent', async () => {
    const { fetch, seen } = scriptedFetch([() => Promise.reject(refused())]);
    const error = await transportWith(fetch)(new Request(URL_), policy({ maxRetries: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyConnectionError);
    expect((error as ApifyConnectionError).mayHaveReachedServer).toBe(false);
    expect((error as Error).message).toMatch(/ECONNREFUSED.*attempt 3 of 3/);
    expect(seen).toHaveLength(3);
  });

  it('does not retry 4xx, nor anything with maxRetries 0, nor a Retry-After over a minute', async () => {
    const notFound = scriptedFetch([() => json(404), () => json(200)]);
    expect((await transportWith(notFound.fetch)(new Request(URL_), policy())).status).toBe(404);
    expect(notFound.seen).toHaveLength(1);
    const none = scriptedFetch([() => json(503), () => json(200)]);
    expect((await transportWith(none.fetch)(new Request(URL_), policy({ maxRetries: 0 }))).status).toBe(503);
    expect(none.seen).toHaveLength(1);
    const long = scriptedFetch([() => json(429, {}, { 'retry-after': '3600' }), () => json(200)]);
    const started = Date.now();
    const response = await transportWith(long.fetch)(new Request(URL_), policy());
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3600');
    expect(long.seen).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('times out each attempt on its own controller and throws ApifyTimeoutError when retries run out', async () => {
    const calls = { count: 0 };
    const started = Date.now();
    const error = await transportWith(hangingFetch(calls))(
      new Request(URL_),
      policy({ timeoutMs: 50, maxRetries: 2 }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyTimeoutError);
    expect((error as ApifyTimeoutError).mayHaveReachedServer).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    expect((error as Error).message).toContain('timed out after 50 ms (attempt 3 of 3)');
    expect(calls.count).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('keeps the deadline armed while the body is read, except for streams', async () => {
    // Headers at once, then a body that never ends (it fails when the attempt is aborted, as a real body does).
    const slowBody = ((input: RequestInfo | URL) => {
      const { signal } = input as Request;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":'));
          signal.addEventListener('abort', () => controller.error(signal.reason));
        },
      });
      return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    }) as typeof globalThis.fetch;
    const transport = transportWith(slowBody);
    const buffered = await transport(new Request(URL_), policy({ timeoutMs: 50, maxRetries: 1 })).catch((e) => e);
    expect(buffered).toBeInstanceOf(ApifyTimeoutError);

    // A stream is handed over at the headers; past the deadline it is still readable, and the caller's signal ends it.
    const caller = new AbortController();
    const streamed = await transport(new Request(URL_), policy({ timeoutMs: 50, stream: true, signal: caller.signal }));
    const reader = streamed.body?.getReader();
    expect(new TextDecoder().decode((await reader?.read())?.value)).toBe('{"data":');
    await sleep(100);
    const pending = reader?.read();
    caller.abort(new Error('enough'));
    const error = await pending?.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyUserAbortError);
    expect((error as Error).cause).toEqual(new Error('enough'));
  });

  it('turns a body that fails mid-stream into ApifyConnectionError', async () => {
    const broken = (() =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new Uint8Array([1, 2]));
              controller.error(new TypeError('terminated'));
            },
          }),
        ),
      )) as typeof globalThis.fetch;
    const response = await transportWith(broken)(new Request(URL_), policy({ stream: true }));
    const error = await response.arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyConnectionError);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    // Buffered: the same failure is an attempt failure, retried for an idempotent call.
    let calls = 0;
    const thenFine = (async (input: RequestInfo | URL) =>
      ++calls === 1 ? broken(input) : json(200, { ok: 1 })) as typeof fetch;
    const retried = await transportWith(thenFine)(new Request(URL_), policy());
    expect(await retried.json()).toEqual({ ok: 1 });
    expect(attemptOf(retried)).toBe(2);
  });
});

describe('abort without leaks (fake timers)', () => {
  it('rejects at once when the caller aborts during a backoff sleep, leaving no timer behind', async () => {
    vi.useFakeTimers();
    const { fetch, seen } = scriptedFetch([() => json(429, {}, { 'retry-after': '30' }), () => json(200)]);
    const caller = new AbortController();
    const result = transportWith(fetch)(new Request(URL_), policy({ signal: caller.signal })).catch((e: unknown) => e);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1); // the 30 s backoff
    const reason = new Error('user cancelled');
    caller.abort(reason);
    const error = await result;
    expect(error).toBeInstanceOf(ApifyUserAbortError);
    expect((error as Error).cause).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('rejects at once when the caller aborts an attempt in flight, clearing its deadline timer', async () => {
    vi.useFakeTimers();
    const calls = { count: 0 };
    const caller = new AbortController();
    const result = transportWith(hangingFetch(calls))(new Request(URL_), policy({ signal: caller.signal })).catch(
      (e: unknown) => e,
    );
    await vi.waitFor(() => expect(calls.count).toBe(1));
    expect(vi.getTimerCount()).toBe(1); // the attempt deadline
    caller.abort();
    const error = await result;
    expect(error).toBeInstanceOf(ApifyUserAbortError);
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    expect(vi.getTimerCount()).toBe(0);
    expect(calls.count).toBe(1);
  });

  it('does not even start when the signal is already aborted, and removes its abort listeners', async () => {
    const { fetch, seen } = scriptedFetch([() => json(200)]);
    const caller = new AbortController();
    caller.abort();
    await expect(transportWith(fetch)(new Request(URL_), policy({ signal: caller.signal }))).rejects.toBeInstanceOf(
      ApifyUserAbortError,
    );
    expect(seen).toHaveLength(0);

    const signal = new AbortController().signal;
    const added = vi.spyOn(signal, 'addEventListener');
    const removed = vi.spyOn(signal, 'removeEventListener');
    const flaky = scriptedFetch([() => json(503), () => json(200)]);
    await transportWith(flaky.fetch)(new Request(URL_), policy({ signal }));
    expect(added.mock.calls.length).toBeGreaterThan(0);
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
  });
});
