import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface InstalledSize {
  /** Bytes of every file of the package and of each package it depends on, transitively (not the disk blocks). */
  bytes: number;
  packages: string[];
}

/** Where Node would find `name` from `fromDir`: the nearest `node_modules/<name>` up the tree. */
function resolvePackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Bytes of the files under `dir`, not counting nested `node_modules` (those are packages of their own). */
function bytesUnder(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const absolute = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += bytesUnder(absolute);
    else if (entry.isFile()) bytes += statSync(absolute).size;
  }
  return bytes;
}

/** What installing `name` in `project` brings: the package and its production dependencies, transitively. */
export function installedSize(project: string, name: string): InstalledSize {
  const seen = new Map<string, string>();
  const visit = (pkg: string, fromDir: string) => {
    const dir = resolvePackageDir(pkg, fromDir);
    if (!dir) throw new Error(`${pkg} is not installed (needed from ${fromDir})`);
    if (seen.has(dir)) return;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      version: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    seen.set(dir, `${pkg}@${manifest.version}`);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) {
      if (resolvePackageDir(dependency, dir)) visit(dependency, dir);
    }
  };
  visit(name, project);
  let bytes = 0;
  for (const dir of seen.keys()) bytes += bytesUnder(dir);
  return { bytes, packages: [...seen.values()].sort() };
}
