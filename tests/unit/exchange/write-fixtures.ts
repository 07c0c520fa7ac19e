import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureFiles } from './fixture-files';

/** Writes the valid sample exchange files; run with `npx tsx tests/unit/exchange/write-fixtures.ts`. */
const folder = join(import.meta.dirname, '../../fixtures/exchange');
for (const [name, file] of Object.entries(await buildFixtureFiles())) {
  writeFileSync(join(folder, name), `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${name}`);
}
