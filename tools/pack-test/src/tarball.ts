import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, relative to it, with `/` separators. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}

/** Files this large or larger must not be shipped twice with the same content. */
const DUPLICATE_MIN_BYTES = 1024;

/**
 * What is wrong with an unpacked tarball (its `package/` folder), as one message per problem:
 * - a required file is missing;
 * - `workspace:` or `catalog:` is left in package.json, or a runtime dependency is pinned exactly (consumers could
 *   not share it with their other dependencies);
 * - the same content ships twice (as the generated types did, in `src/` and in `dist/`);
 * - a declaration map names a source the tarball does not hold, or there is no declaration map at all.
 */
export function tarballProblems(dir: string, mustHave: readonly string[]): string[] {
  const files = filesUnder(dir);
  const problems: string[] = [];
  for (const file of [...mustHave, 'package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(file)) problems.push(`missing ${file}`);
  }

  const manifestText = readFileSync(path.join(dir, 'package.json'), 'utf8');
  if (/"(workspace|catalog):/.test(manifestText)) problems.push('workspace: or catalog: left in package.json');
  const manifest = JSON.parse(manifestText) as Manifest;
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (!range.startsWith('^')) problems.push(`dependency ${name} is "${range}", not a ^ range`);
  }

  const byHash = new Map<string, string>();
  for (const file of files) {
    const absolute = path.join(dir, file);
    if (statSync(absolute).size < DUPLICATE_MIN_BYTES) continue;
    const hash = createHash('sha256').update(readFileSync(absolute)).digest('hex');
    const first = byHash.get(hash);
    if (first) problems.push(`${file} has the same content as ${first}`);
    else byHash.set(hash, file);
  }

  for (const file of files.filter((f) => f.endsWith('.d.ts.map'))) {
    const map = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { sources: string[]; sourceRoot?: string };
    for (const source of map.sources) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), map.sourceRoot ?? '', source));
      if (!files.includes(target)) problems.push(`${file} maps to ${target}, which is not in the tarball`);
    }
  }
  const maps = files.filter((f) => f.endsWith('.d.ts.map')).length;
  if (maps === 0) problems.push('no declaration maps (.d.ts.map)');
  return problems;
}
