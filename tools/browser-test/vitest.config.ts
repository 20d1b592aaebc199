import { defineProject } from 'vitest/config';

// Headless Chromium (Debian's package): `pnpm test:browser` at the root, after `apt-get install -y chromium`.
export default defineProject({
  test: { name: 'browser', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
