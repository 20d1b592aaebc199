import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDocument, render } from './build-document.js';
import { toOpenApi30 } from './openapi-30.js';
import { distJson, distJson30, distYaml, typesSpecJson } from './paths.js';

/**
 * `tsx src/bundle.ts` writes openapi/dist/openapi.{json,yaml} and the OpenAPI 3.0.3 copy openapi-3.0.json; with `--check` it only compares them with a fresh
 * build and fails when they drifted.
 */
const check = process.argv.includes('--check');
const document = await buildDocument();
const output = render(document);
const targets: Array<[string, string]> = [
  [distJson, output.json],
  [distYaml, output.yaml],
  // For generators whose parser reads OpenAPI 3.0 only (oapi-codegen's kin-openapi, many others).
  [distJson30, `${JSON.stringify(toOpenApi30(structuredClone(document) as never), null, 2)}\n`],
  // @apify-runs/types ships the bundle so runtime consumers (the emulator, validators) can import it.
  [typesSpecJson, output.json],
];
let drifted = 0;
for (const [file, content] of targets) {
  if (check) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== content) {
      drifted += 1;
      console.error(`drift: ${path.relative(process.cwd(), file)} is not what the sources produce`);
    }
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
if (drifted > 0) {
  console.error('Run `pnpm generate` and commit the result.');
  process.exit(1);
}
if (check) console.log('openapi/dist is up to date');
