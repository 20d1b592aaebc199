import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Marked, type Tokens } from 'marked';
import { escapeHtml, page } from './layout.js';
import { docsDir, guides, siteDir } from './paths.js';

export interface Guide {
  slug: string;
  title: string;
  /** The first paragraph, as plain text: the guide's one-line summary on the index page. */
  summary: string;
}

/** GitHub-style heading slugs, so `#waiting-for-a-run` anchors written by hand match. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

function markdown(): Marked {
  return new Marked({
    gfm: true,
    walkTokens(token) {
      // Guides link to each other as `waiting.md`, so they also read well as plain Markdown.
      if (token.type === 'link' && /^[\w-]+\.md(#|$)/.test(token.href)) {
        token.href = token.href.replace(/\.md(#|$)/, '.html$1');
      }
    },
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        const id = slugify(text);
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}<a class="anchor" href="#${id}" aria-label="Link to this section">#</a></h${depth}>\n`;
      },
    },
  });
}

/** Renders `tools/docs/guides/*.md` into `site/guides/*.html`, in the order of `guides`. */
export function buildGuides(): Guide[] {
  const dir = path.join(docsDir, 'guides');
  const onDisk = readdirSync(dir).filter((name) => name.endsWith('.md'));
  const unlisted = onDisk.filter((name) => !(guides as readonly string[]).includes(name.slice(0, -3)));
  if (unlisted.length > 0) throw new Error(`guides not listed in src/paths.ts: ${unlisted.join(', ')}`);

  const parsed = guides.map((slug) => {
    const file = path.join(dir, `${slug}.md`);
    if (!existsSync(file)) throw new Error(`missing guide ${file}`);
    const source = readFileSync(file, 'utf8');
    const title = /^# (.+)$/m.exec(source)?.[1];
    if (!title) throw new Error(`${file} has no "# Title" line`);
    const firstParagraph = source.split(/\n\s*\n/).find((block) => !block.startsWith('#')) ?? '';
    const summary = firstParagraph
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/[`*_]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { slug, title, summary, source };
  });

  mkdirSync(path.join(siteDir, 'guides'), { recursive: true });
  const md = markdown();
  parsed.forEach((guide, index) => {
    const aside = `<h2>Guides</h2>\n<ol>\n${parsed
      .map(
        (g) =>
          `<li${g.slug === guide.slug ? ' class="current"' : ''}><a href="${g.slug}.html">${escapeHtml(g.title)}</a></li>`,
      )
      .join('\n')}\n</ol>`;
    const prev = parsed[index - 1];
    const next = parsed[index + 1];
    const pager = `<nav class="pager">${prev ? `<a href="${prev.slug}.html">← ${escapeHtml(prev.title)}</a>` : '<span></span>'}${
      next ? `<a href="${next.slug}.html">${escapeHtml(next.title)} →</a>` : ''
    }</nav>`;
    const body = `${md.parse(guide.source, { async: false })}\n${pager}`;
    writeFileSync(
      path.join(siteDir, 'guides', `${guide.slug}.html`),
      page({ title: guide.title, root: '..', body, aside }),
    );
  });
  return parsed.map(({ slug, title, summary }) => ({ slug, title, summary }));
}
