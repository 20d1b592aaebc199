import { fileURLToPath } from 'node:url';

/** Absolute locations of the spec's source and bundle, resolved from this package. */
export const specDir = fileURLToPath(new URL('../../../openapi/', import.meta.url));
export const rootFile = `${specDir}openapi.yaml`;
export const mountsFile = `${specDir}mounts.yaml`;
export const distJson = `${specDir}dist/openapi.json`;
export const distYaml = `${specDir}dist/openapi.yaml`;
export const generatedTypes = fileURLToPath(
  new URL('../../../packages/types/src/generated/openapi.ts', import.meta.url),
);
export const typesSpecJson = fileURLToPath(new URL('../../../packages/types/openapi.json', import.meta.url));
