/**
 * Java: openapi-generator (pinned, src/openapi-generator.ts) with `-g java --library native` from the committed
 * OpenAPI 3.0.3 copy into .generated/java, a Maven project as the generator writes it. java/Check.java goes into
 * that project, `mvn compile` builds both, and the program runs against the emulator. The 3.1 bundle is generated
 * too (into .generated/java-3.1, not built) so that its log is checked as well.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';
import { ensureGeneratorJar, generate } from './openapi-generator.js';
import { CONTRACT_DIR, SPEC_JSON, SPEC_JSON_30 } from './paths.js';
import { type ContractResult, parseCheckOutput, seconds } from './result.js';

const OUT = join(CONTRACT_DIR, '.generated', 'java');
const OUT_31 = join(CONTRACT_DIR, '.generated', 'java-3.1');
/** The generator's options, as the docs guide gives them. */
export const JAVA_GENERATOR_ARGS = ['--library', 'native', '--additional-properties', 'hideGenerationTimestamp=true'];

export async function runJava(url: string, token: string): Promise<ContractResult> {
  const details: string[] = [];
  const fail = (message: string): ContractResult => ({
    name: 'java',
    operations: [],
    result: 'FAILED',
    details: [...details, message],
  });

  const jar = await ensureGeneratorJar();
  if (!jar.ok) return fail(jar.message);
  details.push(`openapi-generator-cli jar (Maven): ${seconds(jar.ms)}`);

  for (const [spec, out] of [
    [SPEC_JSON_30, OUT],
    [SPEC_JSON, OUT_31],
  ] as const) {
    rmSync(out, { recursive: true, force: true });
    const generated = await generate('java', spec, out, JAVA_GENERATOR_ARGS);
    if (!generated.ok) return fail(generated.detail);
    details.push(generated.detail);
  }

  // The check program joins the generated project, which `mvn compile` builds with the generator's own pom.
  const source = join(OUT, 'src', 'main', 'java', 'contract');
  mkdirSync(source, { recursive: true });
  copyFileSync(join(CONTRACT_DIR, 'java', 'Check.java'), join(source, 'Check.java'));
  const classpathFile = join(OUT, 'classpath.txt');
  const build = await exec(
    'mvn',
    ['-B', '-q', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
    { cwd: OUT, timeoutMs: 600_000 },
  );
  if (build.code !== 0) return fail(`mvn compile failed:\n${build.stdout}${build.stderr}`);
  details.push(`mvn compile: ${seconds(build.ms)}`);

  const classpath = [join(OUT, 'target', 'classes'), readFileSync(classpathFile, 'utf8').trim()].join(':');
  const run = await exec('java', ['-cp', classpath, 'contract.Check'], {
    env: { APIFY_RUNS_URL: url, APIFY_RUNS_TOKEN: token },
    timeoutMs: 120_000,
  });
  const { passed, failed, lines, operations } = parseCheckOutput(run.stdout);
  details.push(`Check.java: ${seconds(run.ms)}`, ...lines);
  if (run.stderr.trim()) details.push(run.stderr.trim());
  const ok = run.code === 0 && failed.length === 0 && passed.length > 0;
  return { name: 'java', operations, result: ok ? 'PASSED' : 'FAILED', details };
}
