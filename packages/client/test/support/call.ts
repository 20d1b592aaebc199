import type { Method } from '../../src/call/operations.js';
import { type CallInit, request } from '../../src/call/request.js';
import { type ClientCore, createCore } from '../../src/core.js';
import { runLocator } from '../../src/locator.js';
import type { ApifyClientOptions } from '../../src/options.js';
import type { RequestOptions } from '../../src/transport/types.js';
import { TOKEN } from './emulator.js';

/** The core the resources use, aimed at `baseUrl` (2 retries unless overridden). */
export const coreAt = (baseUrl: string, overrides: ApifyClientOptions = {}): ClientCore =>
  createCore({ token: TOKEN, baseUrl, maxRetries: 2, ...overrides });

/** One operation under `/v2/actor-runs/{runId}` through the call layer, for tests of the transport beneath it. */
export const callRun = (
  core: ClientCore,
  runId: string,
  method: Method,
  suffix: string,
  init: CallInit = {},
  options?: RequestOptions,
) => request(core, runLocator(runId), method, suffix, init, options);
