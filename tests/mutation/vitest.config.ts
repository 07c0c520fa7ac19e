import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

/**
 * The unit tests as Stryker runs them. Tests that start another process (the CLI) cannot see the
 * mutant in that process, so they would only slow the run; the same code is covered in-process.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Instrumented code on a busy two-core machine is slow; a mutant that loops still times out.
      testTimeout: 60_000,
      exclude: ['tests/unit/cli/**', 'node_modules/**'],
    },
  }),
);
