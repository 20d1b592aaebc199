import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'tool-kit', include: ['test/**/*.test.ts'] },
});
