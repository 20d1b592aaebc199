/**
 * Property tests: generated requests (any operation of either group, any parameters, headers, encodings and bodies)
 * never get a 5xx, and every 4xx leaves the state exactly as it was. Seeded, so a run is reproducible: a failure
 * prints its seed and the shrunk request; `FC_SEED=<n> FC_RUNS=<n>` replays or widens a run.
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOKEN, useEmulator } from './support/emulator.js';
import { type HostileRequest, hostileRequest, PLACEHOLDERS, resolve, send } from './support/hostile-requests.js';
import { firstDifference, snapshot } from './support/snapshot.js';

const errors: unknown[] = [];
const env = useEmulator({ onError: (error) => errors.push(error) });
const OTHER = { id: 'PropOtherUser0001', username: 'prop-other', token: 'prop_other_token' };
const SEED = Number(process.env.FC_SEED ?? 20_251_115);
const RUNS = Number(process.env.FC_RUNS ?? 100);
let sceneNumber = 0;
const stats = new Map<string, number>();

import { afterAll } from 'vitest';

afterAll(() => {
  console.log(
    [...stats]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${v} ${k}`)
      .join('\n'),
  );
});

beforeAll(() => {
  env.emulator.admin.createUser({ id: OTHER.id, username: OTHER.username });
  env.emulator.admin.addToken({ token: OTHER.token, userId: OTHER.id });
});

/** A fresh Actor with a RUNNING run of the default user (storages filled, one lock held) and one of another user. */
async function scene(): Promise<{ values: Record<string, string>; runIds: string[] }> {
  const { admin } = env.emulator;
  sceneNumber += 1;
  const actor = admin.createActor({ name: `prop-${sceneNumber}` });
  const mine = admin.createRun({ actorId: actor.id, status: 'RUNNING' });
  const theirs = admin.createRun({ actorId: actor.id, status: 'SUCCEEDED', userId: OTHER.id });
  await admin.pushItems(mine.datasetId, [{ n: 1, nested: { deep: 1 }, list: [1, 2] }, { n: 2, '#hidden': 1 }, {}]);
  await admin.setRecord(mine.keyValueStoreId, 'INPUT', { value: '{"a":1}', contentType: 'application/json' });
  await admin.setRecord(mine.keyValueStoreId, 'note.txt', { value: 'hello', contentType: 'text/plain' });
  const added = await admin.addRequests(mine.requestQueueId, [
    { url: 'https://example.com/a', uniqueKey: 'https://example.com/a' },
    { url: 'https://example.com/b', uniqueKey: 'k1', userData: { label: 'x' } },
    { url: 'https://example.com/c', uniqueKey: 'k2', handledAt: '2025-01-01T00:00:00.000Z' },
    { url: 'https://example.com/d', uniqueKey: 'k3' },
  ]);
  const queue = env.emulator.state.requestQueues.get(mine.requestQueueId);
  if (!queue) throw new Error('no queue');
  const { lockHead } = await import('../src/state/request-queue-head.js');
  await lockHead(queue, { lockSecs: 3_600, limit: 1, clientKey: 'a' });
  admin.appendLog(mine.run.id, 'a line\n');
  const values: Record<string, string> = {
    '@run0@': mine.run.id,
    '@run1@': theirs.run.id,
    '@actor@': actor.id,
    '@name@': actor.name,
    '@token0@': TOKEN,
    '@token1@': OTHER.token,
  };
  added.forEach((result, index) => {
    values[`@req${index}@`] = result.requestId;
  });
  return { runIds: [mine.run.id, theirs.run.id], values };
}

/** Sends the request; a `waitForFinish` the server holds is released by moving the clock past the 60 s cap. */
async function answer(request: HostileRequest) {
  const answered = send(env.emulator.url, request);
  const stop = new AbortController();
  const held = env.clock.whenPending('waitForFinish', 1, stop.signal).then(
    () => env.clock.advance(60_000),
    () => undefined,
  );
  try {
    return await answered;
  } finally {
    stop.abort();
    await held;
  }
}

async function check(request: HostileRequest, ids: { runIds: string[] }): Promise<void> {
  const before = await snapshot(env.emulator, ids);
  const result = await answer(request);
  const key = `${result.status} ${request.method} ${request.path
    .split('?')[0]
    ?.replace(/\/v2\/(actor-runs|acts)\/[^/]+/, '/$1/X')
    .replace(/requests\/[^/]+/, 'requests/Y')
    .replace(/records\/[^/]+/, 'records/Z')
    .replace(/runs\/last/, 'runs/last')}`;
  stats.set(key, (stats.get(key) ?? 0) + 1);
  if (result.status >= 400) {
    const m = `${result.status} ERR ${(() => {
      try {
        return JSON.parse(result.body ?? '')
          .error.message.replace(/"[^"]*"/g, 'Q')
          .slice(0, 90);
      } catch {
        return 'unparsable';
      }
    })()}`;
    stats.set(m, (stats.get(m) ?? 0) + 1);
  }
  expect(result.status, request.label).toBeLessThan(500);
  expect(errors, request.label).toEqual([]);
  if (result.status >= 400) {
    // A HEAD answer has no body; every other error is Apify-shaped.
    if (request.method !== 'HEAD' && new URL(request.path, 'http://x').searchParams.get('method') !== 'HEAD') {
      const body = JSON.parse(result.body ?? '');
      expect(body.error, request.label).toEqual(
        expect.objectContaining({ type: expect.any(String), message: expect.any(String) }),
      );
    }
    const changed = firstDifference(before, await snapshot(env.emulator, ids));
    expect(changed, `${request.label} answered ${result.status} but changed the state`).toBeUndefined();
  }
}

describe('generated requests', () => {
  it(
    'with valid methods, paths and parameters but any body and encoding: no 5xx, a 4xx changes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileRequest(PLACEHOLDERS, { wellFormed: true }), { minLength: 1, maxLength: 4 }),
          async (requests) => {
            const { values, runIds } = await scene();
            for (const request of requests) await check(resolve(request, values), { runIds });
          },
        ),
        { seed: SEED + 1, numRuns: RUNS },
      );
    },
    Math.max(120_000, RUNS * 300),
  );

  it(
    'never get a 5xx, and a 4xx leaves the state as it was',
    async () => {
      // A few requests per scene: later ones meet what earlier ones did (locks taken, items pushed, runs aborted).
      await fc.assert(
        fc.asyncProperty(fc.array(hostileRequest(PLACEHOLDERS), { minLength: 1, maxLength: 4 }), async (requests) => {
          const { values, runIds } = await scene();
          for (const request of requests) await check(resolve(request, values), { runIds });
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // A safety net that grows with FC_RUNS, far above what a loaded machine needs (about 30 ms a run).
    },
    Math.max(120_000, RUNS * 300),
  );
});

describe('what the generated requests found', () => {
  it('a queue call that fails (404, 403) does not count its caller as a client', async () => {
    const { runIds, values } = await scene();
    const queue = () => {
      const record = env.emulator.state.runs.get(runIds[0] as string);
      return env.emulator.state.requestQueues.get(record?.run.defaultRequestQueueId ?? '');
    };
    const base = `/v2/actor-runs/${runIds[0]}/request-queue/requests`;
    expect(queue()?.hadMultipleClients).toBe(false);
    // The scene's lock is held by client "a"; client "b" may neither delete its lock nor touch a missing request.
    const refused = await env.call(`${base}/${values['@req0@']}/lock?clientKey=b`, { method: 'DELETE' });
    expect(refused.status).toBe(403);
    const missing = await env.call(`${base}/NoSuchRequest00/lock?lockSecs=1&clientKey=c`, { method: 'PUT', raw: true });
    expect(missing.status).toBe(404);
    expect(queue()?.hadMultipleClients).toBe(false);
  });

  it('a record GET that answers 404 does not count as a read', async () => {
    const { runIds } = await scene();
    const record = env.emulator.state.runs.get(runIds[0] as string);
    const store = env.emulator.state.keyValueStores.get(record?.run.defaultKeyValueStoreId ?? '');
    const before = store?.readCount;
    expect((await env.call(`/v2/actor-runs/${runIds[0]}/key-value-store/records/missing`, { raw: true })).status).toBe(
      404,
    );
    expect(store?.readCount).toBe(before);
  });
});

/** Writes raw bytes on a fresh connection and resolves with everything the server sent before it closed. */
function rawExchange(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(env.emulator.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    // The server answers a broken request and closes; a well-formed prefix just waits for more, so end our side.
    socket.end(bytes);
  });
}

describe('bytes that are not HTTP', () => {
  const line = fc.string({
    unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)),
    maxLength: 40,
  });
  const garbage = fc.oneof(
    line.map((text) => `${text}\r\n\r\n`),
    fc
      .tuple(fc.constantFrom('GET', 'POST', 'G ET', ''), line)
      .map(([method, path]) => `${method} /${path} HTTP/1.1\r\nHost: x\r\n\r\n`),
    fc.tuple(line, line).map(([name, value]) => `GET /v2/actor-runs/x HTTP/1.1\r\n${name}: ${value}\r\n\r\n`),
    line.map(
      (size) =>
        `POST /v2/actor-runs/x/dataset/items HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\nabc\r\n0\r\n\r\n`,
    ),
    fc.constantFrom(
      'GET / HTTP/9.9\r\n\r\n',
      'POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef',
      `GET / HTTP/1.1\r\nX: ${'y'.repeat(20_000)}\r\n\r\n`,
      'GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n',
    ),
  );

  it('get an Apify-shaped 4xx (or, for what is valid, a normal answer), never a 5xx, and the server stays up', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, async (text) => {
        const answer = await rawExchange(Buffer.from(text, 'latin1'));
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
        if (answer === '') return; // nothing complete arrived to answer
        expect(status, JSON.stringify(text)).toBeGreaterThanOrEqual(200);
        expect(status, JSON.stringify(text)).toBeLessThan(500);
        if (status >= 400) {
          const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
          expect(JSON.parse(body).error.type, JSON.stringify(text)).toEqual(expect.any(String));
        }
      }),
      { seed: SEED + 2, numRuns: Math.ceil(RUNS / 2) },
    );
    expect((await fetch(`${env.emulator.url}/__emulator/health`)).status).toBe(200);
    expect(errors).toEqual([]);
  }, 120_000);
});
