import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The web pages' component tests (test/web/*.test.tsx) use React's automatic JSX runtime.
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
