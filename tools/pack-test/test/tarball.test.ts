import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installedSize } from '../src/size.js';
import { tarballProblems } from '../src/tarball.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with the given files (relative path → content). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pack-test-unit-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const big = 'export interface paths { a: string }\n'.repeat(100);
const map = (source: string) => JSON.stringify({ version: 3, file: 'index.d.ts', sources: [source], mappings: '' });
const basics = { 'README.md': '# x', LICENSE: 'MIT', 'dist/index.js': 'export {};', 'src/index.ts': 'export {};' };

describe('tarballProblems', () => {
  it('passes a package with ranges, distinct files and maps that resolve', () => {
    const dir = folder({
      ...basics,
      'package.json': JSON.stringify({ name: 'p', dependencies: { fflate: '^0.8.3' } }),
      'dist/index.d.ts': big,
      'dist/index.d.ts.map': map('../src/index.ts'),
    });
    expect(tarballProblems(dir, ['dist/index.js'])).toEqual([]);
  });

  it('reports exact pins, leftovers, duplicated files, dangling maps and missing files', () => {
    const dir = folder({
      ...basics,
      'package.json': JSON.stringify({ name: 'p', dependencies: { ajv: '8.20.0', t: 'workspace:^' } }),
      'dist/generated/openapi.d.ts': big,
      'src/generated/openapi.ts': big,
      'dist/index.d.ts.map': map('../src/gone.ts'),
    });
    expect(tarballProblems(dir, ['dist/cli.js'])).toEqual([
      'missing dist/cli.js',
      'workspace: or catalog: left in package.json',
      'dependency ajv is "8.20.0", not a ^ range',
      'dependency t is "workspace:^", not a ^ range',
      expect.stringMatching(/^(src|dist)\/generated\/openapi\.d?\.?ts has the same content as (src|dist)\/generated/),
      'dist/index.d.ts.map maps to src/gone.ts, which is not in the tarball',
    ]);
  });

  it('wants declaration maps', () => {
    const dir = folder({ ...basics, 'package.json': '{"name": "p"}' });
    expect(tarballProblems(dir, [])).toEqual(['no declaration maps (.d.ts.map)']);
  });
});

describe('installedSize', () => {
  it('sums a package and its production dependencies, nested copies included, dev dependencies not', () => {
    const manifest = (name: string, deps: Record<string, string> = {}, devDeps: Record<string, string> = {}) =>
      JSON.stringify({ name, version: '1.0.0', dependencies: deps, devDependencies: devDeps });
    const manifests = {
      'node_modules/a/package.json': manifest('a', { b: '^1', c: '^1' }, { huge: '^1' }),
      'node_modules/b/package.json': manifest('b', { c: '^2' }),
      'node_modules/b/node_modules/c/package.json': manifest('c'),
      'node_modules/c/package.json': manifest('c'),
    };
    const project = folder({
      ...manifests,
      'node_modules/a/index.js': 'x'.repeat(1000),
      'node_modules/b/node_modules/c/index.js': 'y'.repeat(300),
      'node_modules/c/index.js': 'z'.repeat(200),
      'node_modules/huge/package.json': manifest('huge'),
      'node_modules/huge/index.js': 'h'.repeat(100_000),
    });
    const size = installedSize(project, 'a');
    expect(size.packages).toEqual(['a@1.0.0', 'b@1.0.0', 'c@1.0.0', 'c@1.0.0']);
    const manifestBytes = Object.values(manifests).reduce((sum, text) => sum + text.length, 0);
    expect(size.bytes).toBe(1000 + 300 + 200 + manifestBytes);
  });
});
