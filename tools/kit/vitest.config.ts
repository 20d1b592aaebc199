import { defineProject } from 'vitest/config';

// Safety nets for a busy machine, not measures.
export default defineProject({
  test: { name: 'tool-kit', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
