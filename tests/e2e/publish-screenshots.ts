import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run docs:screenshots`: after the e2e tests, copies the screenshots they took into
 * docs/screenshots for the README and the user guide.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const from = path.join(root, 'test-results', 'screenshots');
const to = path.join(root, 'docs', 'screenshots');
mkdirSync(to, { recursive: true });
for (const name of [
  'kandidaten-voorbeeld',
  'kandidaat',
  'traject',
  'resultaten',
  'regio-import',
  'getuigschriften',
  'instellingen',
]) {
  copyFileSync(path.join(from, `${name}.png`), path.join(to, `${name}.png`));
}
