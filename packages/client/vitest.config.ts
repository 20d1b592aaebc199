import { defineProject } from 'vitest/config';

// Time limits are safety nets for a loaded machine, never a measure: tests that wait control time instead
// (test/support/fake-time.ts, the emulator's clock) and wait on events.
// `isolate: false`: the test files share one module graph, so the client, the emulator and its spec validators are
// loaded once instead of once per file. Safe here: no file mocks modules, and what a test changes globally (fake
// timers, a stubbed fetch) is restored after it; each file starts its own emulator.
export default defineProject({
  test: {
    name: 'client',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    isolate: false,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
