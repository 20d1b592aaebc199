import { defineProject } from 'vitest/config';

// Generous safety nets, never a measure of speed: the smoke run starts about 40 processes, on a machine that may be
// busy with other work.
export default defineProject({
  test: { name: 'bench', include: ['test/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 60_000 },
});
