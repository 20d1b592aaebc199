import { afterEach, describe, expect, it } from 'vitest';
import { type ApifyApiError, ApifyConnectionError, NotFoundError } from '../src/errors.js';
import { type ApifyClientOptions, resolveOptions } from '../src/options.js';
import { createLog, type Logger, type LogLevel } from '../src/transport/logger.js';
import { createRedactor, REDACTED } from '../src/transport/redact.js';
import { createTransport } from '../src/transport/transport.js';
import { callRun, coreAt } from './support/call.js';
import { TOKEN, useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';

// Retries wait out their backoff on a fake clock.
const time = useFakeTime();
const env = useEmulator({}, time);
let actors = 0;

afterEach(() => {
  env.emulator().faults.clear();
});

interface Entry {
  level: string;
  message: string;
  meta?: Record<string, unknown> | undefined;
}

/** A logger that keeps everything it is given. */
function memoryLogger() {
  const entries: Entry[] = [];
  const at =
    (level: string) =>
    (message: string, meta?: Record<string, unknown>): void => {
      entries.push({ level, message, meta });
    };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, entries, text: () => JSON.stringify(entries) };
}

const newRun = () => {
  const admin = env.emulator().admin;
  const actor = admin.createActor({ name: `logging-${++actors}` });
  return admin.createRun({ actorId: actor.id, status: 'SUCCEEDED' }).run.id;
};

const getRun = (runId: string, overrides: ApifyClientOptions = {}) =>
  time.run(callRun(coreAt(env.emulator().url, overrides), runId, 'get', ''));

describe('log levels', () => {
  it('logs each attempt at debug, the retry at warn and the recovery at info', async () => {
    const runId = newRun();
    env
      .emulator()
      .faults.add({ match: { operationId: 'actorRun_get' }, times: 1, fault: { kind: 'status', status: 502 } });
    const log = memoryLogger();
    await getRun(runId, { logger: log.logger, logLevel: 'debug' });
    const levels = log.entries.map((entry) => entry.level);
    // The retried 502 is reported by the warning itself.
    expect(levels).toEqual(['debug', 'warn', 'debug', 'debug', 'info']);
    expect(log.entries[0]?.message).toMatch(
      /^GET \/v2\/actor-runs\/\w+ → http:\/\/127\.0\.0\.1:\d+\/v2\/actor-runs\/\w+ \(attempt 1 of 3\)$/,
    );
    expect(log.entries[1]?.message).toMatch(/got 502; retrying in \d+ ms \(attempt 1 of 3\)/);
    expect(log.entries[1]?.meta).toMatchObject({ attempt: 1 });
    expect(log.entries[3]?.message).toMatch(/← 200 in \d+ ms \(attempt 2 of 3\)$/);
    expect(log.entries[4]?.message).toMatch(/← 200 after retries \(attempt 2 of 3\)$/);
  });

  it('logs the final failure at error, and filters by logLevel', async () => {
    const runId = newRun();
    env.emulator().faults.add({ match: { operationId: 'actorRun_get' }, fault: { kind: 'status', status: 500 } });
    const byLevel = async (logLevel: LogLevel) => {
      const log = memoryLogger();
      await getRun(runId, { logger: log.logger, logLevel, maxRetries: 1 }).catch(() => {});
      return log.entries.map((entry) => entry.level);
    };
    expect(await byLevel('debug')).toEqual(['debug', 'warn', 'debug', 'debug', 'error']);
    expect(await byLevel('warn')).toEqual(['warn', 'error']);
    expect(await byLevel('error')).toEqual(['error']);
    expect(await byLevel('silent')).toEqual([]);
  });

  it('does not log an ordinary 404 as an error, and a throwing logger never breaks a call', async () => {
    const log = memoryLogger();
    await getRun('NoSuchRun', { logger: log.logger }).catch(() => {});
    expect(log.entries).toEqual([]);
    const runId = newRun();
    const throwing: Logger = {
      debug() {
        throw new Error('logger broke');
      },
    };
    const { response } = await getRun(runId, { logger: throwing, logLevel: 'debug' });
    expect(response.status).toBe(200);
  });

  it('skips levels the logger lacks, and a console-shaped logger works', () => {
    const redactor = createRedactor('tkn_secret');
    const warnings: string[] = [];
    const log = createLog({ warn: (message) => warnings.push(message) }, 'debug', redactor);
    log('debug', 'nothing to print');
    log('warn', 'printed tkn_secret');
    expect(warnings).toEqual([`printed ${REDACTED}`]);
  });
});

describe('redaction', () => {
  it('redacts secret headers, token= in URLs and the token anywhere', () => {
    const redactor = createRedactor('s3cr3t-token');
    expect(
      // The request's headers as the transport holds them (names in any case).
      redactor.headers({
        authorization: 'Bearer s3cr3t-token',
        cookie: 'a=b',
        'x-apify-proxy-token': 'p',
        'X-Apify-Session-Token-Id': 'q',
        'content-type': 'application/json',
        'x-request-note': 'has s3cr3t-token inside',
      }),
    ).toEqual({
      authorization: REDACTED,
      cookie: REDACTED,
      'x-apify-proxy-token': REDACTED,
      'X-Apify-Session-Token-Id': REDACTED,
      'content-type': 'application/json',
      'x-request-note': `has ${REDACTED} inside`,
    });
    expect(redactor.text('https://api.apify.com/v2/x?limit=1&token=abc123&offset=2')).toBe(
      `https://api.apify.com/v2/x?limit=1&token=${REDACTED}&offset=2`,
    );
    expect(redactor.text('GET /v2/x?apiToken=zzz#frag')).toBe(`GET /v2/x?apiToken=${REDACTED}#frag`);
    expect(redactor.text('Authorization: Bearer abc.def')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactor.text('s3cr3t-token')).toBe(REDACTED);
  });

  it('never lets the token reach logs, error messages, error paths or URLs', async () => {
    const runId = newRun();
    const log = memoryLogger();
    const options = { logger: log.logger, logLevel: 'debug' as const, headers: { 'x-apify-extra-token': TOKEN } };
    env.emulator().faults.add({ match: { operationId: 'actorRun_get' }, times: 1, fault: { kind: 'reset' } });
    const ok = await getRun(runId, options);
    expect((ok.response as Response).url).not.toContain(TOKEN);

    const notFound = await getRun('NoSuchRun0000000', options).catch((error: unknown) => error);
    expect(notFound).toBeInstanceOf(NotFoundError);
    const apiError = notFound as ApifyApiError;
    expect(apiError.path).toBe('/v2/actor-runs/NoSuchRun0000000');
    for (const text of [apiError.message, apiError.path, JSON.stringify(apiError), String(apiError.stack)]) {
      expect(text).not.toContain(TOKEN);
    }

    // A failure whose own message quotes the token and a token= URL (as a proxy or custom fetch might).
    const leaky = (async () => {
      throw new TypeError(`fetch failed for https://x.test/v2?token=${TOKEN}`, {
        cause: new Error(`Authorization: Bearer ${TOKEN}`),
      });
    }) as typeof fetch;
    const failed = await getRun(runId, { ...options, fetch: leaky, maxRetries: 1 }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ApifyConnectionError);
    expect((failed as Error).message).toContain(REDACTED);
    expect((failed as Error).message).not.toContain(TOKEN);
    expect(JSON.stringify(failed)).not.toContain(TOKEN);

    // A URL carrying token= (a caller-built request through the transport) is redacted in logs and messages.
    const transport = createTransport(resolveOptions({ token: TOKEN, fetch: leaky, ...options }));
    const url = `https://x.test/v2/actor-runs/a?token=${TOKEN}`;
    const viaQuery = await transport(
      {
        method: 'GET',
        url,
        path: '/v2/actor-runs/a',
        headers: {},
        parseAs: 'json',
        retry: 'idempotent',
        extraTimeoutMs: 0,
      },
      { maxRetries: 0 },
    ).catch((error: unknown) => error);
    expect((viaQuery as Error).message).not.toContain(TOKEN);

    const logged = log.text();
    expect(log.entries.length).toBeGreaterThan(5);
    expect(logged).not.toContain(TOKEN);
    expect(logged).toContain(`"authorization":"${REDACTED}"`);
    expect(logged).toContain(`"x-apify-extra-token":"${REDACTED}"`);
    expect(logged).toContain(`token=${REDACTED}`);
  });
});
