import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';
import { selectedScope } from './scopes.mjs';

/**
 * The unit tests as Stryker runs them: those of the scope under mutation (scopes.mjs). Tests that
 * start another process (the CLI, the 200,000-record file) cannot see the mutant in that process
 * and would only slow the run; the same code is covered in-process. The generated validator's
 * staleness check compares a file with the JSON Schema, not the mutated code, and Stryker's
 * sandbox copy of that file differs by design (it rewrites the `@ts-nocheck` header lines).
 */
// Spread, not mergeConfig: that would add these lists to the base's instead of replacing them.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Instrumented code on a busy two-core machine is slow; a mutant that loops still times out.
    testTimeout: 60_000,
    // The property tests run for every mutant of the code they cover: 50 cases instead of 300
    // each keep a mutant run short; the unit run (`npm test`) still tries 300. A fixed seed gives
    // every mutant the same cases (tests/unit/property-settings.ts).
    env: { ...base.test?.env, PROPERTY_RUNS: '50', PROPERTY_SEED: '20261201' },
    include: selectedScope().tests,
    exclude: [
      'tests/unit/regional/large-file.test.ts',
      'tests/unit/exchange/generated-validator.test.ts',
      'node_modules/**',
    ],
  },
});
