import { defineProject } from 'vitest/config';

// Time limits are safety nets for a loaded machine, never a measure: tests control the emulator's clock instead.
export default defineProject({
  test: { name: 'emulator', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
