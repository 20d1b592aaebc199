import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitepress';
import { guides, siteDir, typedocPackages } from '../src/paths.js';

// The site: guides (guides/*.md), the HTTP reference (reference/index.md, Redoc) and the TypeScript reference
// (api/, written by `pnpm docs` before VitePress runs). Everything is served from the site itself: local search,
// no CDN, no analytics, no web fonts from elsewhere.
const here = import.meta.dirname;
const guideTitle = (slug: string) =>
  /^# (.+)$/m.exec(readFileSync(path.join(here, '../guides', `${slug}.md`), 'utf8'))?.[1] ?? slug;
// One sidebar per package (written by `pnpm docs`): a page carries only its own package's entries.
const apiSidebarFile = path.join(here, '../api/sidebar.json');
const apiSidebars: Record<string, unknown[]> = existsSync(apiSidebarFile)
  ? JSON.parse(readFileSync(apiSidebarFile, 'utf8'))
  : {};

export default defineConfig({
  title: 'apify-runs',
  description: "Typed TypeScript client, OpenAPI spec and local emulator for the Apify API's run endpoints",
  lang: 'en',
  srcExclude: ['README.md', 'src/**', 'test/**', '.guide-code/**'],
  outDir: path.relative(path.join(here, '..'), siteDir),
  base: process.env.DOCS_BASE ?? '/',
  cleanUrls: false,
  // The page index and site data go into one shared chunk instead of into every page (40 kB each otherwise).
  metaChunk: true,
  lastUpdated: false,
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  markdown: { theme: { light: 'github-light', dark: 'github-dark' } },
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/guides/quick-start' },
      { text: 'HTTP API', link: '/reference/' },
      {
        text: 'TypeScript API',
        items: typedocPackages.map((pkg) => ({ text: pkg.name, link: `/api/${pkg.name}/` })),
      },
    ],
    sidebar: {
      '/guides/': [
        { text: 'Guides', items: guides.map((slug) => ({ text: guideTitle(slug), link: `/guides/${slug}` })) },
      ],
      ...apiSidebars,
    },
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    docFooter: { prev: 'Previous', next: 'Next' },
  },
  vite: {
    // Redoc is loaded by the reference page at run time, from the site's own files (see theme/RedocReference.vue).
    build: { chunkSizeWarningLimit: 2_000 },
  },
});
