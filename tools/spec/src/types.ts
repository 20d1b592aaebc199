import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { distJson, generatedTypes } from './paths.js';

/**
 * `tsx src/types.ts` compiles openapi/dist/openapi.json into packages/types/src/generated/openapi.ts with
 * openapi-typescript; with `--check` it only fails when the committed file differs from a fresh compile.
 */
const HEADER = `/**
 * Generated from openapi/dist/openapi.json by openapi-typescript. Do not edit by hand: run \`pnpm generate\`.
 */
`;

const check = process.argv.includes('--check');
const ast = await openapiTS(pathToFileURL(distJson), { alphabetize: false, exportType: false });
const content = HEADER + astToString(ast);
const relative = path.relative(process.cwd(), generatedTypes);
if (check) {
  const current = existsSync(generatedTypes) ? readFileSync(generatedTypes, 'utf8') : '';
  if (current !== content) {
    console.error(`drift: ${relative} is not what the bundle produces. Run \`pnpm generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${relative} is up to date`);
} else {
  mkdirSync(path.dirname(generatedTypes), { recursive: true });
  writeFileSync(generatedTypes, content);
  console.log(`wrote ${relative}`);
}
