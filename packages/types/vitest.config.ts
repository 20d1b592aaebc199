import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'types',
    include: [],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
