import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Guide } from './guides.js';
import { escapeHtml, page } from './layout.js';
import { siteDir, specPath, typedocPackages } from './paths.js';

/** `site/index.html`: what the site holds and a link to every part of it. */
export function buildIndex(guides: readonly Guide[]): void {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { info: { title: string; version: string } };
  const body = `<h1>apify-runs documentation</h1>
<p>A typed TypeScript client, an OpenAPI 3.1 spec and a local emulator for the Apify API's run endpoints: a run by ID
(<code>/v2/actor-runs/{runId}</code>) or the last run of an Actor (<code>/v2/acts/{actorId}/runs/last</code>), waiting
for it, and its log, dataset, key-value store and request queue. Everything here works offline.</p>

<h2 id="guides">Guides</h2>
<dl class="cards">
${guides.map((g) => `<dt><a href="guides/${g.slug}.html">${escapeHtml(g.title)}</a></dt>\n<dd>${escapeHtml(g.summary)}</dd>`).join('\n')}
</dl>

<h2 id="http-api">HTTP API reference</h2>
<p><a href="reference/index.html">${escapeHtml(spec.info.title)}</a> (spec version ${escapeHtml(spec.info.version)}):
every operation, parameter, schema and error of the spec, rendered with Redoc. The bundled spec itself:
<a href="reference/openapi.json">openapi.json</a>.</p>

<h2 id="typescript-api">TypeScript API reference</h2>
<dl class="cards">
${typedocPackages.map((p) => `<dt><a href="api/${p.dir}/index.html">${p.name}</a></dt>\n<dd>${escapeHtml(p.summary.replace(/`/g, ''))}</dd>`).join('\n')}
</dl>
`;
  writeFileSync(path.join(siteDir, 'index.html'), page({ title: 'Documentation', root: '.', body }));
}
