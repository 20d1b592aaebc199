import { afterEach, describe, expect, it } from 'vitest';
import { ApifyError, ApifyInputError, ApifyResponseError, BadRequestError, createApifyClient } from '../src/index.js';
import { TOKEN, useEmulator } from './support/emulator.js';
import { useFakeTime } from './support/fake-time.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

/** Every failure is an `ApifyError`: unusable success bodies, unusable tokens, servers that echo the token. */

// A retry's backoff runs on a fake clock.
const time = useFakeTime();
const env = useEmulator({}, time);
afterEach(() => env.emulator().faults.clear());

const garble = (operationId: string, body: string, times = 1) =>
  env.emulator().faults.add({ match: { operationId }, times, fault: { kind: 'body', body } });

describe.each(LOCATORS)('a 2xx body that is not what the operation declares, via %s', (_, locate) => {
  it('get() with maxRetries 0 rejects with ApifyResponseError', async () => {
    const scene = storageScene(env, locate, 'garbled-run-0');
    garble('get', '{"data": {"id": ');
    const error = await scene.run.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyResponseError);
    expect(error).toBeInstanceOf(ApifyError);
    expect((error as ApifyResponseError).status).toBe(200);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('get() with retries succeeds on the next attempt', async () => {
    const scene = storageScene(env, locate, 'garbled-run-retry', { maxRetries: 2 });
    garble('get', 'not json at all');
    expect((await time.run(scene.run.get()))?.id).toBe(scene.runId);
  });

  it('get(): JSON without the data envelope is an error, never undefined', async () => {
    const scene = storageScene(env, locate, 'no-envelope');
    garble('get', JSON.stringify({ id: scene.runId, status: 'SUCCEEDED' }));
    const error = await scene.run.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyResponseError);
    expect((error as Error).message).toContain('data');
    garble('dataset_get', '{"data": null}');
    await expect(scene.run.dataset.get()).rejects.toBeInstanceOf(ApifyResponseError);
  });

  it('listItems(): invalid JSON or a body that is not an array is an ApifyResponseError', async () => {
    const scene = storageScene(env, locate, 'garbled-items');
    await scene.admin.pushItems(scene.datasetId, [{ n: 1 }]);
    garble('dataset_items_get', '[{"n": 1}, {');
    await expect(scene.run.dataset.listItems()).rejects.toBeInstanceOf(ApifyResponseError);
    garble('dataset_items_get', '{"items": []}');
    await expect(scene.run.dataset.listItems()).rejects.toBeInstanceOf(ApifyResponseError);
    expect((await scene.run.dataset.listItems()).items).toEqual([{ n: 1 }]);
  });
});

describe('tokens that cannot be sent', () => {
  for (const [what, token] of [
    ['a trailing newline', 'apify_api_secret123\n'],
    ['a CR LF in the middle', 'apify_api_se\r\ncret123'],
    ['a NUL', 'apify_api_secret\u0000123'],
    ['a character beyond Latin-1', 'apify_api_sécret\u2028123'],
    ['a leading space', ' apify_api_secret123'],
  ] as const) {
    it(`rejects a token with ${what} in createApifyClient, without quoting it`, () => {
      let error: unknown;
      try {
        createApifyClient({ token, baseUrl: env.emulator().url });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ApifyInputError);
      expect((error as Error).message).not.toContain('secret');
      expect((error as Error).message).toContain('token');
    });
  }

  it('accepts an ordinary token and treats an empty one as none', async () => {
    const scene = storageScene(env, (LOCATORS[0] as (typeof LOCATORS)[number])[1], 'tokens');
    expect((await createApifyClient({ token: TOKEN, baseUrl: env.emulator().url }).run(scene.runId).get())?.id).toBe(
      scene.runId,
    );
    // No token at all: a run by ID is readable anonymously.
    expect((await createApifyClient({ token: '', baseUrl: env.emulator().url }).run(scene.runId).get())?.id).toBe(
      scene.runId,
    );
  });

  it('rejects unusable options with ApifyInputError', () => {
    expect(() => createApifyClient({ baseUrl: 'not a url' })).toThrow(ApifyInputError);
    expect(() => createApifyClient({ baseUrl: 'ftp://x.test' })).toThrow(ApifyInputError);
    expect(() => createApifyClient({ baseUrl: 'https://x.test/?token=abc' })).toThrow(ApifyInputError);
    expect(() => createApifyClient({ maxRetries: -1 })).toThrow(ApifyInputError);
    expect(() => createApifyClient({ maxRetries: 1.5 })).toThrow(ApifyInputError);
    expect(() => createApifyClient({ timeoutMs: Number.NaN })).toThrow(ApifyInputError);
    expect(() => createApifyClient({ headers: { 'x-note': 'a\nb' } })).toThrow(ApifyInputError);
    expect(() => createApifyClient({ userAgent: 'agent\r\n' })).toThrow(ApifyInputError);
  });
});

describe('a server that echoes the token back', () => {
  it('does not get it into error.message, the error body or its JSON', async () => {
    const scene = storageScene(env, (LOCATORS[0] as (typeof LOCATORS)[number])[1], 'echo');
    env.emulator().faults.add({
      match: { operationId: 'get' },
      times: 1,
      fault: { kind: 'status', status: 400, type: 'invalid-token', message: `Token ${TOKEN} is not valid here` },
    });
    const error = await scene.run.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).type).toBe('invalid-token');
    expect((error as Error).message).toContain('[REDACTED]');
    for (const text of [
      (error as Error).message,
      JSON.stringify((error as BadRequestError).body),
      String((error as Error).stack),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});
