import path from 'node:path';

/** One endpoint group of `openapi/mounts.yaml`. */
export interface MountGroup {
  name: string;
  base: string;
  operationIdPrefix: string;
  parameters: string[];
  runTag: string;
  tagPrefix: string;
  anonymousReads: boolean;
  own: Record<string, string>;
}

export interface Mounts {
  groups: MountGroup[];
  shared: Record<string, string>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const NEUTRAL_TAGS = ['Run', 'Log', 'Dataset', 'Key-value store', 'Request queue'];
const ANONYMOUS_SECURITY: Json = [{ httpBearer: [] }, { apiKey: [] }, {}];
/** Parameter files of a pre-signed `signature`: an operation that takes one can be called without a token. */
const SIGNATURE_PARAMETERS = /\/parameters\/(signature|recordSignature)\.yaml$/;

const takesSignature = (operation: JsonObject) =>
  Array.isArray(operation.parameters) &&
  operation.parameters.some((parameter) => {
    const ref = parameter !== null && typeof parameter === 'object' && !Array.isArray(parameter) && parameter.$ref;
    return typeof ref === 'string' && SIGNATURE_PARAMETERS.test(ref);
  });

/** Maps a neutral tag of a path item file to the tag of one group ("Dataset" → "Last run dataset"). */
export function groupTag(group: MountGroup, tag: string): string {
  if (!NEUTRAL_TAGS.includes(tag)) {
    throw new Error(`unknown tag "${tag}": path item files use one of ${NEUTRAL_TAGS.join(', ')}`);
  }
  if (tag === 'Run') return group.runTag;
  return `${group.tagPrefix} ${tag.charAt(0).toLowerCase()}${tag.slice(1)}`;
}

/** Rewrites every relative `$ref` in `node` from `fromDir` to be relative to `toDir`. */
export function rebaseRefs(node: Json, fromDir: string, toDir: string): Json {
  if (Array.isArray(node)) return node.map((item) => rebaseRefs(item, fromDir, toDir));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      if (value.startsWith('#'))
        throw new Error(`local $ref "${value}" in a path item file: point at a component file`);
      const [file = '', fragment] = value.split('#');
      const rebased = path.relative(toDir, path.resolve(fromDir, file)).split(path.sep).join('/');
      out[key] = fragment === undefined ? rebased : `${rebased}#${fragment}`;
    } else {
      out[key] = rebaseRefs(value, fromDir, toDir);
    }
  }
  return out;
}

/**
 * Mounts the path items of every group: its own ones and all shared ones, each with the group's locator
 * parameters, operationId prefix, tags and security. Returns the `paths` object of the root document.
 */
export function mountPaths(mounts: Mounts, specDir: string, load: (file: string) => Json): JsonObject {
  const paths: JsonObject = {};
  for (const group of mounts.groups) {
    const items = { ...group.own, ...mounts.shared };
    for (const [suffix, file] of Object.entries(items)) {
      const absolute = path.resolve(specDir, file);
      const item = rebaseRefs(load(absolute), path.dirname(absolute), specDir);
      if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new Error(`${file}: not a path item`);
      paths[`${group.base}${suffix}`] = mountItem(group, item, file);
    }
  }
  return paths;
}

function mountItem(group: MountGroup, item: JsonObject, file: string): JsonObject {
  for (const key of ['servers', 'security'] as const) {
    if (key in item) throw new Error(`${file}: "${key}" is set by mounts.yaml, not by path item files`);
  }
  const locators: Json[] = group.parameters.map((name) => ({ $ref: `components/parameters/${name}.yaml` }));
  const own = Array.isArray(item.parameters) ? item.parameters : [];
  const mounted: JsonObject = { ...item, parameters: [...locators, ...own] };
  for (const method of HTTP_METHODS) {
    const operation = item[method];
    if (operation === undefined) continue;
    if (operation === null || typeof operation !== 'object' || Array.isArray(operation)) {
      throw new Error(`${file}: ${method} is not an operation`);
    }
    const { operationId, tags } = operation;
    if (typeof operationId !== 'string' || operationId.length === 0)
      throw new Error(`${file}: ${method} has no operationId`);
    if (!Array.isArray(tags) || tags.length !== 1 || typeof tags[0] !== 'string') {
      throw new Error(`${file}: ${method} must have exactly one neutral tag`);
    }
    const copy: JsonObject = {
      ...operation,
      operationId: `${group.operationIdPrefix}${operationId}`,
      tags: [groupTag(group, tags[0])],
    };
    const read = method === 'get' || method === 'head';
    if ((group.anonymousReads && read) || takesSignature(operation)) copy.security = ANONYMOUS_SECURITY;
    mounted[method] = copy;
  }
  return mounted;
}
