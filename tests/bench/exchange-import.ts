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
import { openDatabase, type InstapDatabase } from '../../src-renderer/db/database';
import { toExportSources } from '../../src-renderer/features/regional/export-sources';
import { importExchangeFiles } from '../../src-renderer/features/regional/import-files';
import { timingOf, type BenchRow, type Timing } from './harness';

/**
 * Reading a partner's exchange file of 50 000 records: validating it (parseExchangeFile) and
 * validating + storing it (importExchangeFiles into IndexedDB, here fake-indexeddb), each beside
 * JSON.parse of the same text, the least any reader of the file must do.
 */

const RECORDS = 50_000;
const RUNS = 5;
/** Validation against JSON.parse: cheap runs, so more of them, for a steadier median. */
const PAIRED_RUNS = 9;
const FILE_NAME = 'partner-50000.json';
const OWN_ID = 'bench-eigen-organisatie';

/** A records-level export of exactly `records` records, as the app writes it to disk. */
export async function exchangeText(records: number, indent = 2): Promise<string> {
  // About 1.04 records per generated candidate; take a few more and cut at `records`.
  const data = generateCandidates(Math.ceil(records / 1.02), 2019);
  const sources = toExportSources(
    data.candidates,
    data.trajectories,
    data.employers,
    data.learningGoals,
    '',
  ).slice(0, records);
  if (sources.length < records) throw new Error(`only ${sources.length} records generated`);
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
  if (!isRecordsFile(file) || file.trajectories.length !== records) {
    throw new Error(`the bench file does not hold exactly ${records} records`);
  }
  return `${JSON.stringify(file, null, indent)}\n`;
}

/**
 * The floor and the work in turns, after one untimed run of each: on a shared machine a busy
 * moment then falls on both, instead of on all runs of one of them.
 */
function alternating(floor: () => unknown, work: () => unknown): [Timing, Timing] {
  const floors: number[] = [];
  const works: number[] = [];
  for (let run = 0; run <= PAIRED_RUNS; run++) {
    const floorTime = elapsedMs(floor);
    const workTime = elapsedMs(work);
    if (run === 0) continue; // warms up
    floors.push(floorTime);
    works.push(workTime);
  }
  return [timingOf(floors), timingOf(works)];
}

function elapsedMs(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Each run on a database of its own, created and deleted around the timed work. */
async function timeOnFreshDatabase(work: (db: InstapDatabase) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const name = `instap-bench-exchange-${run}`;
    const db = await openDatabase(name);
    const start = performance.now();
    await work(db);
    const elapsed = performance.now() - start;
    if ((await db.exchangeImports.count()) !== 1) throw new Error('the bench file was not stored');
    db.close();
    await Dexie.delete(name);
    if (run > 0) times.push(elapsed); // run 0 warms up
  }
  return times;
}

export async function benchExchangeImport(): Promise<BenchRow[]> {
  const text = await exchangeText(RECORDS);
  const size = Buffer.byteLength(text, 'utf8');
  const check = parseExchangeFile(FILE_NAME, text, size);
  if (!check.ok) throw new Error(check.errors[0]?.message ?? 'invalid bench file');

  const [parse, validate] = alternating(
    () => JSON.parse(text),
    () => parseExchangeFile(FILE_NAME, text, size),
  );

  const imports = await timeOnFreshDatabase(async (db) => {
    const file = { name: FILE_NAME, size, text: () => Promise.resolve(text) };
    const result = await importExchangeFiles(db, [file], OWN_ID);
    if (!result.ok) throw new Error('the bench file was not imported');
  });
  // The floor of an import: validating, then the bare Dexie write of the same row.
  const validateAndWrite = await timeOnFreshDatabase(async (db) => {
    const parsed = parseExchangeFile(FILE_NAME, text, size);
    if (!parsed.ok) throw new Error('invalid bench file');
    const row = {
      organisationId: parsed.file.organisation.id,
      fileName: FILE_NAME,
      file: parsed.file,
    };
    await db.transaction('rw', db.exchangeImports, () =>
      db.exchangeImports.add({ ...row, importedAt: new Date().toISOString() }),
    );
  });

  return [
    {
      name: 'uitwisselbestand valideren, 50.000 trajecten',
      unit: 'ms',
      value: validate,
      floorName: 'JSON.parse van hetzelfde bestand',
      floor: parse,
      goalRatio: 3,
    },
    {
      name: 'valideren + importeren, 50.000 trajecten',
      unit: 'ms',
      value: timingOf(imports),
      floorName: 'valideren + kale Dexie-schrijfactie van dezelfde rij',
      floor: timingOf(validateAndWrite),
      goalRatio: 1.5,
    },
    {
      name: 'valideren + importeren, 50.000 trajecten',
      unit: 'ms',
      value: timingOf(imports),
      floorName: 'JSON.parse van hetzelfde bestand (ter vergelijking)',
      floor: parse,
    },
  ];
}
