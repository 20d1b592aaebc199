import { afterAll, beforeAll } from 'vitest';
import { type Emulator, type EmulatorOptions, ManualClock, startEmulator } from '../../src/index.js';
import { expectConformant } from './conformance.js';

export const TOKEN = 'test_token';

/** The two bases every shared operation is served under (plus the `/v2/actors/` alias of the second). */
export const RUN_BASE = (runId: string) => `/v2/actor-runs/${runId}`;
export const LAST_BASE = (actor: string, query = '') => `/v2/acts/${actor}/runs/last${query}`;

export interface CallOptions {
  method?: string;
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  /** Skip the spec conformance check (for requests the spec itself forbids). */
  raw?: boolean;
}

export interface Call {
  status: number;
  headers: Headers;
  body: any;
  response: Response;
}

/**
 * Starts an emulator for the test file and stops it after; `call` checks every response against the spec. It runs
 * on a manual clock (`clock`, starting at the real time now): nothing time-based happens unless a test advances it.
 */
export function useEmulator(options: EmulatorOptions = {}) {
  const clock = new ManualClock();
  const context = { emulator: undefined as unknown as Emulator, clock };
  beforeAll(async () => {
    context.emulator = await startEmulator({ tokens: [TOKEN], clock, ...options });
  });
  afterAll(async () => {
    await context.emulator?.close();
  });
  const call = async (path: string, init: CallOptions = {}): Promise<Call> => {
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = { ...init.headers };
    const token = init.token === undefined ? TOKEN : init.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: RequestInit['body'];
    if (init.body !== undefined) {
      if (typeof init.body === 'string' || init.body instanceof Uint8Array) body = init.body as RequestInit['body'];
      else {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    const url = `${context.emulator.url}${path}`;
    const response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    const copy = response.clone();
    const parsed = init.raw ? await readAny(response) : await expectConformant(method, url, response);
    return { status: copy.status, headers: copy.headers, body: parsed, response: copy };
  };
  return Object.assign(context, { call });
}

async function readAny(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
