/**
 * Java: openapi-generator (pinned, src/openapi-generator.ts) with `-g java --library native` from the committed
 * OpenAPI 3.0.3 copy into .generated/java, a Maven project as the generator writes it. java/Check.java goes into
 * that project, `mvn compile` builds both, and the program runs against the emulator. The 3.1 bundle is generated
 * too (into .generated/java-3.1, not built) so that its log is checked as well.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';
import { runCheckProgram } from './check-program.js';
import { generateBothBundles } from './openapi-generator.js';
import { CONTRACT_DIR } from './paths.js';
import { type ContractResult, seconds } from './result.js';

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

  const generated = await generateBothBundles('java', { built: OUT, checked: OUT_31 }, JAVA_GENERATOR_ARGS, details);
  if (generated) return fail(generated);

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
  return runCheckProgram(
    { name: 'java', label: 'Check.java', command: 'java', args: ['-cp', classpath, 'contract.Check'] },
    url,
    token,
    details,
  );
}
