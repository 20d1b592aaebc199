import { deref, loadSpec, type OpenApiDocument } from './document.js';

export type Group = 'run' | 'lastRun';

export interface ParameterInfo {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Record<string, unknown>;
}

export interface BodyInfo {
  required: boolean;
  /** Media types the operation accepts, e.g. `application/json`, `*\/*`. */
  mediaTypes: string[];
  /** JSON schema of the `application/json` body, if it has one. */
  jsonSchema?: Record<string, unknown>;
}

export interface OperationInfo {
  operationId: string;
  /** The operationId without its group prefix: the key of the handler that serves both groups. */
  handlerId: string;
  group: Group;
  method: string;
  /** Path template as in the spec, e.g. `/v2/actor-runs/{runId}/dataset/items`. */
  template: string;
  pattern: RegExp;
  pathParams: string[];
  parameters: ParameterInfo[];
  body?: BodyInfo;
  /** Success status codes the spec declares. */
  successCodes: number[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'head', 'patch', 'options', 'trace'];
const PREFIXES: Array<[string, Group]> = [
  ['actorRun_', 'run'],
  ['act_runs_last_', 'lastRun'],
];

function compile(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) => {
      const match = /^\{(\w+)\}$/.exec(segment);
      if (!match?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(match[1]);
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Every operation of the spec, ready for routing and input validation. */
export function indexOperations(document: OpenApiDocument = loadSpec()): OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const operationId = String(operation.operationId);
      const prefix = PREFIXES.find(([p]) => operationId.startsWith(p));
      if (!prefix) throw new Error(`operationId ${operationId} has no known group prefix`);
      const parameters = [...shared, ...((operation.parameters as unknown[] | undefined) ?? [])].map((raw) => {
        const p = deref<ParameterInfo & { schema: unknown }>(document, raw);
        return {
          name: p.name,
          in: p.in,
          required: p.required === true,
          schema: deref<Record<string, unknown>>(document, p.schema),
        };
      });
      const { pattern, names } = compile(template);
      const rawBody = operation.requestBody
        ? deref<Record<string, unknown>>(document, operation.requestBody)
        : undefined;
      const content = (rawBody?.content ?? {}) as Record<string, { schema?: unknown }>;
      const json = content['application/json']?.schema;
      const body: BodyInfo | undefined = rawBody
        ? {
            required: rawBody.required === true,
            mediaTypes: Object.keys(content),
            ...(json ? { jsonSchema: json as Record<string, unknown> } : {}),
          }
        : undefined;
      operations.push({
        operationId,
        handlerId: operationId.slice(prefix[0].length),
        group: prefix[1],
        method: method.toUpperCase(),
        template,
        pattern,
        pathParams: names,
        parameters,
        ...(body ? { body } : {}),
        successCodes: Object.keys(operation.responses as object)
          .map(Number)
          .filter((code) => code >= 200 && code < 400),
      });
    }
  }
  return operations;
}
