import { type Emulator, type EmulatorOptions, startEmulator } from '@apify-runs/emulator';
import { afterAll, beforeAll } from 'vitest';
import { type ApifyClientOptions, createApifyClient } from '../../src/index.js';
import { createRawClient } from '../../src/raw.js';
import type { FakeTime } from './fake-time.js';

export const TOKEN = 'client_test_token';

/**
 * Starts an emulator (real HTTP on 127.0.0.1) for a test file, stopped after it. `client()` builds a client aimed
 * at it; `emulator()` gives the emulator for setting up state (`emulator().admin`, `emulator().state`, faults).
 * With `time` (`useFakeTime()`), the emulator runs on that fake clock.
 */
export function useEmulator(options: EmulatorOptions = {}, time?: FakeTime) {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ tokens: [TOKEN], ...(time ? { clock: time.clock } : {}), ...options });
    // The server keeps idle connections open (until close()): on a busy machine the client's keep-alive timers run
    // late, and a request sent on a connection the server is just closing fails with ECONNRESET, which no test is
    // about. The client closes its idle connections by itself.
    emulator.server.keepAliveTimeout = 0;
    time?.watch(emulator.server);
  });
  afterAll(async () => {
    await emulator?.close();
  });
  const get = (): Emulator => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
  return {
    emulator: get,
    client: (overrides: ApifyClientOptions = {}) =>
      createApifyClient({ token: TOKEN, baseUrl: get().url, maxRetries: 0, ...overrides }),
    /** The openapi-fetch client of `@apify-runs/client/raw`, aimed at the emulator. */
    raw: (overrides: ApifyClientOptions = {}) =>
      createRawClient({ token: TOKEN, baseUrl: get().url, maxRetries: 0, ...overrides }),
  };
}

/** The request an injected `fetch` was called with, as a `Request` (the client calls `fetch(url, init)`). */
export const requestOf = (input: RequestInfo | URL, init?: RequestInit): Request =>
  input instanceof Request && init === undefined ? input : new Request(input, init);

/** Runs `body` with a fault rule active, and removes the rule afterwards unless it already retired (`times`). */
export async function withFault<T>(
  emulator: Emulator,
  rule: Parameters<Emulator['faults']['add']>[0],
  body: () => Promise<T>,
): Promise<T> {
  const id = emulator.faults.add(rule);
  try {
    return await body();
  } finally {
    if (emulator.faults.list().some((active) => active.id === id)) emulator.faults.remove(id);
  }
}
