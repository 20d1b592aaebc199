/**
 * Which operations the emulator actually answered, and with which status codes, while a contract ran: a listener on
 * the emulator's `node:http` server maps each finished request to its operationId through the bundled spec's path
 * templates. It shows whether a fuzzer reached an operation's success path (2xx) and its error paths (4xx), which
 * schemathesis' own summary does not say.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { SPEC_JSON } from './paths.js';

interface Route {
  method: string;
  pattern: RegExp;
  operationId: string;
  /** Literal segments win over templated ones (`/requests/batch` over `/requests/{requestId}`). */
  params: number;
  /** Position in the spec. */
  order: number;
}

function routes(): Route[] {
  const spec = JSON.parse(readFileSync(SPEC_JSON, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const out: Route[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.operationId) continue;
      out.push({
        method: method.toUpperCase(),
        pattern: new RegExp(`^${source}$`),
        operationId: operation.operationId,
        params: (path.match(/\{/g) ?? []).length,
        order: out.length,
      });
    }
  }
  return out.sort((a, b) => a.params - b.params);
}

/** Every operationId of the bundled spec, in spec order. */
export function specOperationIds(): string[] {
  return [
    ...new Set(
      routes()
        .sort((a, b) => a.order - b.order)
        .map((r) => r.operationId),
    ),
  ];
}

export interface StatusCoverage {
  /** Every operationId of the spec. */
  operations: string[];
  /** operationId → the status codes it answered with. */
  statuses: Map<string, Set<number>>;
  /** Stops listening. */
  stop(): void;
}

/** Starts recording the status codes the server answers, per operation. */
export function recordStatuses(server: Server): StatusCoverage {
  const table = routes();
  const statuses = new Map<string, Set<number>>();
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    res.on('finish', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const route = table.find((r) => r.method === req.method && r.pattern.test(path));
      if (!route) return;
      const codes = statuses.get(route.operationId) ?? new Set<number>();
      codes.add(res.statusCode);
      statuses.set(route.operationId, codes);
    });
  };
  server.on('request', onRequest);
  return {
    operations: specOperationIds(),
    statuses,
    stop: () => server.off('request', onRequest),
  };
}

/** Human-readable lines: how many operations saw a 2xx and a 4xx, and which never saw a 2xx. */
export function describeCoverage({ operations, statuses }: StatusCoverage): string[] {
  const saw = (id: string, family: number) =>
    [...(statuses.get(id) ?? [])].some((code) => Math.floor(code / 100) === family);
  const withoutSuccess = operations.filter((id) => !saw(id, 2));
  const lines = [
    `emulator answered 2xx for ${operations.length - withoutSuccess.length}/${operations.length} operations, ` +
      `4xx for ${operations.filter((id) => saw(id, 4)).length}/${operations.length}, ` +
      `5xx for ${operations.filter((id) => saw(id, 5)).length}`,
  ];
  if (withoutSuccess.length > 0) lines.push(`  never 2xx: ${withoutSuccess.join(', ')}`);
  const withoutClientError = operations.filter((id) => !saw(id, 4));
  if (withoutClientError.length > 0) lines.push(`  never 4xx: ${withoutClientError.join(', ')}`);
  return lines;
}
