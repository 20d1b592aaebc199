import { defineProject } from 'vitest/config';

// `test` checks the built site without a browser; `test:browser` (vitest.browser.config.ts) adds headless Chromium.
export default defineProject({
  test: { name: 'docs', include: ['test/**/*.test.ts'], exclude: ['test/site.test.ts'] },
});
