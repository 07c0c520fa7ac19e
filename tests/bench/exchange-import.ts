// Before Dexie is loaded: Dexie picks up the IndexedDB it finds when its module runs.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import {
  buildExport,
  createPseudonymiser,
  isRecordsFile,
  parseExchangeFile,
} from '../../src-shared/exchange';
import { generateCandidates, sampleToday } from '../../src-shared/sample';
import { openDatabase } from '../../src-renderer/db/database';
import { toExportSources } from '../../src-renderer/features/regional/export-sources';
import { importExchangeFiles } from '../../src-renderer/features/regional/import-files';
import { medianMs, medianOf, type BenchRow } from './harness';

/**
 * Reading a partner's exchange file of 50 000 records: validating it (parseExchangeFile) and
 * validating + storing it (importExchangeFiles into IndexedDB, here fake-indexeddb), each beside
 * JSON.parse of the same text, the least any reader of the file must do.
 */

const RECORDS = 50_000;
const RUNS = 5;
const FILE_NAME = 'partner-50000.json';
const OWN_ID = 'bench-eigen-organisatie';

/** A records-level export of exactly RECORDS records, as the app writes it to disk. */
async function exchangeText(): Promise<string> {
  // About 1.04 records per generated candidate; take a few more and cut at RECORDS.
  const data = generateCandidates(Math.ceil(RECORDS / 1.02), 2019);
  const sources = toExportSources(
    data.candidates,
    data.trajectories,
    data.employers,
    data.learningGoals,
    '',
  ).slice(0, RECORDS);
  if (sources.length < RECORDS) throw new Error(`only ${sources.length} records generated`);
  const file = await buildExport({
    organisation: {
      id: '5b0e6f1c-2a7d-4c39-9e41-bench0050000',
      name: 'Stichting Benchmark',
      region: 'Regio Zwolle',
    },
    period: { from: '2000-01-01', to: '2099-12-31' },
    referenceDate: sampleToday,
    level: 'records',
    include: { ageBand: true, benefit: true, hoursPerWeek: true, learningGoals: true },
    generator: 'Instap bench',
    exportedAt: '2026-11-23T10:15:00.000Z',
    sources,
    pseudonymise: createPseudonymiser(new Uint8Array(32).fill(7)),
  });
  if (!isRecordsFile(file) || file.trajectories.length !== RECORDS) {
    throw new Error('the bench file does not hold exactly 50 000 records');
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

export async function benchExchangeImport(): Promise<BenchRow[]> {
  const text = await exchangeText();
  const size = Buffer.byteLength(text, 'utf8');
  const check = parseExchangeFile(FILE_NAME, text, size);
  if (!check.ok) throw new Error(check.errors[0]?.message ?? 'invalid bench file');

  const floor = await medianMs(() => JSON.parse(text), RUNS, 1);
  const validate = await medianMs(() => parseExchangeFile(FILE_NAME, text, size), RUNS, 1);

  const importTimes: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const name = `instap-bench-exchange-${run}`;
    const db = await openDatabase(name);
    const file = { name: FILE_NAME, size, text: () => Promise.resolve(text) };
    const start = performance.now();
    const result = await importExchangeFiles(db, [file], OWN_ID);
    const elapsed = performance.now() - start;
    if (!result.ok || (await db.exchangeImports.count()) !== 1) {
      throw new Error('the bench file was not imported');
    }
    db.close();
    await Dexie.delete(name);
    if (run > 0) importTimes.push(elapsed); // run 0 warms up
  }

  const floorName = 'JSON.parse van hetzelfde bestand';
  return [
    {
      name: 'uitwisselbestand valideren, 50.000 trajecten',
      unit: 'ms',
      value: validate,
      floorName,
      floor,
    },
    {
      name: 'valideren + importeren, 50.000 trajecten',
      unit: 'ms',
      value: medianOf(importTimes),
      floorName,
      floor,
    },
  ];
}
