import { typedocPackages } from './paths.js';

export interface PageOptions {
  title: string;
  /** Relative path from the page to the site root, `.` or `..`. */
  root: string;
  body: string;
  /** Sidebar HTML, when the page has one. */
  aside?: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export { escapeHtml };

/** The frame of the guide pages and the index: header navigation, optional sidebar, local CSS only. */
export function page({ title, root, body, aside }: PageOptions): string {
  const nav = [
    `<a href="${root}/index.html">Home</a>`,
    `<a href="${root}/guides/quick-start.html">Guides</a>`,
    `<a href="${root}/reference/index.html">HTTP API reference</a>`,
    ...typedocPackages.map((pkg) => `<a href="${root}/api/${pkg.dir}/index.html">${pkg.name}</a>`),
  ].join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${escapeHtml(title)} · apify-runs</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="${root}/style.css" />
</head>
<body>
  <header class="top">
    <a class="brand" href="${root}/index.html">apify-runs</a>
    <nav>
      ${nav}
    </nav>
  </header>
  <div class="layout${aside ? '' : ' single'}">
    ${aside ? `<aside>${aside}</aside>` : ''}
    <main>
${body}
    </main>
  </div>
</body>
</html>
`;
}
