import { readFileSync } from 'node:fs';
import { bundleFromString, loadConfig } from '@redocly/openapi-core';
import { parse, stringify } from 'yaml';
import { type Mounts, mountPaths } from './mount.js';
import { mountsFile, rootFile, specDir } from './paths.js';

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
};

const readYaml = (file: string) => parse(readFileSync(file, 'utf8'));

/** Builds the bundled document in memory: mounts every path item, then lets Redocly resolve the file refs. */
export async function buildDocument(): Promise<OpenApiDocument> {
  const root = readYaml(rootFile);
  const mounts = readYaml(mountsFile) as Mounts;
  root.paths = mountPaths(mounts, specDir, readYaml);
  const config = await loadConfig({ configPath: `${specDir}redocly.yaml` });
  const { bundle, problems } = await bundleFromString({ source: stringify(root), absoluteRef: rootFile, config });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`bundling failed:\n${errors.map((problem) => `- ${problem.message}`).join('\n')}`);
  }
  const document = bundle.parsed as OpenApiDocument;
  for (const [section, entries] of Object.entries(document.components)) {
    document.components[section] = Object.fromEntries(
      Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  return document;
}

const HEADER = '# Generated from openapi/*.yaml by tools/spec. Do not edit by hand: run `pnpm generate`.\n';

/** The two committed renderings of the bundle. */
export function render(document: OpenApiDocument): { json: string; yaml: string } {
  return {
    json: `${JSON.stringify(document, null, 2)}\n`,
    yaml: HEADER + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }),
  };
}
