import ts from 'typescript';

/**
 * The TypeScript of a guide, as the docs test runs it.
 *
 * Every ```ts (or ```typescript) block of a guide is run, in order, against the emulator. Two HTML comments, invisible
 * on the site, adjust that:
 *
 * - `<!-- not-run: <reason> -->` on the line before a block leaves it out. The reason is required; use it only when
 *   running the block would not be honest (it needs something the test cannot give, such as a real account).
 * - `<!-- setup: … -->` holds code that runs before the first block: the context the guide assumes from earlier
 *   guides, such as `const client = createApifyClient({ token: process.env.APIFY_TOKEN })`.
 */
export interface GuideBlock {
  /** 1-based index among the guide's TypeScript blocks (the setup is block 0). */
  index: number;
  /** 1-based line of the block's first code line in the guide. */
  line: number;
  code: string;
  /** Why the block is not run, when it is not. */
  notRun?: string;
}

const FENCE = /^(`{3,}|~{3,})\s*([\w-]*)([^\n]*)$/;
const NOT_RUN = /^<!--\s*not-run:(.*?)-->\s*$/;
const SETUP = /^<!--\s*setup:\s*$/;

/** The setup and the TypeScript blocks of a guide's Markdown. Throws on a `not-run` marker without a reason. */
export function extractGuideCode(markdown: string, guide: string): { setup?: GuideBlock; blocks: GuideBlock[] } {
  const lines = markdown.split('\n');
  const blocks: GuideBlock[] = [];
  let setup: GuideBlock | undefined;
  let index = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (SETUP.test(line)) {
      const end = lines.findIndex((l, j) => j > i && l.trim() === '-->');
      if (end < 0) throw new Error(`${guide}:${i + 1}: <!-- setup: is not closed with a line "-->"`);
      setup = { index: 0, line: i + 2, code: lines.slice(i + 1, end).join('\n') };
      i = end;
      continue;
    }
    const fence = FENCE.exec(line);
    if (!fence) continue;
    const [, marker = '', lang = ''] = fence;
    const end = lines.findIndex((l, j) => j > i && l.trimEnd() === marker);
    if (end < 0) throw new Error(`${guide}:${i + 1}: code block is not closed`);
    if (['ts', 'typescript'].includes(lang)) {
      index += 1;
      const previous = lines[i - 1] ?? '';
      const notRun = NOT_RUN.exec(previous.trim())?.[1]?.trim();
      if (notRun === '') throw new Error(`${guide}:${i}: <!-- not-run: --> needs a reason`);
      blocks.push({ index, line: i + 2, code: lines.slice(i + 1, end).join('\n'), ...(notRun ? { notRun } : {}) });
    }
    i = end;
  }
  return { ...(setup ? { setup } : {}), blocks };
}

/** Names a piece of code declares at its top level (variables, functions, classes), without its imports. */
function declaredNames(statements: readonly ts.Statement[]): string[] {
  const names: string[] = [];
  const bindingNames = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name);
  };
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bindingNames(declaration.name);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.push(statement.name.text);
    } else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
      names.push(statement.name.text);
    }
  }
  return names;
}

export interface GuideModule {
  /** The module's TypeScript. */
  source: string;
  /** For each line of `source` (0-based), the block it came from and the matching 1-based line of the guide. */
  lines: ({ block: number; line: number } | undefined)[];
  /** The blocks that are run, the setup included. */
  blocks: GuideBlock[];
}

/**
 * One module that runs a guide's setup and blocks in order, as a reader would type them into one file: imports go to
 * the top (merged), and every block runs at the module's top level, so later blocks see what earlier ones declared.
 * A block that declares a name again (showing another way to do the same thing) gets a scope of its own instead.
 * Before each block, `harness.enter(<block>)` records where the guide is, so a failure names the block.
 */
export function guideModule(guide: string, markdown: string, harness: string): GuideModule {
  const { setup, blocks } = extractGuideCode(markdown, guide);
  const run = [...(setup ? [setup] : []), ...blocks.filter((block) => !block.notRun)];
  const imports = new Map<string, string>();
  const body: { text: string; block?: GuideBlock }[] = [];
  const declared = new Set<string>();
  for (const block of run) {
    const source = ts.createSourceFile(`${guide}#${block.index}.ts`, block.code, ts.ScriptTarget.Latest, true);
    const kept: ts.Statement[] = [];
    const importLines = new Set<number>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement)) {
        kept.push(statement);
        continue;
      }
      imports.set(statement.getText(source), statement.getText(source));
      const first = source.getLineAndCharacterOfPosition(statement.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(statement.getEnd()).line;
      for (let line = first; line <= last; line += 1) importLines.add(line);
    }
    const names = declaredNames(kept);
    const ownScope = names.some((name) => declared.has(name));
    if (!ownScope) for (const name of names) declared.add(name);
    body.push({ text: `harness.enter(${block.index}, ${block.line});` });
    if (ownScope) body.push({ text: '{' });
    // An import becomes an empty line, so the block's lines keep their place.
    const code = block.code
      .split('\n')
      .map((line, i) => (importLines.has(i) ? '' : line))
      .join('\n');
    body.push({ text: code, block });
    if (ownScope) body.push({ text: '}' });
  }

  const out: string[] = [];
  const lines: GuideModule['lines'] = [];
  const emit = (text: string, origin?: { block: number; line: number }) => {
    out.push(text);
    lines.push(origin);
  };
  emit(`// Generated by tools/docs/test/guides.test.ts from tools/docs/guides/${guide}.md: do not edit.`);
  emit(`import * as harness from ${JSON.stringify(harness)};`);
  for (const text of imports.values()) for (const line of text.split('\n')) emit(line);
  emit('try {');
  for (const part of body) {
    const partLines = part.text.split('\n');
    partLines.forEach((text, i) => {
      emit(text, part.block ? { block: part.block.index, line: part.block.line + i } : undefined);
    });
  }
  emit('} catch (error) {');
  emit('  harness.fail(error);');
  emit('}');
  emit('harness.done();');
  return { source: `${out.join('\n')}\n`, lines, blocks: run };
}
