import { defineProject } from 'vitest/config';

// Generous safety nets, never a measure of speed: the smoke run starts about 40 processes, on a machine that may be
// busy with other work (it took over 240 s once, in pnpm test beside two busy loops and another CI run).
export default defineProject({
  test: { name: 'bench', include: ['test/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 60_000 },
});
