import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorAdmin } from './admin/admin.js';
import { adminInterceptor } from './admin/routes.js';
import { type FaultRule, Faults } from './faults/faults.js';
import { handlers, ownBodyValidation } from './handlers/index.js';
import { corsInterceptor } from './http/cors.js';
import { dispatch } from './http/dispatch.js';
import { Router } from './http/router.js';
import { seedDemo } from './seed/demo.js';
import { indexOperations } from './spec/operations.js';
import { EmulatorState } from './state/state.js';
import type { BackendFactory } from './storage/backends.js';
import { openDiskStorage } from './storage/disk.js';
import { memoryBackends } from './storage/memory.js';

export interface EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Serve and persist the Apify CLI / Crawlee on-disk layout in this folder, exposed as a finished run. */
  storageDir?: string;
  /** Create the documented demo scene (`demo/web-scraper`, see the package README). */
  seed?: 'demo';
  /** Tokens accepted for the default user, in addition to `apify_demo_token` when seeded. */
  tokens?: string[];
  /** Faults to inject from the start (more can be added with `emulator.faults`). */
  faults?: FaultRule[];
  /** Called with unexpected server errors (bugs); default prints to stderr. */
  onError?: (error: unknown) => void;
}

export interface Emulator {
  /** Base URL, e.g. `http://127.0.0.1:53211` (no trailing slash, no `/v2`). */
  url: string;
  port: number;
  state: EmulatorState;
  faults: Faults;
  /** Test set-up beyond the public API (the same operations the `/__emulator/` routes serve). */
  admin: EmulatorAdmin;
  server: Server;
  /** Stops listening, ends open connections and timers. */
  close(): Promise<void>;
}

/**
 * Starts an Apify-compatible API server for the run and last-run endpoints.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ seed: 'demo' });
 * const res = await fetch(`${emulator.url}/v2/acts/demo~web-scraper/runs/last?status=SUCCEEDED`, {
 *   headers: { authorization: 'Bearer apify_demo_token' },
 * });
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let backends: BackendFactory = memoryBackends;
  const disk = options.storageDir ? await openDiskStorage(options.storageDir) : undefined;
  if (disk) backends = disk.backends;
  const state = new EmulatorState(backends);
  for (const token of options.tokens ?? []) state.addToken(token);
  if (options.seed === 'demo') await seedDemo(state);
  if (disk) await disk.load(state);
  const faults = new Faults(options.faults ?? []);
  const router = new Router(indexOperations());
  const cors = corsInterceptor(router);
  const onError =
    options.onError ?? ((error: unknown) => console.error('[apify-runs-emulator] internal error:', error));
  const emulator = {} as Emulator;
  const server = createServer((req, res) => {
    void dispatch(
      {
        state,
        router,
        handlers,
        ownBodyValidation,
        // CORS after admin (admin routes get none) and before faults (so injected failures carry it too).
        interceptors: [adminInterceptor(emulator), cors, faults.interceptor],
        onError,
      },
      req,
      res,
    );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  state.baseUrl = url;
  Object.assign(emulator, {
    url,
    port,
    state,
    faults,
    admin: new EmulatorAdmin(state, faults),
    server,
    close: async () => {
      state.dispose();
      faults.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await disk?.close();
    },
  });
  return emulator;
}
