import { describe, expect, it } from 'vitest';
import { deref, operations } from '../src/walk.js';
import { spec } from './load.js';

const RUN_BASE = '/v2/actor-runs/{runId}';
const LAST_BASE = '/v2/acts/{actorId}/runs/last';
const all = operations(spec);
const suffix = (path: string) => path.replace(RUN_BASE, '').replace(LAST_BASE, '');
const inGroup = (base: string) => all.filter((entry) => entry.path === base || entry.path.startsWith(`${base}/`));
const paramNames = (entry: (typeof all)[number]) => {
  const item = spec.paths[entry.path] as { parameters?: unknown[] };
  const list = [...(item.parameters ?? []), ...((entry.operation.parameters as unknown[]) ?? [])];
  return list.map((p) => deref<{ name: string; in: string }>(spec, p)).map((p) => `${p.in}:${p.name}`);
};

/** operationId the naming scheme of openapi/README.md gives a method on a path. */
function expectedId(prefix: string, path: string, method: string): string {
  const segments = suffix(path).split('/').filter(Boolean);
  const words: string[] = [];
  for (const segment of segments) {
    if (segment.startsWith('{')) {
      words[words.length - 1] = (words.at(-1) ?? '').replace(/s$/, '');
      continue;
    }
    words.push(segment.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()));
  }
  return `${prefix}${[...words, method].join('_')}`;
}

describe('operation inventory', () => {
  it('holds 78 operations: 41 under the run base and 37 under the last-run base', () => {
    expect(all).toHaveLength(78);
    expect(inGroup(RUN_BASE)).toHaveLength(41);
    expect(inGroup(LAST_BASE)).toHaveLength(37);
  });

  it('has HEAD on dataset items and on a record under both bases, as the standalone storage endpoints do', () => {
    const heads = all.filter((entry) => entry.method === 'head').map((entry) => entry.operation.operationId);
    expect(heads.sort()).toEqual([
      'act_runs_last_dataset_items_head',
      'act_runs_last_keyValueStore_record_head',
      'actorRun_dataset_items_head',
      'actorRun_keyValueStore_record_head',
    ]);
    const items = (method: string) =>
      all.find((entry) => entry.method === method && entry.path === `${RUN_BASE}/dataset/items`);
    const names = (method: string) => paramNames(items(method) as (typeof all)[number]);
    expect(names('head')).toEqual(names('get'));
  });

  it('mounts the same storage, log and action operations under both bases', () => {
    const runOnly = new Set(['put ', 'delete ', 'post /resurrect', 'post /charge']);
    const run = inGroup(RUN_BASE)
      .map((e) => `${e.method} ${suffix(e.path)}`)
      .filter((key) => !runOnly.has(key));
    const last = inGroup(LAST_BASE).map((e) => `${e.method} ${suffix(e.path)}`);
    expect(last.sort()).toEqual(run.sort());
  });

  it('names every operation by one scheme, uniquely', () => {
    const ids = all.map((entry) => entry.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of all) {
      const prefix = entry.path.startsWith(RUN_BASE) ? 'actorRun_' : 'act_runs_last_';
      expect(entry.operation.operationId).toBe(expectedId(prefix, entry.path, entry.method));
    }
  });

  it('takes status and origin on every last-run operation', () => {
    for (const entry of inGroup(LAST_BASE)) {
      expect(paramNames(entry), entry.operation.operationId).toEqual(
        expect.arrayContaining(['path:actorId', 'query:status', 'query:origin']),
      );
    }
    for (const entry of inGroup(RUN_BASE)) expect(paramNames(entry)).toContain('path:runId');
  });

  it('lets run-scoped reads (GET, HEAD) and signed reads go without a token, and nothing else', () => {
    let signed = 0;
    for (const entry of all) {
      const anonymous = (entry.operation.security as object[] | undefined)?.some((s) => Object.keys(s).length === 0);
      const takesSignature = paramNames(entry).includes('query:signature');
      if (takesSignature && entry.path.startsWith(LAST_BASE)) signed += 1;
      expect(anonymous ?? false, entry.operation.operationId).toBe(
        (entry.path.startsWith(RUN_BASE) && (entry.method === 'get' || entry.method === 'head')) || takesSignature,
      );
    }
    // Dataset items, the key listing, the records archive and one record, under the last-run base.
    expect(signed).toBeGreaterThanOrEqual(4);
  });
});
