import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDocument, render } from './build-document.js';
import { distJson, distYaml, typesSpecJson } from './paths.js';

/**
 * `tsx src/bundle.ts` writes openapi/dist/openapi.{json,yaml}; with `--check` it only compares them with a fresh
 * build and fails when they drifted.
 */
const check = process.argv.includes('--check');
const output = render(await buildDocument());
const targets: Array<[string, string]> = [
  [distJson, output.json],
  [distYaml, output.yaml],
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
