import type { OperationInfo } from '../spec/operations.js';
import { ApiError, badRequest } from './api-error.js';

export interface Route {
  operation: OperationInfo;
  /** Decoded path parameters. */
  params: Record<string, string>;
}

/** `/v2/actors/...` is the spelling current official clients use; it routes to the same operations. */
const ALIASES: Array<[RegExp, string]> = [[/^\/v2\/actors\//, '/v2/acts/']];

/** Finds the operation for a method and path; 405 when the path exists with other methods, null when it does not. */
export class Router {
  constructor(private readonly operations: readonly OperationInfo[]) {}

  match(method: string, rawPath: string): Route | null {
    const path = normalise(rawPath);
    const allowed: string[] = [];
    for (const operation of this.operations) {
      const found = operation.pattern.exec(path);
      if (!found) continue;
      if (operation.method !== method) {
        allowed.push(operation.method);
        continue;
      }
      const params: Record<string, string> = {};
      operation.pathParams.forEach((name, index) => {
        const value = found[index + 1] ?? '';
        try {
          params[name] = decodeURIComponent(value);
        } catch {
          throw badRequest(`Path parameter "${name}" is not valid percent-encoding.`, 'invalid-request');
        }
      });
      return { operation, params };
    }
    if (allowed.length > 0) {
      const list = ['OPTIONS', ...new Set(allowed)].join(',');
      throw new ApiError(
        405,
        'method-not-allowed',
        `This API endpoint can only be accessed using the following HTTP methods: ${list}`,
        { allow: list },
      );
    }
    return null;
  }

  /**
   * The methods of the path's route (in spec order), or null when no operation has the path. Where a literal segment
   * and a parameter both match (`requests/batch` and `requests/{requestId}`), the route is the literal one.
   */
  methodsAt(rawPath: string): string[] | null {
    const path = normalise(rawPath);
    const matching = this.operations.filter((operation) => operation.pattern.test(path));
    if (matching.length === 0) return null;
    const fewest = Math.min(...matching.map((operation) => operation.pathParams.length));
    return [...new Set(matching.filter((o) => o.pathParams.length === fewest).map((o) => o.method))];
  }
}

function normalise(rawPath: string): string {
  let path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  for (const [pattern, replacement] of ALIASES) path = path.replace(pattern, replacement);
  return path;
}
