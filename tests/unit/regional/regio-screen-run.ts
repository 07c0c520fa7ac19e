import 'fake-indexeddb/auto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../../src-renderer/db/database';
import { importExchangeFiles } from '../../../src-renderer/features/regional/import-files';
import { computeRegionalFigures } from '../../../src-renderer/features/regional/regional-figures';

/**
 * The Regio screen's import and figures in a process of its own, on its main thread as in the
 * app: a test worker's larger stack hides a RangeError that a main thread meets. Prints the
 * import's result and the regional figures as one JSON object.
 *
 *   node --import tsx tests/unit/regional/regio-screen-run.ts <file> <from> <to> <reference>
 */
const [file = '', from = '', to = '', referenceDate = ''] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const db = await openDatabase('instap-regio-screen-run');
const imported = await importExchangeFiles(
  db,
  [{ name: path.basename(file), size: statSync(file).size, text: () => Promise.resolve(text) }],
  'eigen-organisatie-0000-0000-000000000000',
);
const region = await computeRegionalFigures(db, { from, to }, referenceDate);
process.stdout.write(JSON.stringify({ imported, region }));
db.close();
