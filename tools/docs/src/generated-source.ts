import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The source of one member of a generated interface, with its doc comment, dedented to the left margin. */
export type MemberSources = Map<string, string>;

export interface GeneratedSources {
  /** `operations["<operationId>"]`, by operationId. */
  operations: MemberSources;
  /** `components["<section>"]["<name>"]`, by section (`schemas`, `responses`, `parameters`, `headers`, …). */
  components: Map<string, MemberSources>;
}

function nameOf(member: ts.TypeElement, source: ts.SourceFile): string {
  const name = member.name;
  if (!name) throw new Error(`unnamed member in ${source.fileName}`);
  return ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : name.getText(source);
}

/** Removes the indentation every non-empty line shares. */
function dedent(text: string): string {
  const lines = text
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/**
 * The doc comments inside a member, not the one above it. In an operation they repeat each parameter's description
 * from `components["parameters"]` (one parameter's text appears in up to 78 operations), so the operation pages leave
 * them out and link to the parameters page instead.
 */
function withoutInnerComments(text: string): string {
  const lines = text.split('\n');
  const firstCode = lines.findIndex((line) => !/^\s*(\/\*\*|\*|\*\/)/.test(line));
  const head = lines.slice(0, firstCode).join('\n');
  const body = lines
    .slice(firstCode)
    .join('\n')
    .replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '');
  return head ? `${head}\n${body}` : body;
}

function membersOf(
  node: ts.TypeLiteralNode | ts.InterfaceDeclaration,
  source: ts.SourceFile,
  innerComments = true,
): MemberSources {
  const members: MemberSources = new Map();
  for (const member of node.members) {
    const text = dedent(member.getFullText(source));
    members.set(nameOf(member, source), innerComments ? text : withoutInnerComments(text));
  }
  return members;
}

/**
 * Reads what openapi-typescript generated (packages/types/src/generated/openapi.ts) with the TypeScript parser and
 * returns the source of each operation (without the parameter descriptions it repeats) and each component.
 */
export function readGeneratedSources(file: string): GeneratedSources {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const declaration = (name: string) => {
    const found = source.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
    );
    if (!found) throw new Error(`${file} declares no interface ${name}`);
    return found;
  };
  const components = new Map<string, MemberSources>();
  for (const section of declaration('components').members) {
    if (!ts.isPropertySignature(section) || !section.type || !ts.isTypeLiteralNode(section.type)) continue;
    components.set(nameOf(section, source), membersOf(section.type, source));
  }
  return { operations: membersOf(declaration('operations'), source, false), components };
}
