import { defineProject } from 'vitest/config';

// Validating the whole bundle takes seconds on a busy machine (past vitest's 5 s default at load 20): the limits are
// safety nets, not measures.
export default defineProject({
  test: { name: 'spec', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
