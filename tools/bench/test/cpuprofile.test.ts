/** The `.cpuprofile` summary on a profile built by hand, where every number is known. */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CpuProfile, placeOf, renderProfileSummary, summarizeProfile } from '../src/cpuprofile.js';

const harness = pathToFileURL(fileURLToPath(new URL('../src/harness.ts', import.meta.url))).href;
const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

// (root) → main → fetch (undici) → parse; main → main (recursion) → parse; (garbage collector) under the root.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 6] },
    { id: 2, callFrame: frame('main', harness, 9), children: [3, 5] },
    { id: 3, callFrame: frame('fetch', 'node:internal/deps/undici/undici', 99), children: [4] },
    { id: 4, callFrame: frame('parse', 'node:internal/deps/undici/undici', 199) },
    { id: 5, callFrame: frame('main', harness, 9), children: [7] },
    { id: 6, callFrame: frame('(garbage collector)') },
    { id: 7, callFrame: frame('parse', 'node:internal/deps/undici/undici', 199) },
  ],
  startTime: 0,
  endTime: 1000,
  // Each sample lasts until the next one; the last until endTime.
  samples: [2, 3, 4, 4, 5, 7, 6],
  timeDeltas: [0, 100, 100, 100, 100, 100, 100],
};

describe('cpuprofile summary', () => {
  it('adds self time per function and counts a recursive subtree once in its total', () => {
    const summary = summarizeProfile(profile);
    expect(summary.totalUs).toBe(1000);
    expect(summary.samples).toBe(7);
    const fn = (name: string) => summary.functions.find((f) => f.name === name);
    expect(fn('parse')).toMatchObject({ selfUs: 300, totalUs: 300, group: 'undici (Node fetch)' });
    expect(fn('fetch')).toMatchObject({ selfUs: 100, totalUs: 300 });
    // main: 100 own + 100 in its recursive call; total = its whole subtree (100+300+100+100), once.
    expect(fn('main')).toMatchObject({ selfUs: 200, totalUs: 600, group: '@apify-runs/bench' });
    expect(fn('main')?.location).toBe('@apify-runs/bench/src/harness.ts:10');
    expect(fn('(garbage collector)')).toMatchObject({ selfUs: 400, group: '(garbage collector)' });
    expect(summary.functions.map((f) => f.name)).toEqual(['(garbage collector)', 'parse', 'main', 'fetch']);
    expect(summary.groups).toEqual([
      { group: 'undici (Node fetch)', selfUs: 400 },
      { group: '(garbage collector)', selfUs: 400 },
      { group: '@apify-runs/bench', selfUs: 200 },
    ]);
  });

  it('renders shares of the sampled time', () => {
    const text = renderProfileSummary(summarizeProfile(profile), 2);
    expect(text).toContain('1.0 ms sampled in 7 samples; busy (not idle): 1.0 ms.');
    expect(text).toContain('| undici (Node fetch) | 0.4 ms | 40.0 % | 40.0 % |');
    expect(text).toContain('Top 2 functions by self time:');
    expect(text).toContain('| `parse` | `node:internal/deps/undici/undici:200` | 0.3 ms | 30.0 % | 0.3 ms | 30.0 % |');
    expect(text).not.toContain('`main`');
  });

  it('gives shares of the busy time apart from idle time', () => {
    const idle = {
      ...profile,
      nodes: profile.nodes.map((n) => (n.id === 6 ? { ...n, callFrame: frame('(idle)') } : n)),
    };
    const text = renderProfileSummary(summarizeProfile(idle));
    expect(text).toContain('1.0 ms sampled in 7 samples; busy (not idle): 0.6 ms.');
    expect(text).toContain('| undici (Node fetch) | 0.4 ms | 40.0 % | 66.7 % |');
    expect(text).toContain('| (idle) | 0.4 ms | 40.0 % |  |');
  });

  it('places native code and Node built-ins', () => {
    expect(placeOf(frame('JSON.parse')).group).toBe('(V8 built-ins and native code)');
    expect(placeOf(frame('(program)')).group).toBe('(program)');
    expect(placeOf(frame('emit', 'node:events', 4))).toEqual({ group: 'Node built-ins', location: 'node:events:5' });
  });
});
