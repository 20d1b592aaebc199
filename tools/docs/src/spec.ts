import { readFileSync } from 'node:fs';
import { specPath } from './paths.js';

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  tag: string;
  /** The operation object, for walking its `$ref`s. */
  raw: unknown;
}

export interface Spec {
  info: { title: string; version: string };
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

export const readSpec = (): Spec => JSON.parse(readFileSync(specPath, 'utf8')) as Spec;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/** Every operation of the spec, in the spec's order. */
export function specOperations(spec: Spec = readSpec()): SpecOperation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, raw]) => {
        const op = raw as { operationId: string; summary?: string; tags?: string[] };
        return {
          operationId: op.operationId,
          method: method.toUpperCase(),
          path,
          summary: op.summary ?? '',
          tag: op.tags?.[0] ?? 'Other',
          raw,
        };
      }),
  );
}

/** Redoc's fragment for an operation: `#tag/<tag, spaces as dashes>/operation/<operationId>`. */
export const redocOperationHash = (op: Pick<SpecOperation, 'tag' | 'operationId'>): string =>
  `#tag/${op.tag.replace(/\s+/g, '-')}/operation/${op.operationId}`;

/** Every `components` entry `value` refers to, directly or through other components: `schemas/Run`, … */
export function referencedComponents(spec: Spec, value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const entry of value) referencedComponents(spec, entry, found);
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '$ref' && typeof entry === 'string' && entry.startsWith('#/components/')) {
        const ref = entry.slice('#/components/'.length);
        if (found.has(ref)) continue;
        found.add(ref);
        const [section = '', name = ''] = ref.split('/');
        referencedComponents(spec, spec.components[section]?.[name], found);
      } else {
        referencedComponents(spec, entry, found);
      }
    }
  }
  return found;
}
