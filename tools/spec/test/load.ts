import { readFileSync } from 'node:fs';
import type { OpenApiDocument } from '../src/build-document.js';
import { distJson } from '../src/paths.js';

/** The committed bundle, as other languages consume it. */
export const spec = JSON.parse(readFileSync(distJson, 'utf8')) as OpenApiDocument;
