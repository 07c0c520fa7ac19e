import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixtureFiles } from './fixture-files';
import { fixtureJson, fixturesFolder } from './helpers';

describe('tests/fixtures/exchange', () => {
  it('holds the app’s current exports of the sample data (else run write-fixtures.ts)', async () => {
    const files = await buildFixtureFiles();
    for (const [name, file] of Object.entries(files)) {
      expect(
        fixtureJson(name),
        `${name}: run npx tsx tests/unit/exchange/write-fixtures.ts`,
      ).toEqual(JSON.parse(JSON.stringify(file)));
    }
    const onDisk = readdirSync(fixturesFolder).filter((n) => n.endsWith('.json'));
    const invalid = onDisk.filter((n) => n.startsWith('invalid-'));
    expect(onDisk.filter((n) => !invalid.includes(n)).sort()).toEqual(Object.keys(files).sort());
  });
});
