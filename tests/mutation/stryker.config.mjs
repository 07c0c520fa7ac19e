// Mutation testing of the pure core (`npm run test:mutation`): figures, the exchange format, and the
// retention and backup rules. Not in CI: on two cores a full run takes long. The score per folder is
// recorded in the README beside the bench; a surviving mutant is killed by a new test or explained
// there as equivalent.
import { selectedScope } from './scopes.mjs';

// One report and one incremental record per scope, so runs of different scopes do not overwrite
// each other and a second run of a scope re-tests only the mutants whose code or tests changed.
const reportName = process.env.MUTATION_SCOPE ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  mutate: selectedScope().mutate,
  // Only the tests that import the mutated code run for each mutant (related: true above).
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Generous: on a busy machine a slow run was reported as a timeout (counted as caught), and two
  // of five such "timeouts" re-run by hand were survivors. A mutant that really loops still ends.
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `test-results/mutation/${reportName}.html` },
  jsonReporter: { fileName: `test-results/mutation/${reportName}.json` },
  incremental: true,
  incrementalFile: `test-results/mutation/${reportName}-incremental.json`,
  tempDirName: 'test-results/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75, break: null },
};
