import { readFileSync } from 'node:fs';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { distYaml, specDir } from '../src/paths.js';

/** Lints a variant of the committed bundle with the repository's Redocly config (house rules included). */
async function lintVariant(edit: (yaml: string) => string) {
  const config = await loadConfig({ configPath: `${specDir}redocly.yaml` });
  const problems = await lintFromString({
    source: edit(readFileSync(distYaml, 'utf8')),
    absoluteRef: distYaml,
    config,
  });
  return problems.filter((problem) => problem.ruleId.startsWith('house/'));
}

describe('house lint rules', () => {
  it('pass on the committed bundle', async () => {
    expect(await lintVariant((yaml) => yaml)).toEqual([]);
  }, 30_000);

  it('require a maximum of at most 2^53 - 1 on every integer parameter', async () => {
    const problems = await lintVariant((yaml) => {
      const at = yaml.indexOf('maximum: 9007199254740991', yaml.indexOf('name: lockSecs'));
      return `${yaml.slice(0, at)}maximum: 90071992547409920${yaml.slice(at + 'maximum: 9007199254740991'.length)}`;
    });
    expect(problems.map((problem) => [problem.ruleId, problem.message])).toEqual([
      ['house/integer-bounds', 'Integer parameter "lockSecs" needs a maximum of at most 9007199254740991 (2^53 - 1).'],
    ]);
  }, 30_000);
});

describe('house lint rules for HEAD', () => {
  it('reject content on a HEAD response, success or error', async () => {
    const problems = await lintVariant((yaml) => {
      const head = yaml.indexOf('operationId: actorRun_keyValueStore_record_head');
      const ok = yaml.indexOf('description: The record exists.', head);
      const withBody = `${yaml.slice(0, ok)}content:\n            text/plain:\n              schema:\n                type: string\n          ${yaml.slice(ok)}`;
      const notFound = withBody.indexOf('"404":', head);
      return `${withBody.slice(0, notFound)}"404":\n          $ref: "#/components/responses/NotFound"\n        "499":${withBody.slice(notFound + '"404":'.length)}`;
    });
    expect(problems.map((problem) => [problem.ruleId, problem.message])).toEqual([
      ['house/success-content', 'A HEAD response must not have content.'],
      ['house/error-responses', 'Error response 404 of a HEAD operation needs a description and no content.'],
    ]);
  }, 30_000);
});
