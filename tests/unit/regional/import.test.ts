import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  MAX_EXCHANGE_BYTES,
  buildExport,
  createPseudonymiser,
  mergeExports,
  regionalFigures,
  type ExchangeFileV1,
  type ExchangeIssue,
} from '../../../src-shared/exchange';
import { computeFigures, emptyFigures, type Period } from '../../../src-shared/figures';
import { toFigureRecords } from '../../../src-shared/domain/figure-records';
import { generateCandidates } from '../../../src-shared/sample';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { toExportSources } from '../../../src-renderer/features/regional/export-sources';
import {
  importExchangeFiles,
  removeOrganisation,
  type FileToImport,
} from '../../../src-renderer/features/regional/import-files';
import { fixtureJson, fixtureText, type Raw } from '../exchange/helpers';
import { limitCases } from '../exchange/limit-cases';

/**
 * Importing partners' exchange files (DOMAIN.md, "Regional exchange format, version 1"): every
 * importer rule refuses the whole import with a Dutch message naming file, record and field, and
 * leaves the database exactly as it was; a valid export of one database read into another gives
 * the same figures.
 */

const OWN_ID = 'eigen-organisatie-0000-0000-000000000000';
const NAME = 'partner.json';
const RECORDS = 'stichting-de-linde-2019-records.json';
const COUNTS = 'stichting-de-linde-2019-counts.json';
/** Already imported in every database the bad-input cases start from. */
const BASE = 'zorggroep-oost-2019-counts.json';

let counter = 0;
const freshDb = () => openDatabase(`instap-regional-import-${counter++}`);

function fileOf(name: string, text: string): FileToImport {
  return { name, size: Buffer.byteLength(text, 'utf8'), text: () => Promise.resolve(text) };
}

/** A database that already holds one imported partner file, so "unchanged" means something. */
async function dbWithOnePartner(): Promise<InstapDatabase> {
  const db = await freshDb();
  const result = await importExchangeFiles(db, [fileOf(BASE, fixtureText(BASE))], OWN_ID);
  expect(result.ok).toBe(true);
  expect(await db.exchangeImports.count()).toBe(1);
  expect(await db.auditLog.count()).toBe(1);
  return db;
}

/** Every row of every table, audit log included. */
async function snapshot(db: InstapDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/** The names of Object.prototype with their values, to prove no input reached it. */
function prototypeState(): [string, unknown][] {
  const proto = Object.prototype as unknown as Record<string, unknown>;
  return Object.getOwnPropertyNames(Object.prototype)
    .filter((name) => name !== '__proto__')
    .map((name) => [name, proto[name]]);
}

/** An own, enumerable key (also `__proto__`), so JSON.stringify writes it. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------
// Building bad files from the valid fixtures, one change each

function records(): Raw & { trajectories: Raw[] } {
  return fixtureJson(RECORDS) as Raw & { trajectories: Raw[] };
}

/** The records fixture with `change` applied to its first record with `status`. */
function recordChange(
  status: string,
  change: (record: Raw) => void,
): { text: string; ref: string } {
  const file = records();
  const record = file.trajectories.find((t) => t.status === status);
  if (record === undefined) throw new Error(`no ${status} record in ${RECORDS}`);
  change(record);
  return { text: json(file), ref: String(record.ref) };
}

function topChange(name: string, change: (file: Raw) => void): string {
  const file = fixtureJson(name);
  change(file);
  return json(file);
}

function countsSummaryChange(change: (summary: Raw) => void): string {
  return topChange(COUNTS, (file) => change(file.summary as Raw));
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// The table

interface Expected {
  /** Defaults to NAME. */
  file?: string;
  /** A record's ref, `#n` for a record without a valid ref, null for the file. */
  record?: string | null;
  field?: string | null;
  /** A distinctive part of the Dutch message. */
  text: string;
}

interface BadCase {
  name: string;
  build: () => { files: FileToImport[]; expected: Expected[] };
}

const one = (text: string, expected: Expected | Expected[], name = NAME) => ({
  files: [fileOf(name, text)],
  expected: Array.isArray(expected) ? expected : [expected],
});

function recordCase(
  name: string,
  status: string,
  field: string,
  message: string,
  change: (record: Raw) => void,
): BadCase {
  return {
    name,
    build: () => {
      const { text, ref } = recordChange(status, change);
      return one(text, { record: ref, field, text: message });
    },
  };
}

const unknownCode = 'bevat een onbekende code "onbekend"';

const badCases: BadCase[] = [
  // The text itself
  { name: 'leeg bestand', build: () => one('', { text: 'is leeg' }) },
  { name: 'alleen witruimte', build: () => one(' \n\t \r\n ', { text: 'is leeg' }) },
  {
    name: 'afgebroken JSON',
    build: () => {
      const text = fixtureText(RECORDS);
      return one(text.slice(0, Math.floor(text.length / 2)), { text: 'is geen geldige JSON' });
    },
  },
  {
    name: 'ongeldige UTF-8',
    build: () =>
      one(fixtureText(RECORDS).replace('Stichting', 'Stichting \uFFFD'), {
        text: 'is geen geldige UTF-8-tekst: regel 8, kolom 24',
      }),
  },
  {
    name: 'UTF-16 (nul-tekens)',
    build: () => one('{\u0000"\u0000f\u0000', { text: 'bevat nul-tekens' }),
  },
  // Not an object
  {
    name: 'een JSON-lijst',
    build: () => one('[]', { text: 'bevat geen regionaal uitwisselbestand' }),
  },
  { name: 'een getal', build: () => one('42', { text: 'maar het is 42' }) },
  {
    name: 'een tekst',
    build: () => one('"wep-regional-export"', { text: 'maar het is "wep-regional-export"' }),
  },
  { name: 'null', build: () => one('null', { text: 'maar het is null' }) },
  // Format and version
  {
    name: 'verkeerd format',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.format = 'instap-backup')),
        { field: 'format', text: 'is "instap-backup", niet "wep-regional-export"' },
      ),
  },
  {
    name: 'format ontbreekt',
    build: () =>
      one(
        topChange(RECORDS, (f) => delete f.format),
        { field: 'format', text: 'ontbreekt; dit is geen regionaal uitwisselbestand' },
      ),
  },
  {
    name: 'versie 2',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.version = 2)),
        { field: 'version', text: 'gemaakt met een nieuwere versie van de app (formaatversie 2)' },
      ),
  },
  {
    name: 'versie 0',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.version = 0)),
        { field: 'version', text: 'formaatversie 0 is onbekend' },
      ),
  },
  {
    name: 'versie "1" als tekst',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.version = '1')),
        { field: 'version', text: 'formaatversie "1" is onbekend' },
      ),
  },
  {
    name: 'versie 1.5',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.version = 1.5)),
        { field: 'version', text: 'formaatversie 1.5 is onbekend' },
      ),
  },
  // Top-level parts: missing or of the wrong type
  {
    name: 'organisatie ontbreekt',
    build: () =>
      one(
        topChange(RECORDS, (f) => delete f.organisation),
        { field: 'organisation', text: 'ontbreekt' },
      ),
  },
  {
    name: 'exportedAt is een getal',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.exportedAt = 1700000000)),
        { field: 'exportedAt', text: 'moet een tijdstip zijn' },
      ),
  },
  {
    name: 'generator is een getal',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.generator = 7)),
        { field: 'generator', text: 'moet een tekst zijn, niet 7' },
      ),
  },
  {
    name: 'organisation is een tekst',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.organisation = 'De Linde')),
        { field: 'organisation', text: 'moet een object met id, name en region zijn' },
      ),
  },
  {
    name: 'organisation.id is leeg',
    build: () =>
      one(
        topChange(RECORDS, (f) => ((f.organisation as Raw).id = '  ')),
        { field: 'organisation.id', text: 'mag niet leeg zijn' },
      ),
  },
  {
    name: 'period is een lijst',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.period = ['2019-01-01', '2019-12-31'])),
        {
          field: 'period',
          text: 'moet een object met from, to en referenceDate zijn, niet een lijst',
        },
      ),
  },
  {
    name: 'summary is een tekst',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.summary = 'veel')),
        { field: 'summary', text: 'moet een object met de cijfers zijn' },
      ),
  },
  {
    name: 'trajectories is een object',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.trajectories = { t1: {} })),
        { field: 'trajectories', text: 'moet een lijst zijn, niet een object' },
      ),
  },
  {
    name: 'trajectories is null',
    build: () =>
      one(
        topChange(RECORDS, (f) => (f.trajectories = null)),
        { field: 'trajectories', text: 'moet een lijst zijn, niet null' },
      ),
  },
  {
    name: 'een traject is een getal',
    build: () =>
      one(
        topChange(RECORDS, (f) => ((f.trajectories as unknown[])[0] = 5)),
        { record: '#0', text: 'moet een object zijn, niet 5' },
      ),
  },
  recordCase(
    'employer is een getal',
    'completed',
    'employer',
    'moet een tekst of null zijn',
    (t) => {
      t.employer = 12;
    },
  ),
  recordCase(
    'hoursPerWeek meer dan 168',
    'ongoing',
    'hoursPerWeek',
    'kan niet meer dan 168 uur per week zijn: 200',
    (t) => (t.hoursPerWeek = 200),
  ),
  // Dates
  recordCase(
    'datum 2019-02-30',
    'completed',
    'startedOn',
    'is geen bestaande datum in de vorm JJJJ-MM-DD: "2019-02-30"',
    (t) => (t.startedOn = '2019-02-30'),
  ),
  {
    name: 'datum 19-01-01',
    build: () =>
      one(
        topChange(RECORDS, (f) => ((f.period as Raw).from = '19-01-01')),
        { field: 'period.from', text: 'is geen bestaande datum in de vorm JJJJ-MM-DD: "19-01-01"' },
      ),
  },
  {
    name: 'periode eindigt vóór haar begin',
    build: () =>
      one(
        topChange(RECORDS, (f) => ((f.period as Raw).to = '2018-12-31')),
        { field: 'period.to', text: 'ligt vóór het begin van de periode (2019-01-01)' },
      ),
  },
  // Rules between fields
  recordCase(
    'endedOn vóór startedOn',
    'completed',
    'endedOn',
    'ligt vóór de startdatum',
    (t) => (t.endedOn = dayBefore(String(t.startedOn))),
  ),
  recordCase(
    'completed zonder endedOn',
    'completed',
    'endedOn',
    'bij status "completed" hoort een einddatum',
    (t) => (t.endedOn = null),
  ),
  recordCase(
    'stopped zonder endedOn',
    'stopped',
    'endedOn',
    'bij status "stopped" hoort een einddatum',
    (t) => (t.endedOn = null),
  ),
  recordCase(
    'ongoing zonder startedOn',
    'ongoing',
    'startedOn',
    'bij status "ongoing" hoort een startdatum',
    (t) => (t.startedOn = null),
  ),
  recordCase(
    'ongoing met endedOn',
    'ongoing',
    'endedOn',
    'moet null zijn bij status "ongoing", maar is 2020-06-30',
    (t) => (t.endedOn = '2020-06-30'),
  ),
  recordCase(
    'discussed met startedOn',
    'discussed',
    'startedOn',
    'moet null zijn bij status "discussed", maar is 2019-05-01',
    (t) => (t.startedOn = '2019-05-01'),
  ),
  recordCase(
    'stopReason bij een afgerond traject',
    'completed',
    'stopReason',
    'moet null zijn bij status "completed"',
    (t) => (t.stopReason = 'health'),
  ),
  // Codes
  recordCase('onbekende kind', 'completed', 'kind', unknownCode, (t) => (t.kind = 'onbekend')),
  recordCase(
    'onbekende status',
    'completed',
    'status',
    unknownCode,
    (t) => (t.status = 'onbekend'),
  ),
  recordCase('onbekende benefit', 'completed', 'benefit', unknownCode, (t) => {
    t.benefit = 'onbekend';
  }),
  recordCase('onbekende outcome', 'completed', 'outcome', unknownCode, (t) => {
    t.outcome = 'onbekend';
  }),
  recordCase('onbekende stopReason', 'stopped', 'stopReason', unknownCode, (t) => {
    t.stopReason = 'onbekend';
  }),
  recordCase('onbekende ageBand', 'ongoing', 'ageBand', unknownCode, (t) => {
    t.ageBand = 'onbekend';
  }),
  {
    name: 'onbekende outcome-code in de totalen',
    build: () =>
      one(
        countsSummaryChange((s) => ((s.outcomes as Raw).promoted = 1)),
        { field: 'summary.outcomes', text: 'bevat een onbekende code "promoted"' },
      ),
  },
  {
    name: 'dubbele ref',
    build: () => {
      const file = records();
      const [first, second] = file.trajectories as [Raw, Raw];
      second.ref = first.ref;
      return one(json(file), {
        record: String(first.ref),
        field: 'ref',
        text: 'komt al voor bij het 1e traject in de lijst',
      });
    },
  },
  // Counts
  {
    name: 'negatief aantal in summary',
    build: () =>
      one(
        topChange(RECORDS, (f) => ((f.summary as Raw).started = -1)),
        { field: 'summary.started', text: 'mag niet negatief zijn, maar is -1' },
      ),
  },
  {
    name: 'gebroken aantal in summary',
    build: () =>
      one(
        topChange(RECORDS, (f) => ((f.summary as Raw).discussed = 40.5)),
        { field: 'summary.discussed', text: 'moet een geheel getal zijn, niet 40.5' },
      ),
  },
  {
    name: 'negatief aantal per code in de totalen',
    build: () =>
      one(
        countsSummaryChange((s) => ((s.stopReasons as Raw).health = -2)),
        { field: 'summary.stopReasons.health', text: 'mag niet negatief zijn, maar is -2' },
      ),
  },
  {
    name: 'gebroken aantal starts bij een werkgever',
    build: () =>
      one(
        countsSummaryChange((s) => (((s.employerStarts as Raw[])[0] as Raw).started = 2.5)),
        {
          field: 'summary.employerStarts[0].started',
          text: 'moet een geheel getal zijn, niet 2.5',
        },
      ),
  },
  recordCase(
    'negatief aantal leerdoelen',
    'completed',
    'learningGoals.total',
    'mag niet negatief zijn, maar is -3',
    (t) => ((t.learningGoals as Raw).total = -3),
  ),
  recordCase(
    'gebroken aantal behaalde leerdoelen',
    'ongoing',
    'learningGoals.achieved',
    'moet een geheel getal zijn, niet 1.5',
    (t) => ((t.learningGoals as Raw).achieved = 1.5),
  ),
  // Keys that could reach a prototype: what they hold is never read
  {
    name: '__proto__ in plaats van format en version',
    build: () => {
      const file = fixtureJson(RECORDS);
      delete file.format;
      delete file.version;
      setOwn(file, '__proto__', { format: 'wep-regional-export', version: 1, polluted: 'ja' });
      return one(json(file), [
        { field: 'format', text: 'ontbreekt' },
        { field: 'version', text: 'ontbreekt' },
      ]);
    },
  },
  {
    name: '__proto__ in plaats van de status van een traject',
    build: () => {
      const { text, ref } = recordChange('completed', (t) => {
        delete t.status;
        setOwn(t, '__proto__', { status: 'completed', polluted: 'ja' });
      });
      return one(text, { record: ref, field: 'status', text: 'ontbreekt' });
    },
  },
  {
    name: 'constructor.prototype in plaats van organisation',
    build: () => {
      const file = fixtureJson(RECORDS);
      const organisation = file.organisation;
      delete file.organisation;
      setOwn(file, 'constructor', { prototype: { organisation, polluted: 'ja' } });
      return one(json(file), { field: 'organisation', text: 'ontbreekt' });
    },
  },
  // Whole files
  {
    name: 'bestand groter dan 50 MB (niet gelezen)',
    build: () => ({
      files: [
        {
          name: 'groot.json',
          size: 50 * 1024 * 1024 + 1,
          text: () => {
            throw new Error('text() of a file over 50 MB was called');
          },
        },
      ],
      expected: [{ file: 'groot.json', text: 'groter dan 50 MB en is niet gelezen' }],
    }),
  },
  {
    name: 'drie bestanden, alleen het laatste fout',
    build: () => ({
      files: [
        fileOf(RECORDS, fixtureText(RECORDS)),
        fileOf(COUNTS, fixtureText(COUNTS)),
        fileOf(
          'laatste.json',
          topChange('stichting-de-linde-2020-records.json', (f) => (f.version = 2)),
        ),
      ],
      expected: [{ file: 'laatste.json', field: 'version', text: 'nieuwere versie' }],
    }),
  },
  // The format's limits: a 20 MB employer name is refused, not imported
  ...limitCases.map((limitCase): BadCase => ({
    name: limitCase.name,
    build: () => {
      const { file, record, field, text } = limitCase.build();
      return one(json(file), { record, field, text });
    },
  })),
  {
    name: 'export van de eigen organisatie',
    build: () =>
      one(
        topChange(RECORDS, (f) => ((f.organisation as Raw).id = OWN_ID)),
        { file: 'eigen.json', text: 'is een export van uw eigen organisatie' },
        'eigen.json',
      ),
  },
];

function expectIssue(errors: readonly ExchangeIssue[], e: Expected): void {
  const file = e.file ?? NAME;
  const record = e.record ?? null;
  const field = e.field ?? null;
  const issue = errors.find((i) => i.file === file && i.record === record && i.field === field);
  if (issue === undefined) {
    throw new Error(
      `no issue for ${file}, record ${String(record)}, field ${String(field)}; got:\n` +
        errors.map((i) => `${i.file} | ${i.record} | ${i.field} | ${i.message}`).join('\n'),
    );
  }
  expect(issue.message).toContain(e.text);
  expect(issue.message).toContain(file);
  if (record !== null) {
    expect(issue.message).toContain(record.startsWith('#') ? `traject ${record}` : `"${record}"`);
  }
  if (field !== null) expect(issue.message).toContain(`veld "${field}"`);
}

describe('importExchangeFiles: every bad input is refused and nothing is written', () => {
  // The timeout: some cases hold a 20 MB name, a few seconds on a busy machine.
  it.each(badCases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, badCase) => {
      const db = await dbWithOnePartner();
      const before = await snapshot(db);
      const prototypeBefore = prototypeState();
      const { files, expected } = badCase.build();

      const result = await importExchangeFiles(db, files, OWN_ID);

      if (result.ok) throw new Error('expected the import to be refused');
      for (const e of expected) expectIssue(result.errors, e);
      // One issue per broken rule: the case breaks exactly the rules it names.
      expect(result.errors.map((i) => i.message)).toHaveLength(expected.length);
      expect(await snapshot(db)).toEqual(before);
      expect(prototypeState()).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      db.close();
    },
    30_000,
  );

  // V8 reports most truncations "at position <end of text>": that too must read as cut off.
  it('says a truncated file stops halfway', async () => {
    const db = await dbWithOnePartner();
    const text = fixtureText(RECORDS);
    const result = await importExchangeFiles(
      db,
      [fileOf(NAME, text.slice(0, Math.floor(text.length / 2)))],
      OWN_ID,
    );
    db.close();
    if (result.ok) throw new Error('expected the import to be refused');
    expect(result.errors[0]?.message).toContain('het houdt halverwege op');
  });

  it('imports the unchanged files the cases are made from', async () => {
    const db = await dbWithOnePartner();
    const result = await importExchangeFiles(
      db,
      [RECORDS, COUNTS, 'stichting-de-linde-2020-records.json'].map((name) =>
        fileOf(name, fixtureText(name)),
      ),
      OWN_ID,
    );
    expect(result).toEqual({
      ok: true,
      imported: [
        { fileName: RECORDS, organisation: 'Stichting De Linde Zorg' },
        { fileName: COUNTS, organisation: 'Stichting De Linde Zorg' },
        {
          fileName: 'stichting-de-linde-2020-records.json',
          organisation: 'Stichting De Linde Zorg',
        },
      ],
    });
    expect(await db.exchangeImports.count()).toBe(4);
    expect((await db.auditLog.toArray()).filter((entry) => entry.action === 'create').length).toBe(
      4,
    );
    db.close();
  });

  it('imports an otherwise valid file with __proto__, constructor and prototype keys, without them', async () => {
    const clean = await dbWithOnePartner();
    expect(
      (await importExchangeFiles(clean, [fileOf(NAME, fixtureText(RECORDS))], OWN_ID)).ok,
    ).toBe(true);

    const file = records();
    setOwn(file, '__proto__', { polluted: 'ja', version: 2 });
    setOwn(file, 'constructor', { prototype: { polluted: 'ja' } });
    setOwn(file.organisation as Raw, '__proto__', { polluted: 'ja' });
    setOwn(file.summary as Raw, 'prototype', { polluted: 'ja' });
    setOwn(file.trajectories[0] as Raw, '__proto__', { status: 'stopped', polluted: 'ja' });
    const text = json(file);
    expect(text).toContain('"__proto__"');
    const prototypeBefore = prototypeState();

    const db = await dbWithOnePartner();
    const result = await importExchangeFiles(db, [fileOf(NAME, text)], OWN_ID);

    expect(result.ok).toBe(true);
    expect(prototypeState()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const stored = (await db.exchangeImports.toArray()).find((row) => row.fileName === NAME);
    if (stored === undefined) throw new Error('not stored');
    const storedText = JSON.stringify(stored.file);
    expect(storedText).not.toMatch(/__proto__|constructor|prototype|polluted/);
    expect(Object.getPrototypeOf(stored.file)).toBe(Object.prototype);
    // Exactly what the same file without those keys gives.
    const cleanRow = (await clean.exchangeImports.toArray()).find((row) => row.fileName === NAME);
    expect(stored.file).toEqual(cleanRow?.file);
    clean.close();
    db.close();
  });

  it('refuses an oversized file among good ones without reading any of it', async () => {
    const db = await dbWithOnePartner();
    const before = await snapshot(db);
    let read = 0;
    const good: FileToImport = {
      ...fileOf(RECORDS, fixtureText(RECORDS)),
      text: () => {
        read++;
        return Promise.resolve(fixtureText(RECORDS));
      },
    };
    const big: FileToImport = {
      name: 'groot.json',
      size: MAX_EXCHANGE_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    };
    const result = await importExchangeFiles(db, [good, big], OWN_ID);
    expect(result.ok).toBe(false);
    expect(read).toBe(1);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip: one database's export, imported into another

const SOURCE_ORG = {
  id: 'bron-organisatie-1111-1111-111111111111',
  name: 'Stichting Bron',
  region: 'Regio Zwolle',
};
const secret = Uint8Array.from({ length: 32 }, (_, i) => (i * 29 + 3) % 256);
const year2019: Period = { from: '2019-01-01', to: '2019-12-31' };
const year2020: Period = { from: '2020-01-01', to: '2020-12-31' };
const R = '2021-12-31';

/** An app database with generated records, as the app stores them. */
async function sourceDb(): Promise<InstapDatabase> {
  const db = await freshDb();
  const data = generateCandidates(600, 7);
  await db.employers.bulkAdd(data.employers);
  await db.candidates.bulkAdd(data.candidates);
  await db.trajectories.bulkAdd(data.trajectories);
  await db.learningGoals.bulkAdd(data.learningGoals);
  return db;
}

async function sourcesOf(db: InstapDatabase) {
  return toExportSources(
    await db.candidates.toArray(),
    await db.trajectories.toArray(),
    await db.employers.toArray(),
    await db.learningGoals.toArray(),
    '',
  );
}

/** The source's records as the figures read them (the app's one mapping). */
async function recordsOf(db: InstapDatabase) {
  return toFigureRecords(
    await db.candidates.toArray(),
    await db.trajectories.toArray(),
    await db.employers.toArray(),
    '',
  );
}

async function exportOf(db: InstapDatabase, period: Period, exportedAt: string) {
  return buildExport({
    organisation: SOURCE_ORG,
    period,
    referenceDate: R,
    level: 'records',
    include: { ageBand: true, benefit: true, hoursPerWeek: true, learningGoals: true },
    generator: 'Instap test',
    exportedAt,
    sources: await sourcesOf(db),
    pseudonymise: createPseudonymiser(secret),
  });
}

const asFile = (name: string, file: ExchangeFileV1) => fileOf(name, json(file));

async function regional(db: InstapDatabase, period: Period) {
  const merged = mergeExports((await db.exchangeImports.toArray()).map((row) => row.file));
  const result = regionalFigures(merged, period, R);
  if (!result.ok) throw new Error(result.message);
  return { ...result, merged };
}

describe('importExchangeFiles: round trip between two databases', () => {
  it('gives the source’s own figures, keeps the newest export and removes it all again', async () => {
    const source = await sourceDb();
    const target = await freshDb();
    const sources = await recordsOf(source);
    const old2019 = await exportOf(source, year2019, '2022-01-10T09:00:00.000Z');
    expect(old2019.trajectories?.length).toBeGreaterThan(50);

    // Same organisation id as the target's own: refused, as its own records.
    const own = await importExchangeFiles(target, [asFile('a.json', old2019)], SOURCE_ORG.id);
    expect(own.ok).toBe(false);

    expect((await importExchangeFiles(target, [asFile('2019.json', old2019)], OWN_ID)).ok).toBe(
      true,
    );
    const first = await regional(target, year2019);
    expect(first.total).toEqual(computeFigures(sources, year2019, R));
    expect(first.total.started).toBeGreaterThan(0);
    expect(first.total.completed + first.total.stopped).toBeGreaterThan(0);
    expect(first.warnings).toEqual([]);
    expect(first.perOrganisation).toEqual([
      {
        organisationId: SOURCE_ORG.id,
        name: SOURCE_ORG.name,
        source: 'records',
        figures: first.total,
      },
    ]);

    // The source changes: a completed 2019 trajectory turns out to have stopped.
    const changed = (await source.trajectories.toArray()).find(
      (t) =>
        t.status === 'completed' &&
        t.startedOn >= year2019.from &&
        t.startedOn <= year2019.to &&
        t.endedOn !== null &&
        t.endedOn <= R &&
        !t.deletedAt,
    );
    if (changed === undefined) throw new Error('no completed 2019 trajectory in the sample');
    await source.trajectories.update(changed.id, {
      status: 'stopped',
      stopReason: 'personal',
      outcome: 'unknown',
    });
    const newSources = await recordsOf(source);
    const newer2019 = await exportOf(source, year2019, '2022-06-01T09:00:00.000Z');
    const newFigures = computeFigures(newSources, year2019, R);
    expect(newFigures).not.toEqual(first.total);

    const fresh = await freshDb();
    await importExchangeFiles(fresh, [asFile('2019-nieuw.json', newer2019)], OWN_ID);
    const afterNewer = await regional(fresh, year2019);
    expect(afterNewer.total).toEqual(newFigures);
    // An older export after a newer one: stored, but the figures stay the newer ones.
    expect((await importExchangeFiles(fresh, [asFile('2019.json', old2019)], OWN_ID)).ok).toBe(
      true,
    );
    expect(await fresh.exchangeImports.count()).toBe(2);
    const afterOlder = await regional(fresh, year2019);
    expect(afterOlder.total).toEqual(afterNewer.total);
    expect(afterOlder.merged.trajectories).toEqual(afterNewer.merged.trajectories);
    // And the other way round in the first database: the newer one updates it.
    await importExchangeFiles(target, [asFile('2019-nieuw.json', newer2019)], OWN_ID);
    expect((await regional(target, year2019)).total).toEqual(newFigures);

    // Two periods add up; records in both (discussed 2019, started 2020) count once.
    const newer2020 = await exportOf(source, year2020, '2022-06-01T09:05:00.000Z');
    const both = await freshDb();
    const twoYears = await importExchangeFiles(
      both,
      [asFile('2019.json', newer2019), asFile('2020.json', newer2020)],
      OWN_ID,
    );
    expect(twoYears.ok).toBe(true);
    const span: Period = { from: year2019.from, to: year2020.to };
    const overBoth = await regional(both, span);
    expect(overBoth.total).toEqual(computeFigures(newSources, span, R));
    expect(overBoth.warnings).toEqual([]);
    expect((await regional(both, year2019)).total).toEqual(newFigures);
    expect((await regional(both, year2020)).total).toEqual(computeFigures(newSources, year2020, R));
    const inSpan = (d: string | null) => d !== null && d >= span.from && d <= span.to;
    expect(overBoth.merged.trajectories).toHaveLength(
      newSources.filter((s) => inSpan(s.discussedOn) || inSpan(s.startedOn)).length,
    );
    const shared = (newer2019.trajectories ?? []).filter((t) =>
      (newer2020.trajectories ?? []).some((u) => u.ref === t.ref),
    );
    expect(shared.length).toBeGreaterThan(0);

    // Another partner stays when this one is removed.
    await importExchangeFiles(both, [fileOf(BASE, fixtureText(BASE))], OWN_ID);
    const ids = (await both.exchangeImports.toArray())
      .filter((row) => row.organisationId === SOURCE_ORG.id)
      .map((row) => String(row.id));
    expect(ids).toHaveLength(2);
    await removeOrganisation(both, SOURCE_ORG.id);
    const left = await both.exchangeImports.toArray();
    expect(left.map((row) => row.fileName)).toEqual([BASE]);
    const purged = (await both.auditLog.toArray()).filter((entry) => entry.action === 'purge');
    expect(purged.map((entry) => [entry.entity, entry.entityId])).toEqual(
      ids.map((id) => ['exchangeImport', id]),
    );
    const merged = mergeExports(left.map((row) => row.file));
    expect(merged.organisations.map((o) => o.id)).not.toContain(SOURCE_ORG.id);
    expect(merged.trajectories).toEqual([]);

    await removeOrganisation(fresh, SOURCE_ORG.id);
    expect(await fresh.exchangeImports.count()).toBe(0);
    const none = await regional(fresh, year2019);
    expect(none.total).toEqual(emptyFigures());
    expect(none.perOrganisation).toEqual([]);

    for (const db of [source, target, fresh, both]) db.close();
  });
});
