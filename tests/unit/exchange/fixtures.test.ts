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
    // Invalid files, and files as an older Instap wrote them (frozen), are made by hand.
    const byHand = onDisk.filter((n) => n.startsWith('invalid-') || n.endsWith('-older.json'));
    expect(onDisk.filter((n) => !byHand.includes(n)).sort()).toEqual(Object.keys(files).sort());
  });
});
