import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Emulator } from '@apify-runs/emulator';
import { exec } from '@apify-runs/tool-kit/exec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractGuideCode, type GuideModule, guideModule } from '../src/guide-code.js';
import { docsDir, guides } from '../src/paths.js';
import { GUIDE_TOKEN, startGuideScene } from './guide-scene.js';

// Every guide's TypeScript, type-checked and run against the emulator (see src/guide-code.ts for how a guide marks a
// block as not run, and its setup). Each guide runs in a process of its own, in an empty temporary folder, against a
// fresh scene; a failure names the guide, the block and the line.
const codeDir = path.join(docsDir, '.guide-code');
const require = createRequire(import.meta.url);
const TSX = pathToFileURL(require.resolve('tsx')).href;
const GUIDE_TIMEOUT_MS = 60_000;

const modules = new Map<string, GuideModule>();
const markdownOf = (guide: string) => readFileSync(path.join(docsDir, 'guides', `${guide}.md`), 'utf8');

beforeAll(() => {
  rmSync(codeDir, { recursive: true, force: true });
  mkdirSync(codeDir, { recursive: true });
  for (const guide of guides) {
    const module = guideModule(guide, markdownOf(guide), '../test/guide-harness.js');
    if (module.blocks.length === 0) continue;
    modules.set(guide, module);
    writeFileSync(path.join(codeDir, `${guide}.ts`), module.source);
  }
  writeFileSync(
    path.join(codeDir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        extends: '../tsconfig.json',
        compilerOptions: { noEmit: true, noUnusedLocals: false },
        include: ['*.ts', '../test/guide-harness.ts'],
      },
      null,
      2,
    )}\n`,
  );
});

/** Where a line of a generated module came from, for messages: `runs.md block 2, line 34`. */
function origin(guide: string, generatedLine: number): string {
  const at = modules.get(guide)?.lines[generatedLine - 1];
  return at
    ? `guides/${guide}.md block ${at.block === 0 ? '0 (setup)' : at.block}, line ${at.line}`
    : `${guide}.ts:${generatedLine}`;
}

describe('the guides', () => {
  it('mark blocks as not run only with a reason, and every guide but the one for other languages has code to run', () => {
    expect(() => extractGuideCode('<!-- not-run: -->\n```ts\nx;\n```\n', 'x')).toThrow(/needs a reason/);
    const withCode = guides.filter((guide) => extractGuideCode(markdownOf(guide), guide).blocks.some((b) => !b.notRun));
    expect(guides.filter((guide) => !withCode.includes(guide))).toEqual(['other-languages']);
  });

  it('type-check against the packages as built', async () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const result = await exec(process.execPath, [tsc, '-p', path.join(codeDir, 'tsconfig.json'), '--pretty', 'false'], {
      cwd: docsDir,
      timeoutMs: 120_000,
    });
    const errors = [...result.stdout.matchAll(/^\.guide-code\/([\w-]+)\.ts\((\d+),(\d+)\): (error TS\d+: .*)$/gm)].map(
      ([, guide = '', line = '0', , message]) => `${origin(guide, Number(line))}: ${message}`,
    );
    expect(errors).toEqual([]);
    expect(result.code, result.stdout).toBe(0);
  }, 120_000);
});

describe.each(guides.filter((guide) => guide !== 'other-languages'))('guides/%s.md', (guide) => {
  let emulator: Emulator;
  let cwd: string;
  beforeAll(async () => {
    emulator = await startGuideScene();
    cwd = mkdtempSync(path.join(tmpdir(), `guide-${guide}-`));
  });
  afterAll(async () => {
    await emulator?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it(
    'runs every TypeScript block against the emulator',
    async () => {
      const file = path.join(codeDir, `${guide}.ts`);
      const result = await exec(process.execPath, ['--import', TSX, file], {
        cwd,
        env: { APIFY_TOKEN: GUIDE_TOKEN, GUIDE_API_URL: emulator.url },
        timeoutMs: GUIDE_TIMEOUT_MS,
      });
      const line = /^GUIDE-RESULT (.*)$/m.exec(result.stdout)?.[1];
      const outcome = line
        ? (JSON.parse(line) as { ok: boolean; block: number; line: number; error?: string })
        : undefined;
      const where =
        outcome && outcome.block >= 0 ? `guides/${guide}.md block ${outcome.block} (line ${outcome.line})` : '';
      const detail = [
        outcome?.ok === false ? `${where} failed:\n${outcome.error}` : '',
        result.timedOut ? `did not finish within ${GUIDE_TIMEOUT_MS / 1000} s${where ? `, last in ${where}` : ''}` : '',
        !outcome ? `no result line; stderr:\n${result.stderr}` : '',
      ]
        .filter(Boolean)
        .join('\n');
      expect(detail).toBe('');
      expect(outcome?.ok).toBe(true);
      expect(result.code).toBe(0);
    },
    GUIDE_TIMEOUT_MS + 10_000,
  );
});
