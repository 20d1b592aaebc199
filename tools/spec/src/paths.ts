import { fileURLToPath } from 'node:url';

/** Absolute locations of the spec's source and bundle, resolved from this package. */
export const specDir = fileURLToPath(new URL('../../../openapi/', import.meta.url));
export const rootFile = `${specDir}openapi.yaml`;
export const mountsFile = `${specDir}mounts.yaml`;
export const distJson = `${specDir}dist/openapi.json`;
export const distYaml = `${specDir}dist/openapi.yaml`;
/** A down-converted OpenAPI 3.0.3 copy for generators that read 3.0 only (src/openapi-30.ts). */
export const distJson30 = `${specDir}dist/openapi-3.0.json`;
export const generatedTypes = fileURLToPath(
  new URL('../../../packages/types/src/generated/openapi.ts', import.meta.url),
);
export const typesSpecJson = fileURLToPath(new URL('../../../packages/types/openapi.json', import.meta.url));
