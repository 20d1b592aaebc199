import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'pack-test', include: ['test/**/*.test.ts'] },
});
