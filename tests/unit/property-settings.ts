/**
 * How many cases a property test tries, and from which seed. `npm test` tries the test's own number
 * of cases from a new random seed each run, so the cases differ from run to run. The mutation runs
 * (tests/mutation/vitest.config.ts) set fewer cases and a fixed seed: every mutant must meet the
 * same cases as the code it is compared with, or a mutant's fate would depend on chance.
 */
export function propertySettings(defaultRuns: number): { numRuns: number; seed?: number } {
  const runs = process.env.PROPERTY_RUNS;
  const seed = process.env.PROPERTY_SEED;
  return { numRuns: runs ? Number(runs) : defaultRuns, ...(seed ? { seed: Number(seed) } : {}) };
}
