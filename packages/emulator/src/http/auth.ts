import type { IncomingMessage } from 'node:http';
import type { OperationInfo } from '../spec/operations.js';
import type { EmulatorState } from '../state/state.js';
import { ApiError } from './api-error.js';

/** The token of a request: `Authorization: Bearer <token>` first, then the `token` query parameter. */
export function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (match?.[1]) return match[1].trim();
  }
  return url.searchParams.get('token') ?? undefined;
}

/** GET and HEAD: reads, which a run ID alone authorises. */
export const isRead = (operation: OperationInfo): boolean => operation.method === 'GET' || operation.method === 'HEAD';

/**
 * Apify's rules: a wrong token is always 401 `invalid-token`; writes and every last-run operation need a token
 * (401 `token-not-provided`); reads (GET, HEAD) of a run by ID work without one, and so do reads that carry a
 * `signature` (`signed`), which `checkStorageAccess` then verifies.
 */
export function authenticate(
  state: EmulatorState,
  operation: OperationInfo,
  token: string | undefined,
  signed = false,
): { token?: string; userId?: string } {
  if (token !== undefined) {
    const userId = state.tokens.get(token);
    if (!userId) throw new ApiError(401, 'invalid-token', 'Authentication token is not valid.');
    return { token, userId };
  }
  if ((operation.group === 'lastRun' && !signed) || !isRead(operation)) {
    throw new ApiError(401, 'token-not-provided', 'Authentication token was not provided.');
  }
  return {};
}
