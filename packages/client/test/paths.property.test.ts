import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApifyClient, ApifyInputError, createApifyClient } from '../src/index.js';
import { requestOf } from './support/emulator.js';

/**
 * No run ID, Actor ID, record key or request ID can change which resource a request addresses: for any string,
 * the client either rejects it with `ApifyInputError` before sending anything, or sends exactly one request whose
 * path has the expected segments, the value decoding back to the input, and only the expected query keys.
 */

const TOKEN = 'secret-token-never-in-urls';
const BASE = 'https://api.example.test';

/** A client whose fetch captures every request and answers it with a plausible success. */
function capturing(): { client: ApifyClient; requests: Request[] } {
  const requests: Request[] = [];
  const client = createApifyClient({
    token: TOKEN,
    baseUrl: BASE,
    maxRetries: 0,
    fetch: async (input, init) => {
      const request = requestOf(input, init);
      requests.push(request);
      if (request.method === 'DELETE') return new Response(null, { status: 204 });
      if (new URL(request.url).pathname.endsWith('/log')) return new Response('log\n');
      return Response.json({ data: { id: 'ResolvedRun000001', status: 'RUNNING' } });
    },
  });
  return { client, requests };
}

/** Strings that try hard: any UTF-16 (lone surrogates too), and dense mixes of URL syntax. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  // Single UTF-16 code units, so lone surrogates appear too.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 8 }),
  fc.string({
    unit: fc.constantFrom('.', '/', '\\', '%', '2', 'e', '?', '#', '&', '=', '~', ';', ' ', 'a'),
    maxLength: 12,
  }),
  fc.constantFrom('', '.', '..', '/', '%2e', '%2E%2e', '.%2e', '../x', 'a/../b', '?raw=1', '#frag', 'a&b=c', '\\..'),
);

interface Expectation {
  /** Path segments after the base, with `null` where the encoded value must be. */
  segments: (string | null)[];
  /** What the `null` segments must decode to, in order. */
  values: string[];
  /** The query the request must carry, exactly. */
  query: Record<string, string>;
}

/** Sends `act` and checks the outcome against `expect` (or an `ApifyInputError` with nothing sent). */
async function check(
  act: (client: ApifyClient) => Promise<unknown>,
  expected: Expectation | 'rejected',
): Promise<void> {
  const { client, requests } = capturing();
  let error: unknown;
  try {
    await act(client);
  } catch (caught) {
    error = caught;
  }
  if (expected === 'rejected') {
    expect(error).toBeInstanceOf(ApifyInputError);
    expect(requests).toHaveLength(0);
    return;
  }
  if (error !== undefined) throw error;
  expect(requests.length).toBeGreaterThanOrEqual(1);
  const request = requests.at(-1) as Request;
  expect(request.url).not.toContain(TOKEN);
  const url = new URL(request.url);
  expect(url.origin).toBe(BASE);
  expect(url.hash).toBe('');
  const parts = url.pathname.split('/').slice(1);
  expect(parts).toHaveLength(expected.segments.length);
  const decoded: string[] = [];
  expected.segments.forEach((segment, index) => {
    const actual = parts[index] as string;
    if (segment === null) decoded.push(decodeURIComponent(actual));
    else expect(actual).toBe(segment);
  });
  expect(decoded).toEqual(expected.values);
  expect(Object.fromEntries(url.searchParams)).toEqual(expected.query);
  expect([...url.searchParams.keys()]).toHaveLength(Object.keys(expected.query).length);
}

const mustReject = (value: string) => value === '' || value === '.' || value === '..';
/** `actorRef`'s accepted forms: no slash, or exactly one slash between two non-empty parts. */
const actorApiForm = (actorId: string): string | undefined => {
  const parts = actorId.split('/');
  if (parts.length > 2 || parts.some((part) => part.length === 0)) return undefined;
  return parts.join('~');
};

const RUN = ['v2', 'actor-runs', null];

describe('path and query safety (property tests)', () => {
  it('runId: run(id).get() addresses exactly that run', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (runId) => {
        await check(
          (client) => client.run(runId).get(),
          mustReject(runId) ? 'rejected' : expectOrInput(RUN, [runId], {}),
        );
      }),
    );
  });

  it('runId: storage sub-paths and run actions keep their suffix and query', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (runId, gracefully) => {
        const expected = (suffix: string[], query: Record<string, string>) =>
          mustReject(runId) ? 'rejected' : expectOrInput([...RUN, ...suffix], [runId], query);
        await check((client) => client.run(runId).log.get({ raw: true }), expected(['log'], { raw: 'true' }));
        await check(
          (client) => client.run(runId).abort({ gracefully }),
          expected(['abort'], { gracefully: String(gracefully) }),
        );
        await check((client) => client.run(runId).delete(), expected([], {}));
      }),
    );
  });

  it('actorId: lastRun(actor, filter) addresses that Actor, with only the filter in the query', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (actorId) => {
        const form = actorApiForm(actorId);
        const expected = form === undefined || mustReject(form) ? 'rejected' : undefined;
        await check(
          (client) => client.lastRun(actorId, { status: 'SUCCEEDED', origin: 'API' }).get(),
          expected ??
            expectOrInput(['v2', 'acts', null, 'runs', 'last'], [form as string], {
              status: 'SUCCEEDED',
              origin: 'API',
            }),
        );
        await check(
          (client) => client.lastRun(actorId).log.get(),
          expected ?? expectOrInput(['v2', 'acts', null, 'runs', 'last', 'log'], [form as string], {}),
        );
      }),
    );
  });

  it('targetActorId: metamorph() puts it in one query value, never in the path', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.option(hostile, { nil: undefined }), async (target, build) => {
        const form = actorApiForm(target);
        const query: Record<string, string> = { targetActorId: form ?? '' };
        if (build !== undefined) query.build = build;
        await check(
          (client) => client.run('SomeRun0000000001').metamorph(target, { build }),
          form === undefined || !wellFormed([target, build ?? ''])
            ? 'rejected'
            : { segments: ['v2', 'actor-runs', 'SomeRun0000000001', 'metamorph'], values: [], query },
        );
      }),
    );
  });

  it('recordKey: deleteRecord(key) addresses exactly that record under both locators', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (key) => {
        const record = ['key-value-store', 'records', null];
        await check(
          (client) => client.run('SomeRun0000000001').keyValueStore.deleteRecord(key),
          mustReject(key) ? 'rejected' : expectOrInput(['v2', 'actor-runs', 'SomeRun0000000001', ...record], [key], {}),
        );
        await check(
          (client) => client.lastRun('demo/actor', { status: 'RUNNING' }).keyValueStore.deleteRecord(key),
          mustReject(key)
            ? 'rejected'
            : expectOrInput(['v2', 'acts', 'demo~actor', 'runs', 'last', ...record], [key], { status: 'RUNNING' }),
        );
      }),
    );
  });

  it('requestId: deleteRequest(id) addresses exactly that request under both locators', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (id) => {
        const request = ['request-queue', 'requests', null];
        await check(
          (client) => client.run('SomeRun0000000001').requestQueue.deleteRequest(id),
          mustReject(id) ? 'rejected' : expectOrInput(['v2', 'actor-runs', 'SomeRun0000000001', ...request], [id], {}),
        );
        await check(
          (client) => client.lastRun('demo~actor').requestQueue.deleteRequest(id),
          mustReject(id)
            ? 'rejected'
            : expectOrInput(['v2', 'acts', 'demo~actor', 'runs', 'last', ...request], [id], {}),
        );
      }),
    );
  });

  it('rejects ".", ".." and "" everywhere before any request', async () => {
    for (const bad of ['', '.', '..']) {
      await check((client) => client.run(bad).get(), 'rejected');
      await check((client) => client.lastRun(bad).get(), 'rejected');
      await check((client) => client.run('R').keyValueStore.deleteRecord(bad), 'rejected');
      await check((client) => client.run('R').requestQueue.deleteRequest(bad), 'rejected');
    }
    await check((client) => client.lastRun('demo/').get(), 'rejected');
    await check((client) => client.lastRun('/actor').get(), 'rejected');
    await check((client) => client.lastRun('a/b/c').get(), 'rejected');
  });

  it('rejects strings that are not well-formed UTF-16 with ApifyInputError', async () => {
    await check((client) => client.run('a\uD800b').get(), 'rejected');
    await check((client) => client.run('R').keyValueStore.deleteRecord('\uDC00'), 'rejected');
  });
});

/** The expectation for values that can be a path segment; lone surrogates cannot, so they must be rejected. */
function expectOrInput(
  segments: (string | null)[],
  values: string[],
  query: Record<string, string>,
): Expectation | 'rejected' {
  return wellFormed(values) ? { segments, values, query } : 'rejected';
}

/** False when a value has a lone surrogate (no URL form). */
function wellFormed(values: string[]): boolean {
  try {
    for (const value of values) encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

describe('query values', () => {
  it('rejects a lone surrogate in a query value with ApifyInputError before sending', async () => {
    const { createApifyClient, ApifyInputError } = await import('../src/index.js');
    let sent = 0;
    const client = createApifyClient({
      token: 't',
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => {
        sent += 1;
        return new Response('{}');
      },
    });
    await expect(client.run('abc').keyValueStore.listKeys({ prefix: '\uD800' })).rejects.toBeInstanceOf(
      ApifyInputError,
    );
    expect(sent).toBe(0);
  });
});
