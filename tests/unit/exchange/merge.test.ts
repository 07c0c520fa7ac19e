import { describe, expect, it } from 'vitest';
import {
  buildExport,
  mergeExports,
  recordKey,
  regionalFigures,
  toFigureRecords,
} from '../../../src-shared/exchange';
import type { ExchangeFileV1, MergedExchange } from '../../../src-shared/exchange';
import { computeFigures } from '../../../src-shared/figures';
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
const aCounts = () => load('stichting-de-linde-2019-counts.json');
const bCounts = () => load('zorggroep-oost-2019-counts.json');

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
    expect(merged.organisations[1]?.exports).toHaveLength(1);
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
