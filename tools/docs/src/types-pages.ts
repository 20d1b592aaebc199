import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type GeneratedSources, readGeneratedSources } from './generated-source.js';
import { apiDir, generatedTypesPath } from './paths.js';
import {
  readSpec,
  redocOperationHash,
  referencedComponents,
  type Spec,
  type SpecOperation,
  specOperations,
} from './spec.js';
import type { SidebarItem } from './typedoc.js';

/** Where the types package's reference lives, relative to tools/docs/api. */
const TYPES_DIR = '@apify-runs/types';
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The storage an operation's tag is about: `Run dataset` and `Last run dataset` are both `dataset`. */
const storageOf = (tag: string) => tag.replace(/^(Actor run|Last run|Run)\s*/i, '') || 'run';

const GROUP_TITLES: Record<string, string> = {
  run: 'Run schemas',
  log: 'Log schemas',
  dataset: 'Dataset schemas',
  'key-value store': 'Key-value store schemas',
  'request queue': 'Request queue schemas',
  shared: 'Shared schemas',
};

interface Page {
  file: string;
  title: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The generated source of one member, as it ships: a code block with VitePress's copy button, not highlighted. These
 * pages hold about 300 kB of TypeScript; highlighted (a styled span per token, in the page and again in its script)
 * they would take 2.5 MB, a quarter of the site's budget.
 */
const codeBlock = (source: string) =>
  `<div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span>` +
  `<pre class="vp-code" v-pre><code>${escapeHtml(source)}</code></pre></div>`;

const schemaRefs = (source: string) => [
  ...new Set([...source.matchAll(/components\["schemas"\]\["(\w+)"\]/g)].map((m) => m[1] as string)),
];

/**
 * The pages that replace TypeDoc's for the generated `paths`, `operations` and `components` of `@apify-runs/types`:
 * one page per tag of the spec with each of its operations (its type, method, path and a link into the HTTP
 * reference), one page per storage with the schemas only its operations use plus one of shared schemas, one page of
 * the parameters, responses and headers, and short index pages at the paths TypeDoc links to. Returns the sidebar
 * entries of those pages.
 */
export function buildTypesPages(): SidebarItem[] {
  const spec = readSpec();
  const sources = readGeneratedSources(generatedTypesPath);
  const operations = specOperations(spec);
  const missing = operations.filter((op) => !sources.operations.has(op.operationId)).map((op) => op.operationId);
  if (missing.length > 0) throw new Error(`operations missing from the generated types: ${missing.join(', ')}`);

  const groupOf = schemaGroups(spec, operations);
  const schemaPage = (name: string) => `components/${slug(groupOf.get(name) ?? 'shared')}.md`;
  const write = (file: string, text: string) => {
    const absolute = path.join(apiDir, TYPES_DIR, file);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, `${text.trimEnd()}\n`);
  };
  /** Links to the schemas a source uses, from a page one folder below the package (operations/, components/). */
  const uses = (source: string, fromPage: string) => {
    const refs = schemaRefs(source);
    if (refs.length === 0) return '';
    const links = refs.map((name) => {
      const target = schemaPage(name);
      return `[${name}](${target === fromPage ? '' : `../${target}`}#${name})`;
    });
    return `\nUses ${links.join(', ')}.\n`;
  };

  // Operations, a page per tag.
  const tags = [...new Set(operations.map((op) => op.tag))];
  const operationPages: Page[] = [];
  for (const tag of tags) {
    const file = `operations/${slug(tag)}.md`;
    const description = spec.tags.find((t) => t.name === tag)?.description ?? '';
    const sections = operations
      .filter((op) => op.tag === tag)
      .map((op) => {
        const source = sources.operations.get(op.operationId) as string;
        return `## ${op.operationId} {#${op.operationId}}

\`${op.method} ${op.path}\`: ${op.summary}. [HTTP reference](/reference/${redocOperationHash(op)})

${codeBlock(source)}
${uses(source, file)}`;
      });
    write(
      file,
      `# Operations: ${tag}

${description.split('\n\n')[0] ?? ''}

Each entry is \`operations["<operationId>"]\` of [\`operations\`](../interfaces/operations.md): its parameters, request
body and responses, as \`@apify-runs/types\` declares them.

${sections.join('\n')}`,
    );
    operationPages.push({ file, title: tag });
  }

  // Schemas, a page per storage plus the shared ones.
  const schemas = sources.components.get('schemas') ?? new Map();
  const groups = [...new Set([...schemas.keys()].map((name) => groupOf.get(name) ?? 'shared'))].sort(
    (a, b) => Object.keys(GROUP_TITLES).indexOf(a) - Object.keys(GROUP_TITLES).indexOf(b),
  );
  const schemaPages: Page[] = [];
  for (const group of groups) {
    const file = `components/${slug(group)}.md`;
    const title = GROUP_TITLES[group] ?? `${group} schemas`;
    const sections = [...schemas]
      .filter(([name]) => (groupOf.get(name) ?? 'shared') === group)
      .map(([name, source]) => `## ${name} {#${name}}\n\n${codeBlock(source)}\n${uses(source, file)}`);
    write(
      file,
      `# ${title}

${
  group === 'shared'
    ? 'Schemas used by operations of more than one storage, or by none directly.'
    : `Schemas only the ${group} operations use.`
} Each entry is \`components["schemas"]["<name>"]\` of [\`components\`](../interfaces/components.md).

${sections.join('\n')}`,
    );
    schemaPages.push({ file, title });
  }
  const otherSections = [...sources.components].filter(([section]) => section !== 'schemas');
  write(
    'components/parameters-responses-headers.md',
    `# Parameters, responses and headers

The other parts of [\`components\`](../interfaces/components.md): what the operations share besides schemas.

${otherSections
  .map(
    ([section, members]) =>
      `## ${section} {#${section}}\n\n${[...members].map(([name, source]) => `### ${name} {#${section}-${name}}\n\n${codeBlock(source)}\n`).join('\n')}`,
  )
  .join('\n')}`,
  );
  schemaPages.push({ file: 'components/parameters-responses-headers.md', title: 'Parameters, responses, headers' });

  writeIndexPages(write, { spec, operations, operationPages, schemaPages, sources, groupOf });
  const link = (page: Page) => ({ text: page.title, link: `/api/${TYPES_DIR}/${page.file}` });
  return [
    { text: 'Operations by tag', collapsed: true, items: operationPages.map(link) },
    { text: 'Schemas', collapsed: true, items: schemaPages.map(link) },
  ];
}

/**
 * Each schema's storage: the one whose operations (of either endpoint group) are the only ones to reach it through
 * `$ref`s; `shared` when operations of several storages reach it, or none does.
 */
function schemaGroups(spec: Spec, operations: SpecOperation[]): Map<string, string> {
  const storages = new Map<string, Set<string>>();
  for (const op of operations) {
    for (const ref of referencedComponents(spec, op.raw)) {
      const [section, name = ''] = ref.split('/');
      if (section !== 'schemas') continue;
      const set = storages.get(name) ?? new Set<string>();
      set.add(storageOf(op.tag));
      storages.set(name, set);
    }
  }
  const groups = new Map<string, string>();
  for (const [name, set] of storages) groups.set(name, set.size === 1 ? ([...set][0] ?? 'shared') : 'shared');
  return groups;
}

/** `interfaces/paths.md`, `interfaces/operations.md`, `interfaces/components.md`: where TypeDoc links those names. */
function writeIndexPages(
  write: (file: string, text: string) => void,
  context: {
    spec: Spec;
    operations: SpecOperation[];
    operationPages: Page[];
    schemaPages: Page[];
    sources: GeneratedSources;
    groupOf: Map<string, string>;
  },
): void {
  const { spec, operations } = context;
  const opLink = (op: SpecOperation) => `[${op.method}](../operations/${slug(op.tag)}.md#${op.operationId})`;
  const rows = Object.keys(spec.paths).map((p) => {
    const ops = operations.filter((op) => op.path === p);
    return `| \`${p}\` | ${ops.map(opLink).join(' · ')} |`;
  });
  write(
    'interfaces/paths.md',
    `# Interface: paths

Every path of the spec, generated by openapi-typescript: \`paths["<path>"]["<method>"]\` is the operation's type,
the same as \`operations["<operationId>"]\`. Use it with \`openapi-fetch\`:

\`\`\`ts
import createClient from 'openapi-fetch';
import type { paths } from '@apify-runs/types';

const api = createClient<paths>({ baseUrl: 'https://api.apify.com' });
const { data } = await api.GET('/v2/actor-runs/{runId}', { params: { path: { runId: 'HG7ML7M8z78YcAPEB' } } });
\`\`\`

${operations.length} operations on ${rows.length} paths; each method links to its type:

| path | operations |
| --- | --- |
${rows.join('\n')}`,
  );
  write(
    'interfaces/operations.md',
    `# Interface: operations

One member per \`operationId\` of the spec, generated by openapi-typescript: its \`parameters\` (\`path\`, \`query\`,
\`header\`), \`requestBody\` and \`responses\` by status. \`OperationId\` is \`keyof operations\`. By tag:

${context.operationPages
  .map((page) => {
    const ops = operations.filter((op) => `operations/${slug(op.tag)}.md` === page.file);
    return `## ${page.title}\n\n${ops.map((op) => `- [\`${op.operationId}\`](../${page.file}#${op.operationId}): ${op.summary}`).join('\n')}\n`;
  })
  .join('\n')}`,
  );
  const schemaNames = [...(context.sources.components.get('schemas')?.keys() ?? [])];
  write(
    'interfaces/components.md',
    `# Interface: components

What the operations share, generated by openapi-typescript: \`components["schemas"]\` (the bodies' shapes; the
friendly names of \`@apify-runs/types\` such as \`Run\` are aliases of them), \`parameters\`, \`responses\` and
\`headers\`.

${context.schemaPages
  .filter((page) => page.file !== 'components/parameters-responses-headers.md')
  .map((page) => {
    const names = schemaNames.filter(
      (name) => `components/${slug(context.groupOf.get(name) ?? 'shared')}.md` === page.file,
    );
    return `## ${page.title}\n\n${names.map((name) => `[${name}](../${page.file}#${name})`).join(' · ')}\n`;
  })
  .join('\n')}
## Parameters, responses and headers

${[...context.sources.components]
  .filter(([section]) => section !== 'schemas')
  .map(
    ([section, members]) => `- [${section}](../components/parameters-responses-headers.md#${section}): ${members.size}`,
  )
  .join('\n')}`,
  );
}
