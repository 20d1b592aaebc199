import { defineProject } from 'vitest/config';

// Every docs test, the headless-Chromium one included: `pnpm --filter @apify-runs/docs test:browser`.
export default defineProject({
  test: { name: 'docs-browser', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
