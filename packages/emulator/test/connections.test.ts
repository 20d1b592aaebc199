import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/http/body.js';
import { RUN_BASE, TOKEN, useEmulator } from './support/emulator.js';

/**
 * A keep-alive client never sees a reset: a request answered before its body is read (413, 415, 400, 401, 404) has
 * its body drained, or is answered with `Connection: close`. Each case sends its bad request and then a good one on
 * the same one-socket keep-alive agent.
 */
const env = useEmulator();
let runId = '';
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
afterAll(() => agent.destroy());

interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  port: number;
  reused: boolean;
}

/** One request through the keep-alive agent; `body` may be a list of chunks (sent chunked, without a length). */
function send(
  method: string,
  path: string,
  headers: Record<string, string | number>,
  body?: Buffer | Buffer[],
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(`${env.emulator.url}${path}`, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          port: req.socket?.localPort ?? 0,
          reused: req.reusedSocket,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (Array.isArray(body)) {
      for (const chunk of body) req.write(chunk);
      req.end();
    } else req.end(body);
  });
}

const auth = { authorization: `Bearer ${TOKEN}` };
const json = { ...auth, 'content-type': 'application/json' };
const big = () => Buffer.from(`[${'"x",'.repeat(MAX_BODY_BYTES / 4)}"x"]`);
/** About 6 MB on the wire (many TCP reads), 12 MB once inflated: past the limit only after decoding. */
const hexBomb = () => gzipSync(Buffer.from(JSON.stringify([randomBytes(6_000_000).toString('hex')])));

const cases: Array<[string, () => Promise<Sent>, number]> = [
  [
    'a compressed body that inflates past the limit (413)',
    () => send('POST', `${RUN_BASE(runId)}/dataset/items`, { ...json, 'content-encoding': 'gzip' }, hexBomb()),
    413,
  ],
  [
    'a body whose Content-Length passes the limit (413)',
    () => send('POST', `${RUN_BASE(runId)}/dataset/items`, json, big()),
    413,
  ],
  [
    'a chunked body that passes the limit (413)',
    () => {
      const whole = big();
      const chunks = [];
      for (let at = 0; at < whole.length; at += 1 << 20) chunks.push(whole.subarray(at, at + (1 << 20)));
      return send('POST', `${RUN_BASE(runId)}/dataset/items`, json, chunks);
    },
    413,
  ],
  [
    'an unknown Content-Encoding (415)',
    () =>
      send(
        'POST',
        `${RUN_BASE(runId)}/dataset/items`,
        { ...json, 'content-encoding': 'zstd' },
        Buffer.alloc(200_000, 1),
      ),
    415,
  ],
  [
    'a body that is not gzip (400)',
    () =>
      send(
        'POST',
        `${RUN_BASE(runId)}/dataset/items`,
        { ...json, 'content-encoding': 'gzip' },
        Buffer.alloc(200_000, 7),
      ),
    400,
  ],
  [
    'a bad query parameter (400)',
    () =>
      send(
        'POST',
        `${RUN_BASE(runId)}/request-queue/requests?forefront=maybe`,
        json,
        Buffer.from('{"url":"x"}'.padEnd(300_000)),
      ),
    400,
  ],
  [
    'a wrong token (401)',
    () =>
      send(
        'POST',
        `${RUN_BASE(runId)}/dataset/items`,
        { ...json, authorization: 'Bearer nope' },
        Buffer.alloc(300_000, 32),
      ),
    401,
  ],
  ['an unknown path (404)', () => send('POST', '/v2/no-such-thing', json, Buffer.alloc(300_000, 32)), 404],
  [
    'invalid JSON to the admin API (400)',
    () => send('POST', '/__emulator/actors', json, Buffer.alloc(300_000, 123)),
    400,
  ],
];

describe('a keep-alive connection after an early error', () => {
  it.each(cases)('survives %s', async (_, bad, status) => {
    runId ||= env.emulator.admin.createRun({
      actorId: env.emulator.admin.createActor({ name: 'keep-alive' }).id,
      status: 'SUCCEEDED',
    }).run.id;
    const first = await send('GET', RUN_BASE(runId), auth);
    expect(first.status).toBe(200);
    const rejected = await bad();
    expect(rejected.status).toBe(status);
    expect(JSON.parse(rejected.body).error.type).toEqual(expect.any(String));
    // Kept alive (the body was drained: the same socket serves the next request) or closed on purpose.
    const closing = rejected.headers.connection === 'close';
    if (!closing) expect(rejected.port).toBe(first.port);
    const next = await send('GET', RUN_BASE(runId), auth);
    expect(next.status).toBe(200);
    if (!closing) expect(next.port).toBe(first.port);
    expect(
      env.emulator.state.datasets.get(env.emulator.state.runs.get(runId)?.run.defaultDatasetId ?? '')?.itemCount(),
    ).toBe(0);
  });
});
