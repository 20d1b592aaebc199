import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { docsDir, siteDir, spec30Path, specPath } from './paths.js';

/**
 * The Redoc bundle hard-codes its "API docs by Redocly" logo on Redocly's CDN; the page points at a local stand-in
 * instead, so it makes no request off the machine.
 */
const CDN_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

/** Builds `site/reference/index.html` with Redocly's `build-docs`: Redoc inlined, telemetry off, no CDN asset. */
export function buildReference(): void {
  const outDir = path.join(siteDir, 'reference');
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, 'index.html');
  const cli = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
    'bin/cli.js',
  );
  const result = spawnSync(
    process.execPath,
    [cli, 'build-docs', specPath, '--output', out, '--inlineBundle', '--title', 'API reference · apify-runs'],
    {
      cwd: docsDir,
      encoding: 'utf8',
      // Off: the CLI's usage report and the page's OpenTelemetry traces (baked into the page as `disableTelemetry`).
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  if (result.status !== 0) throw new Error(`redocly build-docs failed:\n${result.stdout}\n${result.stderr}`);

  let html = readFileSync(out, 'utf8');
  if (!html.includes('"disableTelemetry":true')) throw new Error('build-docs did not turn the page telemetry off');
  for (const url of CDN_LOGOS) {
    if (!html.includes(url)) throw new Error(`Redoc no longer references ${url}: check the page for other CDN assets`);
    html = html.replaceAll(url, 'redocly-logo.svg');
  }
  html = html.replace('</head>', '  <link rel="icon" href="data:," />\n</head>');
  writeFileSync(out, html);
  copyFileSync(path.join(docsDir, 'assets/redocly-logo.svg'), path.join(outDir, 'redocly-logo.svg'));
  copyFileSync(specPath, path.join(outDir, 'openapi.json'));
  copyFileSync(spec30Path, path.join(outDir, 'openapi-3.0.json'));
}
