import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../server.js';

/** PLACEHOLDER (replaced by the admin work): the /__emulator/ admin API. */
export function adminInterceptor(_emulator: Emulator) {
  return async (_req: IncomingMessage, _res: ServerResponse, _url: URL): Promise<boolean> => false;
}
