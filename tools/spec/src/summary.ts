import { readFileSync } from 'node:fs';
import type { OpenApiDocument } from './build-document.js';
import { distJson } from './paths.js';
import { operations } from './walk.js';

/** Prints every operation of the bundled spec, grouped by tag: what `pnpm demo` shows until the client exists. */
const spec = JSON.parse(readFileSync(distJson, 'utf8')) as OpenApiDocument;
const entries = operations(spec);
const byTag = new Map<string, typeof entries>();
for (const entry of entries) {
  const tag = (entry.operation.tags as string[] | undefined)?.[0] ?? 'untagged';
  byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
}
const info = spec.info as { title: string; version: string };
console.log(`${info.title} (${info.version}): ${entries.length} operations\n`);
for (const [tag, list] of byTag) {
  console.log(`${tag} (${list.length})`);
  for (const { method, path, operation } of list) {
    console.log(`  ${method.toUpperCase().padEnd(6)} ${path.padEnd(62)} ${operation.operationId}`);
  }
  console.log('');
}
