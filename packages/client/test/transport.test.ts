import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApifyConnectionError,
  ApifyResponseError,
  ApifyTimeoutError,
  ApifyUserAbortError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from '../src/errors.js';
import { type ApifyClientOptions, resolveOptions } from '../src/options.js';
import { BACKOFF_CAP_MS, backoffDelay, parseRetryAfter, retryDelay } from '../src/transport/backoff.js';
import { neverSent, retryableFailure, retryableStatus } from '../src/transport/retry-policy.js';
import { createTransport } from '../src/transport/transport.js';
import type { Outgoing } from '../src/transport/types.js';
import { requestOf } from './support/emulator.js';

const URL_ = 'https://api.example.test/v2/actor-runs/abc/dataset/items';

/** A fetch that answers from a script, one entry per call, recording every request it saw (body read as text). */
function scriptedFetch(script: Array<(request: Request) => Response | Promise<Response>>) {
  const seen: { method: string; url: string; body: string; signal: AbortSignal | null | undefined }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = requestOf(input, init);
    seen.push({ method: request.method, url: request.url, body: await request.text(), signal: init?.signal });
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
  ((_input: RequestInfo | URL, init?: RequestInit) => {
    calls.count++;
    const signal = init?.signal;
    return new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  }) as typeof globalThis.fetch;

/** A transport with jitter 0 whose backoff waits are recorded instead of slept. */
function transportWith(fetch: typeof globalThis.fetch, options: ApifyClientOptions = {}) {
  const waits: number[] = [];
  const send = createTransport(resolveOptions({ fetch, token: 'tok', maxRetries: 3, timeoutMs: 5_000, ...options }), {
    random: () => 0,
    sleep: async (ms, signal) => {
      waits.push(ms);
      if (signal?.aborted) throw signal.reason;
    },
  });
  return Object.assign(send, { waits });
}

/** An outgoing request (GET of the items URL unless overridden). */
const out = (overrides: Partial<Outgoing> = {}): Outgoing => ({
  method: 'GET',
  url: URL_,
  path: new URL(URL_).pathname,
  headers: { authorization: 'Bearer tok' },
  parseAs: 'json',
  retry: 'idempotent',
  extraTimeoutMs: 0,
  ...overrides,
});

/** Deadlines and slow answers on fake timers: the test moves time instead of waiting for it. */
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

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
  it('retries a 5xx on GET, parses the JSON once and reports which attempt answered', async () => {
    const { fetch, seen } = scriptedFetch([() => json(503), () => json(502), () => json(200, { data: 1 })]);
    const send = transportWith(fetch);
    const received = await send(out());
    expect(received.data).toEqual({ data: 1 });
    expect(received.response.status).toBe(200);
    expect(received.attempt).toBe(3);
    expect(seen).toHaveLength(3);
    expect(send.waits).toEqual([0, 0]);
  });

  it('calls fetch(url, init) with a plain init: no Request is built, and the headers are the given ones', async () => {
    const calls: [unknown, RequestInit | undefined][] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push([input, init]);
      return json(200, { data: { id: 'x' } });
    }) as typeof globalThis.fetch;
    const headers = { authorization: 'Bearer tok' };
    await transportWith(fetch, { timeoutMs: 0 })(out({ headers }));
    expect(calls).toHaveLength(1);
    expect(typeof calls[0]?.[0]).toBe('string');
    expect(calls[0]?.[1]?.headers).toBe(headers);
    // No deadline and no caller signal: the request carries no signal at all.
    expect(calls[0]?.[1]?.signal).toBeUndefined();
  });

  it('resends the request body intact on every attempt', async () => {
    const body = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ i, text: 'é🙂'.repeat(i) })) });
    const { fetch, seen } = scriptedFetch([() => json(500), () => json(503), () => json(200)]);
    const received = await transportWith(fetch)(out({ method: 'PUT', body }));
    expect(received.response.status).toBe(200);
    expect(seen.map((s) => s.body)).toEqual([body, body, body]);
    expect(seen.every((s) => s.method === 'PUT')).toBe(true);
  });

  it('retries an unsent-only POST after ECONNREFUSED (never sent) and 429, with the same body', async () => {
    const body = new TextEncoder().encode('[{"a":1}]');
    const { fetch, seen } = scriptedFetch([
      () => Promise.reject(refused()),
      () => json(429, { error: { type: 'rate-limit-exceeded' } }),
      () => json(201),
    ]);
    const received = await transportWith(fetch)(out({ method: 'POST', body, retry: 'unsent-only' }));
    expect(received.response.status).toBe(201);
    expect(received.attempt).toBe(3);
    expect(seen.map((s) => s.body)).toEqual(['[{"a":1}]', '[{"a":1}]', '[{"a":1}]']);
  });

  it('never retries an unsent-only POST after a 5xx: the caller gets the 5xx as an error', async () => {
    const { fetch, seen } = scriptedFetch([
      () => json(503, { error: { type: 'x', message: 'busy' } }),
      () => json(201),
    ]);
    const error = await transportWith(fetch)(out({ method: 'POST', body: '[]', retry: 'unsent-only' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect((error as InternalServerError).attempt).toBe(1);
    expect(seen).toHaveLength(1);
  });

  it('never retries an unsent-only POST after a reset: the error says it may have reached the server', async () => {
    const { fetch, seen } = scriptedFetch([() => Promise.reject(reset()), () => json(201)]);
    const error = await transportWith(fetch)(out({ method: 'POST', body: '[]', retry: 'unsent-only' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApifyConnectionError);
    expect(error).not.toBeInstanceOf(ApifyTimeoutError);
    expect((error as ApifyConnectionError).mayHaveReachedServer).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain('POST /v2/actor-runs/abc/dataset/items');
    expect(seen).toHaveLength(1);
  });

  it('gives up after maxRetries; mayHaveReachedServer is false only when provably unsent', async () => {
    const { fetch, seen } = scriptedFetch([() => Promise.reject(refused())]);
    const error = await transportWith(fetch, { maxRetries: 2 })(out()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyConnectionError);
    expect((error as ApifyConnectionError).mayHaveReachedServer).toBe(false);
    expect((error as Error).message).toMatch(/ECONNREFUSED.*attempt 3 of 3/);
    expect(seen).toHaveLength(3);
  });

  it("names CORS as a possible cause of a browser's network error (a TypeError without a cause), only there", async () => {
    // Chromium's, Firefox's and Safari's texts for any failed fetch, CORS refusals included.
    for (const text of ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed']) {
      const browser = scriptedFetch([() => Promise.reject(new TypeError(text))]);
      const error = await transportWith(browser.fetch, { maxRetries: 1 })(out()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApifyConnectionError);
      expect((error as Error).message).toBe(
        `GET /v2/actor-runs/abc/dataset/items failed: ${text} (in a browser: CORS, or no network?) (attempt 2 of 2).`,
      );
    }
    const node = scriptedFetch([() => Promise.reject(refused())]);
    const error = await transportWith(node.fetch, { maxRetries: 0 })(out()).catch((e: unknown) => e);
    expect((error as Error).message).not.toMatch(/CORS/);
    const other = scriptedFetch([() => Promise.reject(new Error('socket hang up'))]);
    const plain = await transportWith(other.fetch, { maxRetries: 0 })(out()).catch((e: unknown) => e);
    expect((plain as Error).message).not.toMatch(/CORS/);
  });

  it('does not retry 4xx, nor anything with maxRetries 0, nor a Retry-After over a minute', async () => {
    const notFound = scriptedFetch([() => json(404, { error: { type: 'record-not-found', message: 'gone' } })]);
    const missing = await transportWith(notFound.fetch)(out()).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).type).toBe('record-not-found');
    expect(notFound.seen).toHaveLength(1);
    const none = scriptedFetch([() => json(503), () => json(200)]);
    await expect(transportWith(none.fetch)(out(), { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(none.seen).toHaveLength(1);
    const long = scriptedFetch([() => json(429, {}, { 'retry-after': '3600' }), () => json(200)]);
    const send = transportWith(long.fetch);
    const limited = await send(out()).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).headers.get('retry-after')).toBe('3600');
    expect(long.seen).toHaveLength(1);
    expect(send.waits).toEqual([]);
  });

  it("waits for the server's Retry-After (seconds or a date) before retrying", async () => {
    const { fetch } = scriptedFetch([
      () => json(429, {}, { 'retry-after': '2' }),
      () => json(503, {}, { 'retry-after': '1' }),
      () => json(200),
    ]);
    const send = transportWith(fetch);
    expect((await send(out())).attempt).toBe(3);
    expect(send.waits).toEqual([2000, 1000]);
  });

  it('times out each attempt and throws ApifyTimeoutError when retries run out', async () => {
    fakeTimers();
    const calls = { count: 0 };
    const failing = transportWith(hangingFetch(calls), { timeoutMs: 50, maxRetries: 2 })(out()).catch(
      (e: unknown) => e,
    );
    // Three attempts, each cut by its 50 ms deadline.
    await vi.advanceTimersByTimeAsync(150);
    const error = await failing;
    expect(error).toBeInstanceOf(ApifyTimeoutError);
    expect((error as ApifyTimeoutError).mayHaveReachedServer).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    expect((error as Error).message).toContain('timed out after 50 ms (attempt 3 of 3)');
    expect(calls.count).toBe(3);
  });

  it('adds the hold of a long-poll to the deadline', async () => {
    fakeTimers();
    const seen: (AbortSignal | null | undefined)[] = [];
    const slow = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init?.signal);
      await new Promise((resolve) => setTimeout(resolve, 120));
      return json(200, { data: 1 });
    }) as typeof globalThis.fetch;
    const receiving = transportWith(slow, { timeoutMs: 40, maxRetries: 0 })(out({ extraTimeoutMs: 5_000 }));
    // Answered at 120 ms, past the 40 ms deadline but within it once the hold is added.
    await vi.advanceTimersByTimeAsync(120);
    const received = await receiving;
    expect(received.data).toEqual({ data: 1 });
    expect(seen[0]?.aborted).toBe(false);
  });

  it('keeps the deadline armed while the body is read, except for streams', async () => {
    // Headers at once, then a body that never ends (it fails when the attempt is aborted, as a real body does).
    const slowBody = ((_input: RequestInfo | URL, init?: RequestInit) => {
      const signal = init?.signal;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":'));
          signal?.addEventListener('abort', () => controller.error(signal.reason));
        },
      });
      return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    }) as typeof globalThis.fetch;
    fakeTimers();
    const send = transportWith(slowBody, { timeoutMs: 50, maxRetries: 1 });
    const cut = expect(send(out())).rejects.toBeInstanceOf(ApifyTimeoutError);
    // Both attempts' bodies are cut by their 50 ms deadlines.
    await vi.advanceTimersByTimeAsync(100);
    await cut;

    // A stream is handed over at the headers; past the deadline it is still readable, and the caller's signal ends it.
    const caller = new AbortController();
    const streamed = await send(out({ parseAs: 'stream' }), { signal: caller.signal });
    const reader = (streamed.data as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('{"data":');
    // Past the deadline, then read on.
    await vi.advanceTimersByTimeAsync(100);
    const pending = reader.read();
    caller.abort(new Error('enough'));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyUserAbortError);
    expect((error as Error).cause).toEqual(new Error('enough'));
  });

  it('turns a body that fails mid-stream into ApifyConnectionError; read whole, it is retried', async () => {
    const broken = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new Uint8Array([1, 2]));
            controller.error(new TypeError('terminated'));
          },
        }),
      );
    const streamed = await transportWith((async () => broken()) as typeof fetch)(out({ parseAs: 'stream' }));
    const error = await new Response(streamed.data as ReadableStream).arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyConnectionError);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    // Read whole: the same failure is an attempt failure, retried for an idempotent call.
    const { fetch } = scriptedFetch([broken, () => json(200, { ok: 1 })]);
    const retried = await transportWith(fetch)(out());
    expect(retried.data).toEqual({ ok: 1 });
    expect(retried.attempt).toBe(2);
  });

  it('retries a 2xx whose body is not JSON (idempotent), and gives up with ApifyResponseError', async () => {
    const garbled = () =>
      new Response('{"data": {"id": "x"', { status: 200, headers: { 'content-type': 'application/json' } });
    const flaky = scriptedFetch([garbled, () => json(200, { data: { id: 'x' } })]);
    expect((await transportWith(flaky.fetch)(out())).data).toEqual({ data: { id: 'x' } });
    const always = scriptedFetch([garbled]);
    const error = await transportWith(always.fetch, { maxRetries: 1 })(out()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyResponseError);
    expect((error as ApifyResponseError).status).toBe(200);
    expect((error as ApifyResponseError).attempt).toBe(2);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(always.seen).toHaveLength(2);
    // A push answered 2xx was stored: its unparsable body is not a reason to send it again.
    const pushed = scriptedFetch([garbled]);
    await expect(
      transportWith(pushed.fetch)(out({ method: 'POST', body: '[]', retry: 'unsent-only' })),
    ).rejects.toBeInstanceOf(ApifyResponseError);
    expect(pushed.seen).toHaveLength(1);
  });

  it("reads a response's headers only when a failure needs them (createNodeFetch builds them on first read)", async () => {
    let reads = 0;
    const counted = (response: Response) =>
      new Proxy(response, {
        get(target, key) {
          if (key === 'headers') reads++;
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const ok = scriptedFetch([() => counted(json(200, { data: { id: 'x' } }))]);
    expect((await transportWith(ok.fetch)(out())).data).toEqual({ data: { id: 'x' } });
    expect(reads).toBe(0);
    const garbled = () => counted(new Response('{"data"', { status: 200, headers: { 'x-request-id': 'r1' } }));
    const error = await transportWith(scriptedFetch([garbled]).fetch, { maxRetries: 0 })(out()).catch((e) => e);
    expect(error).toBeInstanceOf(ApifyResponseError);
    expect((error as ApifyResponseError).headers.get('x-request-id')).toBe('r1');
    expect(reads).toBe(1);
  });

  it('reads bytes once into one buffer, text as text, and drains a body nobody needs', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250]);
    const { fetch } = scriptedFetch([() => new Response(bytes), () => new Response('héllo'), () => json(201, {})]);
    const send = transportWith(fetch);
    expect(await send(out({ parseAs: 'bytes' }))).toMatchObject({ data: bytes });
    expect((await send(out({ parseAs: 'text' }))).data).toBe('héllo');
    const none = await send(out({ parseAs: 'none' }));
    expect(none.data).toBeUndefined();
    expect((none.response as Response).bodyUsed).toBe(true);
  });
});

describe('abort', () => {
  it('rejects at once when the caller aborts during a backoff wait, leaving no timer behind', async () => {
    vi.useFakeTimers();
    const { fetch, seen } = scriptedFetch([() => json(429, {}, { 'retry-after': '30' }), () => json(200)]);
    const send = createTransport(resolveOptions({ fetch, token: 'tok', timeoutMs: 0 }), { random: () => 0 });
    const caller = new AbortController();
    const result = send(out(), { signal: caller.signal }).catch((e: unknown) => e);
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
    const result = transportWith(hangingFetch(calls))(out(), { signal: caller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(calls.count).toBe(1));
    expect(vi.getTimerCount()).toBe(1); // the attempt deadline
    caller.abort();
    const error = await result;
    expect(error).toBeInstanceOf(ApifyUserAbortError);
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    expect(vi.getTimerCount()).toBe(0);
    expect(calls.count).toBe(1);
  });

  it('passes the caller signal itself when there is no deadline, and combines the two otherwise', async () => {
    const { fetch, seen } = scriptedFetch([() => json(200), () => json(200)]);
    const caller = new AbortController();
    await transportWith(fetch, { timeoutMs: 0 })(out(), { signal: caller.signal });
    expect(seen[0]?.signal).toBe(caller.signal);
    await transportWith(fetch, { timeoutMs: 1_000 })(out(), { signal: caller.signal });
    const combined = seen[1]?.signal;
    expect(combined).not.toBe(caller.signal);
    caller.abort(new Error('stop'));
    expect(combined?.aborted).toBe(true);
  });

  it('does not even start when the signal is already aborted', async () => {
    const { fetch, seen } = scriptedFetch([() => json(200)]);
    await expect(transportWith(fetch)(out(), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      ApifyUserAbortError,
    );
    expect(seen).toHaveLength(0);
  });
});
