import { describe, expect, it } from 'vitest';
import {
  buildExport,
  carriedFigures,
  isRecordsFile,
  mergeExports,
  recordKey,
  regionalFigures,
  toFigureRecords,
} from '../../../src-shared/exchange';
import type {
  ExchangeCountsFileV1,
  ExchangeFileV1,
  MergedExchange,
} from '../../../src-shared/exchange';
import { addedFigureNames, computeFigures } from '../../../src-shared/figures';
import type { SuppliedFigures } from '../../../src-shared/figures';
import { fixtureText, parseText, parsedFile } from './helpers';
import {
  inputA,
  organisationA,
  organisationB,
  referenceDate,
  sourcesA,
  year2019,
  year2020,
} from './sample-data';

/** The sample files as an import reads them. */
function load(name: string): ExchangeFileV1 {
  return parsedFile(parseText(name, fixtureText(name)));
}

const older = () => load('stichting-de-linde-2019-records.json');
const newer = () => load('stichting-de-linde-2019-records-newer.json');
const a2020 = () => load('stichting-de-linde-2020-records.json');
function countsOnly(file: ExchangeFileV1): ExchangeCountsFileV1 {
  if (isRecordsFile(file)) throw new Error('a counts-only file expected');
  return file;
}
const aCounts = () => countsOnly(load('stichting-de-linde-2019-counts.json'));
const bCounts = () => countsOnly(load('zorggroep-oost-2019-counts.json'));

function total(merged: MergedExchange, period = year2019, r = referenceDate): SuppliedFigures {
  const result = regionalFigures(merged, period, r);
  if (!result.ok) throw new Error(result.message);
  return result.total;
}

const counts = (f: SuppliedFigures) => ({
  discussed: f.discussed,
  started: f.started,
  employers: f.employers,
  completed: f.completed,
  completedToPaidWork: f.completedToPaidWork,
  ongoing: f.ongoing,
  stopped: f.stopped,
});

/** Organisation A's 2019 figures after the correction (t-07 stopped). */
const a2019Corrected = {
  discussed: 40,
  started: 14,
  employers: 8,
  completed: 5,
  completedToPaidWork: 4,
  ongoing: 5,
  stopped: 4,
};

describe('mergeExports', () => {
  it('keeps the record of the newest export, whatever the import order', () => {
    const forward = mergeExports([older(), newer()]);
    const backward = mergeExports([newer(), older()]);
    expect(backward).toEqual(forward);
    expect(counts(total(forward))).toEqual(a2019Corrected);
    // Importing the older export after the newer one changes nothing.
    expect(forward.trajectories).toEqual(mergeExports([newer()]).trajectories);
    expect(counts(total(mergeExports([newer(), older()])))).toEqual(
      counts(total(mergeExports([newer()]))),
    );
    const stopped = forward.trajectories.filter(
      (t) => t.trajectory.status === 'stopped' && t.trajectory.stopReason === 'personal',
    );
    expect(stopped).toHaveLength(1);
    expect(stopped[0]?.exportedAt).toBe('2021-06-01T08:00:00.000Z');
  });

  it('compares exportedAt as instants, not as text', async () => {
    const early = await buildExport(inputA({ exportedAt: '2021-06-01T10:00:00+02:00' }));
    const late = await buildExport(
      inputA({ sources: sourcesA(true), exportedAt: '2021-06-01T09:30:00+00:00' }),
    );
    for (const files of [
      [early, late],
      [late, early],
    ]) {
      expect(counts(total(mergeExports(files)))).toEqual(a2019Corrected);
    }
  });

  it('lists each organisation with the periods and export times it holds', () => {
    const merged = mergeExports([bCounts(), newer(), older(), older(), a2020()]);
    expect(merged.organisations.map((o) => o.name)).toEqual([
      'Stichting De Linde Zorg',
      'Zorggroep Oost',
    ]);
    const a = merged.organisations[0];
    expect(a).toMatchObject({ id: organisationA.id, region: 'Regio Zwolle' });
    expect(a?.exports).toEqual([
      {
        level: 'records',
        period: { from: '2019-01-01', to: '2019-12-31', referenceDate: '2020-12-31' },
        exportedAt: '2021-03-15T09:30:00.000Z',
      },
      {
        level: 'records',
        period: { from: '2019-01-01', to: '2019-12-31', referenceDate: '2020-12-31' },
        exportedAt: '2021-06-01T08:00:00.000Z',
      },
      {
        level: 'records',
        period: { from: '2020-01-01', to: '2020-12-31', referenceDate: '2020-12-31' },
        exportedAt: '2021-06-01T08:05:00.000Z',
      },
    ]);
    expect(merged.organisations[1]?.exports.map((e) => e.level)).toEqual(['counts']);
    expect(merged.countsSummaries).toHaveLength(1);
    expect(merged.countsSummaries[0]?.organisationId).toBe(organisationB.id);
  });

  it('takes name and region from the newest export', async () => {
    const renamed = await buildExport(
      inputA({
        organisation: { ...organisationA, name: 'De Linde Zorggroep' },
        exportedAt: '2022-01-10T09:00:00.000Z',
      }),
    );
    for (const files of [
      [older(), renamed],
      [renamed, older()],
    ]) {
      expect(mergeExports(files).organisations.map((o) => o.name)).toEqual(['De Linde Zorggroep']);
    }
  });

  it('adds up exports of different periods', async () => {
    const merged = mergeExports([newer(), a2020()]);
    const refs = new Set(merged.trajectories.map((t) => t.trajectory.ref));
    const union = new Set([newer(), a2020()].flatMap((f) => toFigureRecords(f).map((r) => r.key)));
    expect(merged.trajectories).toHaveLength(union.size);
    expect(refs.size).toBe(union.size);
    expect(counts(total(merged, year2019))).toEqual(a2019Corrected);
    const expected2020 = await buildExport(
      inputA({ sources: sourcesA(true), period: year2020, level: 'counts' }),
    );
    expect(total(merged, year2020)).toEqual(
      expect.objectContaining(counts(expected2020.summary as unknown as SuppliedFigures)),
    );
  });
});

describe('regionalFigures', () => {
  it('adds a counts-only export to recomputed records, employers distinct across organisations', () => {
    const result = regionalFigures(mergeExports([newer(), bCounts()]), year2019, referenceDate);
    if (!result.ok) throw new Error(result.message);
    expect(result.warnings).toEqual([]);
    expect(result.perOrganisation.map((o) => [o.name, o.source])).toEqual([
      ['Stichting De Linde Zorg', 'records'],
      ['Zorggroep Oost', 'counts'],
    ]);
    expect(counts(result.perOrganisation[0]?.figures as SuppliedFigures)).toEqual(a2019Corrected);
    expect(counts(result.total)).toEqual({
      discussed: 40 + 9,
      started: 14 + 6,
      // "Zorgcentrum de Linde" of B is "Zorgcentrum De Linde" of A.
      employers: 8 + 3 - 1,
      completed: 5 + 3,
      completedToPaidWork: 4 + 2,
      ongoing: 5 + 2,
      stopped: 4 + 1,
    });
    const a = result.perOrganisation[0]?.figures as SuppliedFigures;
    const b = result.perOrganisation[1]?.figures as SuppliedFigures;
    expect(result.total.outcomes['paid-work']).toBe(
      a.outcomes['paid-work'] + b.outcomes['paid-work'],
    );
    expect(result.total.stopReasons.personal).toBe(1);
    const endedA = a.completed + a.stopped;
    const endedB = b.completed + b.stopped;
    const weighted =
      ((a.averageDurationDays ?? 0) * endedA + (b.averageDurationDays ?? 0) * endedB) /
      (endedA + endedB);
    expect(result.total.averageDurationDays).toBeCloseTo(weighted, 1);
  });

  it('counts candidates per organisation: the same candidateRef in two organisations is two people', () => {
    const a = newer();
    const b = { ...a, organisation: { ...organisationB } };
    expect(total(mergeExports([a, b])).discussed).toBe(80);
  });

  it('gives a clear message for a counts-only export of another period or reference date', () => {
    const merged = mergeExports([newer(), a2020(), bCounts()]);
    const result = regionalFigures(merged, year2020, referenceDate);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('"Zorggroep Oost"');
    expect(result.message).toContain('alleen totalen');
    expect(result.message).toContain('2019-01-01 t/m 2019-12-31 (peildatum 2020-12-31)');
    expect(result.message).toContain('2020-01-01 t/m 2020-12-31 met peildatum 2020-12-31');
    expect(result.message).not.toContain('Stichting De Linde Zorg');
    const otherReference = regionalFigures(merged, year2019, '2021-06-30');
    expect(otherReference.ok).toBe(false);
  });

  it('uses one source per organisation: records that cover the period win over its counts', () => {
    const both = regionalFigures(mergeExports([aCounts(), older()]), year2019, referenceDate);
    if (!both.ok) throw new Error(both.message);
    expect(both.perOrganisation).toHaveLength(1);
    expect(both.perOrganisation[0]?.source).toBe('records');
    expect(counts(both.total)).toMatchObject({ discussed: 40, started: 14, ongoing: 6 });
    // Counts alone for this exact period and reference date: used as they are.
    const alone = regionalFigures(mergeExports([aCounts()]), year2019, referenceDate);
    if (!alone.ok) throw new Error(alone.message);
    expect(alone.perOrganisation[0]?.source).toBe('counts');
    expect(counts(alone.total)).toEqual(counts(both.total));
    expect(alone.total).toEqual(both.total);
  });

  it('warns when an organisation’s records do not cover the whole period', () => {
    const result = regionalFigures(
      mergeExports([newer()]),
      { from: '2019-01-01', to: '2020-12-31' },
      referenceDate,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('"Stichting De Linde Zorg"');
    expect(result.warnings[0]).toContain('niet helemaal');
    const covered = regionalFigures(
      mergeExports([newer(), a2020()]),
      { from: '2019-01-01', to: '2020-12-31' },
      referenceDate,
    );
    expect(covered.ok && covered.warnings).toEqual([]);
  });

  it('recomputes over the merged records exactly as the figures module does', () => {
    const merged = mergeExports([older(), newer(), a2020()]);
    const all = [newer(), a2020()].flatMap(toFigureRecords);
    const unique = [...new Map(all.map((r) => [r.key, r])).values()];
    for (const period of [year2019, year2020, { from: '2019-07-01', to: '2020-06-30' }]) {
      expect(total(merged, period)).toEqual(computeFigures(unique, period, referenceDate));
    }
  });

  it('refuses an invalid period with a Dutch message, and gives zeros for an empty region', () => {
    const result = regionalFigures(
      mergeExports([]),
      { from: '2019-12-31', to: '2019-01-01' },
      referenceDate,
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('ongeldig') });
    expect(total(mergeExports([])).started).toBe(0);
  });
});

describe('toFigureRecords', () => {
  it('keys records and candidates by organisation, and gives none for a counts-only file', () => {
    const file = older();
    const records = toFigureRecords(file);
    expect(records).toHaveLength(43);
    expect(new Set(records.map((r) => r.key)).size).toBe(43);
    // One candidate of the 43 records has two trajectories.
    expect(new Set(records.map((r) => r.candidateKey)).size).toBe(42);
    // The same refs from another organisation are other records and other candidates.
    const other = toFigureRecords({ ...file, organisation: { ...file.organisation, id: 'x' } });
    const keys = new Set(records.flatMap((r) => [r.key, r.candidateKey]));
    for (const r of other) expect(keys.has(r.key) || keys.has(r.candidateKey)).toBe(false);
    // Where the id ends is part of the key.
    expect(recordKey('org-1', '2-t')).not.toBe(recordKey('org-12', '-t'));
    expect(toFigureRecords(bCounts())).toEqual([]);
  });
});

/** A records file restamped: another period (and export time), the same records. */
function recordsOver(from: string, to: string, exportedAt: string): ExchangeFileV1 {
  const file = newer();
  return { ...file, exportedAt, period: { from, to, referenceDate } };
}

/** The warnings of organisation A's records files over `wanted`. */
function coverWarnings(files: ExchangeFileV1[], wanted: { from: string; to: string }): string[] {
  const result = regionalFigures(mergeExports(files), wanted, referenceDate);
  if (!result.ok) throw new Error(result.message);
  return result.warnings;
}

/** Every rotation of a list, forwards and backwards: each pair meets in both orders. */
function importOrders<T>(items: readonly T[]): T[][] {
  const rotations = items.map((_, i) => [...items.slice(i), ...items.slice(0, i)]);
  return [...rotations, ...rotations.map((order) => [...order].reverse())];
}

describe('mergeExports, whatever the order of import', () => {
  it('gives one result where exports share an instant, written differently', () => {
    // The same instant four ways; each file says something else about the same things.
    const base = newer();
    const renamed: ExchangeFileV1 = {
      ...base,
      exportedAt: '2021-06-01T09:00:00.000+01:00',
      organisation: { ...base.organisation, name: 'De Linde', region: 'Regio IJssel' },
    };
    const sameNameOtherRegion: ExchangeFileV1 = {
      ...base,
      exportedAt: '2021-06-01T08:00:00Z',
      organisation: { ...base.organisation, region: 'Regio Deventer' },
    };
    if (!('trajectories' in base) || base.trajectories === undefined) throw new Error('records');
    const [first, ...rest] = base.trajectories;
    if (first === undefined) throw new Error('records expected');
    const corrected: ExchangeFileV1 = {
      ...base,
      exportedAt: '2021-06-01T10:00:00+02:00',
      trajectories: [{ ...first, hoursPerWeek: 12 }, ...rest],
    };
    const countsA = aCounts();
    const countsAgain: ExchangeFileV1 = {
      ...countsA,
      exportedAt: '2021-06-01T09:00:00.000+01:00',
      summary: { ...countsA.summary, discussed: countsA.summary.discussed + 1 },
    };
    const countsThen: ExchangeFileV1 = { ...countsA, exportedAt: '2021-06-01T08:00:00.000Z' };
    const files = [base, renamed, sameNameOtherRegion, corrected, countsAgain, countsThen];
    const expected = mergeExports(files);
    expect(expected.organisations[0]?.exports).toHaveLength(6);
    for (const order of importOrders(files)) expect(mergeExports(order)).toEqual(expected);
  });
});

describe('mergeExports lists things in a fixed order', () => {
  it('organisations by name, then id; records by organisation id, then ref', () => {
    const file = newer();
    if (!('trajectories' in file) || file.trajectories === undefined) throw new Error('records');
    const as = (id: string, name: string): ExchangeFileV1 => ({
      ...file,
      organisation: { id, name, region: 'Regio Zwolle' },
      // Against the order wanted: the newest first.
      trajectories: [...(file.trajectories ?? [])].reverse(),
    });
    const merged = mergeExports([as('org-c', 'Aa'), as('org-a', 'Bb'), as('org-b', 'Aa')]);
    expect(merged.organisations.map((o) => o.id)).toEqual(['org-b', 'org-c', 'org-a']);
    const refs = [...file.trajectories].map((t) => t.ref).sort();
    expect(merged.trajectories.map((t) => [t.organisationId, t.trajectory.ref])).toEqual(
      ['org-a', 'org-b', 'org-c'].flatMap((id) => refs.map((ref) => [id, ref])),
    );
  });

  it('counts by organisation, then period from, to and reference date; each period kept', () => {
    const counts = aCounts();
    const over = (id: string, from: string, to: string, r: string): ExchangeFileV1 => ({
      ...counts,
      organisation: { ...counts.organisation, id },
      period: { from, to, referenceDate: r },
    });
    const merged = mergeExports([
      over('org-b', '2019-01-01', '2019-12-31', '2020-12-31'),
      over('org-a', '2019-07-01', '2019-12-31', '2020-12-31'),
      over('org-a', '2019-01-01', '2019-12-31', '2020-12-31'),
      over('org-a', '2019-01-01', '2019-12-31', '2020-06-30'),
      over('org-a', '2019-01-01', '2019-06-30', '2020-12-31'),
    ]);
    expect(
      merged.countsSummaries.map((c) => [
        c.organisationId,
        c.period.from,
        c.period.to,
        c.period.referenceDate,
      ]),
    ).toEqual([
      ['org-a', '2019-01-01', '2019-06-30', '2020-12-31'],
      ['org-a', '2019-01-01', '2019-12-31', '2020-06-30'],
      ['org-a', '2019-01-01', '2019-12-31', '2020-12-31'],
      ['org-a', '2019-07-01', '2019-12-31', '2020-12-31'],
      ['org-b', '2019-01-01', '2019-12-31', '2020-12-31'],
    ]);
  });
});

describe('regionalFigures: do the records cover the period asked', () => {
  const Y = { from: '2019-01-01', to: '2019-12-31' };
  it.each([
    ['one month of a year', [['2019-01-01', '2019-01-31']], Y, false],
    [
      'four days of a month',
      [['2019-01-01', '2019-01-04']],
      { from: '2019-01-01', to: '2019-01-31' },
      false,
    ],
    ['all but the last day', [['2019-01-01', '2019-12-30']], Y, false],
    [
      'a gap in April',
      [
        ['2019-01-01', '2019-03-31'],
        ['2019-05-01', '2019-12-31'],
      ],
      Y,
      false,
    ],
    [
      'the second half exported first',
      [
        ['2019-07-01', '2019-12-31'],
        ['2019-01-01', '2019-06-30'],
      ],
      Y,
      true,
    ],
    [
      'a quarter inside the first half',
      [
        ['2019-01-01', '2019-06-30'],
        ['2019-01-01', '2019-03-31'],
        ['2019-07-01', '2019-12-31'],
      ],
      Y,
      true,
    ],
    [
      'a period ending on the first day not yet covered',
      [
        ['2019-01-01', '2019-06-30'],
        ['2019-02-01', '2019-07-01'],
        ['2019-07-02', '2019-12-31'],
      ],
      Y,
      true,
    ],
    ['one day', [['2019-03-01', '2019-03-01']], { from: '2019-03-01', to: '2019-03-01' }, true],
  ])('%s', (_, periods, wanted, covered) => {
    // Exported one hour after the other, in the order listed.
    const files = periods.map(([from, to], i) =>
      recordsOver(from ?? '', to ?? '', `2021-06-01T0${i}:00:00.000Z`),
    );
    expect(coverWarnings(files, wanted)).toHaveLength(covered ? 0 : 1);
  });

  it('names every period it holds in the warning', () => {
    const files = [
      recordsOver('2019-01-01', '2019-03-31', '2021-06-01T08:00:00.000Z'),
      recordsOver('2019-05-01', '2019-12-31', '2021-06-01T09:00:00.000Z'),
    ];
    expect(coverWarnings(files, { from: '2019-01-01', to: '2019-12-31' })).toEqual([
      'Van "Stichting De Linde Zorg" zijn trajecten geïmporteerd over 2019-01-01 t/m 2019-03-31 (peildatum 2020-12-31), 2019-05-01 t/m 2019-12-31 (peildatum 2020-12-31); die periode dekt 2019-01-01 t/m 2019-12-31 niet helemaal, dus de cijfers van deze organisatie kunnen onvolledig zijn.',
    ]);
  });
});

describe('regionalFigures: which source counts', () => {
  it('refuses each kind of invalid period, and takes a period of one day', () => {
    const merged = mergeExports([newer()]);
    for (const [from, to, r] of [
      ['2019-02-30', '2019-12-31', referenceDate],
      ['2019-01-01', '2019-13-01', referenceDate],
      ['2019-01-01', '2019-12-31', '2020-12-32'],
      ['2019-12-31', '2019-12-30', referenceDate],
    ] as const) {
      expect(regionalFigures(merged, { from, to }, r)).toEqual({
        ok: false,
        message: `De periode ${from} t/m ${to} met peildatum ${r} is ongeldig: geef bestaande datums (JJJJ-MM-DD) en een begin dat niet na het einde ligt.`,
      });
    }
    expect(
      regionalFigures(merged, { from: '2019-03-01', to: '2019-03-01' }, referenceDate).ok,
    ).toBe(true);
  });

  it('uses counts only of the same organisation, period and reference date', () => {
    const counts = bCounts();
    const b = (from: string, to: string): ExchangeFileV1 => ({
      ...counts,
      period: { ...counts.period, from, to },
    });
    for (const other of [b('2019-07-01', '2019-12-31'), b('2019-01-01', '2019-06-30')]) {
      // Organisation A's counts are for the period asked; B's are not, and A's are not B's.
      const result = regionalFigures(mergeExports([aCounts(), other]), year2019, referenceDate);
      expect(result).toEqual({
        ok: false,
        message: `De regionale cijfers over 2019-01-01 t/m 2019-12-31 met peildatum 2020-12-31 kunnen niet worden berekend: van "Zorggroep Oost" zijn alleen totalen geïmporteerd, over ${other.period.from} t/m ${other.period.to} (peildatum 2020-12-31). Totalen zonder trajecten gelden alleen voor hun eigen periode en peildatum. Kies die periode en peildatum, of vraag de organisatie om een export over 2019-01-01 t/m 2019-12-31 met peildatum 2020-12-31.`,
      });
    }
  });

  it('counts records that cover the period, not the counts beside them, however they differ', () => {
    const file = aCounts();
    const wrong: ExchangeFileV1 = {
      ...file,
      summary: { ...file.summary, discussed: 99, started: 98 },
    };
    const result = regionalFigures(mergeExports([wrong, older()]), year2019, referenceDate);
    if (!result.ok) throw new Error(result.message);
    expect(result.perOrganisation.map((o) => o.source)).toEqual(['records']);
    expect(counts(result.total)).toMatchObject({ discussed: 40, started: 14 });
  });

  it('supplies an added figure when any record of an organisation carries its key', () => {
    const file = newer();
    if (!('trajectories' in file) || file.trajectories === undefined) throw new Error('records');
    // Only the record listed first after merging (lowest ref) still carries the keys.
    const firstRef = file.trajectories.map((t) => t.ref).sort()[0];
    const trajectories = file.trajectories.map((t) => {
      if (t.ref === firstRef) return t;
      // As an exporter from before these figures wrote it: without the keys.
      const older = { ...t };
      delete older.notStartedReason;
      delete older.outflow;
      delete older.followUp;
      return older;
    });
    expect(carriedFigures(trajectories)).toEqual(new Set(addedFigureNames));
    expect(carriedFigures(trajectories.filter((t) => t.ref !== firstRef))).toEqual(new Set());
    const result = regionalFigures(
      mergeExports([{ ...file, trajectories }]),
      year2019,
      referenceDate,
    );
    if (!result.ok) throw new Error(result.message);
    const figures = result.perOrganisation[0]?.figures;
    expect(figures?.sustained6Months).not.toBeNull();
    expect(figures?.notStarted).not.toBeNull();
    expect(figures?.toPaidWorkInSector).not.toBeNull();
  });

  it('counts no employer for a blank name in a partner’s records', () => {
    const file = newer();
    if (!('trajectories' in file) || file.trajectories === undefined) throw new Error('records');
    const withEmployer = file.trajectories.filter((t) => t.employer !== null && t.startedOn);
    const blank = (name: string | null): ExchangeFileV1 => ({
      ...file,
      trajectories: (file.trajectories ?? []).map((t) =>
        t === withEmployer[0] ? { ...t, employer: name } : t,
      ),
    });
    const employers = (f: ExchangeFileV1) => total(mergeExports([f])).employers;
    expect(employers(blank(' \t'))).toBe(employers(blank(null)));
  });
});

describe('regionalFigures with a programme filter', () => {
  it('counts an organisation’s records for a programme, even where its totals match the period', () => {
    // Records over the first half only, totals over the whole year: totals cannot be filtered.
    const half = recordsOver('2019-01-01', '2019-06-30', '2021-06-01T08:00:00.000Z');
    const result = regionalFigures(mergeExports([half, aCounts()]), year2019, referenceDate, {
      programme: 'Werkfit',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.perOrganisation.map((o) => o.source)).toEqual(['records']);
    expect(result.warnings).toHaveLength(1);
  });

  it('names every organisation that sent totals only, in one message', () => {
    const other = (id: string, name: string): ExchangeFileV1 => {
      const file = bCounts();
      return {
        ...file,
        organisation: { ...file.organisation, id, name },
        period: { ...file.period, from: '2019-07-01' },
      };
    };
    const result = regionalFigures(
      mergeExports([other('o-1', 'Oost'), other('o-2', 'West')]),
      year2019,
      referenceDate,
    );
    expect(result).toEqual({
      ok: false,
      message:
        'De regionale cijfers over 2019-01-01 t/m 2019-12-31 met peildatum 2020-12-31 kunnen niet worden berekend: van "Oost" zijn alleen totalen geïmporteerd, over 2019-07-01 t/m 2019-12-31 (peildatum 2020-12-31); van "West" zijn alleen totalen geïmporteerd, over 2019-07-01 t/m 2019-12-31 (peildatum 2020-12-31). Totalen zonder trajecten gelden alleen voor hun eigen periode en peildatum. Kies die periode en peildatum, of vraag de organisatie om een export over 2019-01-01 t/m 2019-12-31 met peildatum 2020-12-31.',
    });
  });
});
