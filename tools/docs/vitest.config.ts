import { defineProject } from 'vitest/config';

// `test` checks the built site without a browser; `test:browser` (vitest.browser.config.ts) adds headless Chromium.
export default defineProject({
  // Generous limits: scanning the whole built site takes seconds on a busy machine (a safety net, not a measure).
  test: {
    name: 'docs',
    include: ['test/**/*.test.ts'],
    exclude: ['test/site.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
