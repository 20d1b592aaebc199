import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The client is typed from the spec it ships with: a spec change the client does not follow must fail its build.
 * This compiles the client's sources against types generated (as `pnpm generate` does) from a changed copy of the
 * bundled spec, and expects the compiler to point at the call sites that no longer match.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.resolve(here, '..');
const typesDir = path.resolve(clientDir, '../types');
const work = mkdtempSync(path.join(tmpdir(), 'apify-runs-spec-drift-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Document = {
  paths: Record<string, unknown>;
  components: { parameters: Record<string, { name: string }>; schemas: Record<string, Record<string, unknown>> };
};

/** Generates the types of `document` beside a copy of the types package's index, and type-checks the client. */
async function compileClientAgainst(document: Document): Promise<string[]> {
  const dir = mkdtempSync(path.join(work, 'types-'));
  mkdirSync(path.join(dir, 'generated'));
  copyFileSync(path.join(typesDir, 'src/index.ts'), path.join(dir, 'index.ts'));
  const ast = await openapiTS(JSON.stringify(document), { alphabetize: false, exportType: false });
  writeFileSync(path.join(dir, 'generated/openapi.ts'), astToString(ast));
  const config = ts.parseJsonConfigFileContent(
    {
      extends: path.join(clientDir, 'tsconfig.json'),
      compilerOptions: { noEmit: true, types: [], paths: { '@apify-runs/types': [path.join(dir, 'index.ts')] } },
      include: [path.join(clientDir, 'src/**/*.ts')],
    },
    ts.sys,
    dir,
  );
  const program = ts.createProgram(config.fileNames, config.options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? path.relative(clientDir, diagnostic.file.fileName) : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
}

const bundled = (): Document => JSON.parse(readFileSync(path.join(typesDir, 'openapi.json'), 'utf8'));

describe('a spec change the client does not follow fails its build', () => {
  // One compile (a few seconds of tsc) for all three changes: each must break its own call site, and every error
  // must come from one of them, so the harness compiles the rest of the client cleanly against the generated types.
  it('a renamed query parameter, a removed path and a changed body field each break a call site, and nothing else', {
    timeout: 120_000,
  }, async () => {
    const document = bundled();
    // 1. waitForFinish → waitSeconds (the query of GET run)
    const waitForFinish = document.components.parameters.waitForFinish;
    if (!waitForFinish) throw new Error('the spec has no waitForFinish parameter');
    waitForFinish.name = 'waitSeconds';
    // 2. no dataset statistics under either base
    delete document.paths['/v2/actor-runs/{runId}/dataset/statistics'];
    delete document.paths['/v2/acts/{actorId}/runs/last/dataset/statistics'];
    // 3. the charge body's `count` → `quantity`
    const charge = document.components.schemas.ChargeRunRequest as {
      properties: Record<string, unknown>;
      required: string[];
    };
    charge.properties.quantity = charge.properties.count;
    delete charge.properties.count;
    charge.required = ['eventName', 'quantity'];

    const errors = await compileClientAgainst(document);
    const report = errors.join('\n');
    // Each change's errors: where its name (or what it names) appears.
    const causes = [
      (e: string) => e.includes('waitSeconds'),
      (e: string) => e.startsWith('src/resources/dataset.ts') && /statistics/i.test(e),
      (e: string) => e.includes('quantity'),
    ];
    expect(
      errors.filter((e) => !causes.some((cause) => cause(e))),
      report,
    ).toEqual([]);
    const at = (file: string, word: string) => errors.filter((e) => e.startsWith(file) && e.includes(word));
    // The run GET with its waitForFinish hold is written once, for every run resource, in located.ts.
    expect(at('src/resources/located.ts', 'waitForFinish').length, report).toBeGreaterThan(0);
    expect(at('src/resources/dataset.ts', '/dataset/statistics').length, report).toBeGreaterThan(0);
    expect(at('src/resources/run.ts', 'quantity').length, report).toBeGreaterThan(0);
  });
});
