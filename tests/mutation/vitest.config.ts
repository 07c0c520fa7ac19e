import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

/**
 * The unit tests as Stryker runs them: those of the mutated parts only, so its first full run stays
 * short. Tests that start another process (the CLI, the 200,000-record file) cannot see the mutant
 * in that process and would only slow the run; the same code is covered in-process.
 */
// Spread, not mergeConfig: that would add these lists to the base's instead of replacing them.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Instrumented code on a busy two-core machine is slow; a mutant that loops still times out.
    testTimeout: 60_000,
    include: ['tests/unit/{figures,exchange,regional,backup,privacy}/**/*.test.ts'],
    exclude: ['tests/unit/regional/large-file.test.ts', 'node_modules/**'],
  },
});
