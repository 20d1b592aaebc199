import { defineConfig } from 'vitest/config';

/** One entry point for every package's tests (`pnpm vitest`); `pnpm test` runs them per package through turbo. */
export default defineConfig({
  test: { projects: ['packages/*', 'tools/*'] },
});
