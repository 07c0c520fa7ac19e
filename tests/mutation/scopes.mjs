// The parts of the pure core under mutation testing, each with the unit tests that are about it.
// A scope runs only its own tests: a mutant in the figures must be caught by the figures' tests,
// not by chance in a backup test that happens to count something, and a run over one scope stays
// short enough for two cores (each mutant re-imports only these test files).
export const mutationScopes = {
  figures: {
    mutate: ['src-shared/figures/**/*.ts'],
    tests: ['tests/unit/figures/**/*.test.ts'],
  },
  exchange: {
    // Not the generated validator: its source is the JSON Schema (and a staleness test).
    mutate: ['src-shared/exchange/**/*.ts', '!src-shared/exchange/generated/**'],
    tests: ['tests/unit/exchange/**/*.test.ts', 'tests/unit/regional/import.test.ts'],
  },
  backup: {
    mutate: [
      'src-shared/domain/retention.ts',
      'src-shared/domain/backup.ts',
      'src-main/files/backup-store.ts',
    ],
    tests: ['tests/unit/backup/**/*.test.ts', 'tests/unit/privacy/**/*.test.ts'],
  },
};

/** The scope named by MUTATION_SCOPE, or every scope together. */
export function selectedScope() {
  const name = process.env.MUTATION_SCOPE;
  if (!name) {
    const all = Object.values(mutationScopes);
    return { mutate: all.flatMap((s) => s.mutate), tests: all.flatMap((s) => s.tests) };
  }
  const scope = mutationScopes[name];
  if (!scope) {
    throw new Error(
      `MUTATION_SCOPE "${name}" bestaat niet; kies uit ${Object.keys(mutationScopes).join(', ')}`,
    );
  }
  return scope;
}
