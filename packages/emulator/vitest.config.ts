import { defineProject } from 'vitest/config';

// Time limits are safety nets for a loaded machine, never a measure: tests control the emulator's clock instead.
// `isolate: false`: the test files share one module graph, so the spec's validators are compiled once instead of
// once per file (about 3× faster). Safe here: no file mocks modules or changes globals, and each starts its own
// emulators.
export default defineProject({
  test: {
    name: 'emulator',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    isolate: false,
  },
});
