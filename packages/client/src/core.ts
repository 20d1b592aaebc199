import { type ApifyClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { createTransport, type TransportInternals } from './transport/transport.js';
import type { Send } from './transport/types.js';

/** What every resource shares: the resolved options and the one transport every call goes through. */
export interface ClientCore {
  readonly options: ResolvedOptions;
  readonly send: Send;
}

/** Validates the options and builds the transport, once per client (`internals`: test hooks of the transport). */
export function createCore(options: ApifyClientOptions, internals?: TransportInternals): ClientCore {
  const resolved = resolveOptions(options);
  return { options: resolved, send: createTransport(resolved, internals) };
}
