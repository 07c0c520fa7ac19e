import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Two cores on the build machines: keep the pool small and predictable.
    pool: 'threads',
    maxWorkers: 2,
  },
});
