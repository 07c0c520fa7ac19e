import { describe, expect, it } from 'vitest';
import { infographicData } from '../../../src-main/pdf/infographic-data';
import {
  isRecordsFile,
  mergeExports,
  regionalFigures,
  type ExchangeFileV1,
} from '../../../src-shared/exchange';
import {
  breakdown,
  calendarYear,
  computeFigures,
  inCohort,
  recordsBehind,
  trendByYear,
} from '../../../src-shared/figures';
import { aroundToday, exchangeFile, today } from './cases';

/**
 * Issue 15, rule 1: everything as it stood on the reference date R. The default view of
 * Resultaten is this year with today as peildatum (results-screen.test.tsx), so a placement
 * planned for later this year and a candidate to be discussed next month must not count yet.
 */

const year = calendarYear(2026);
const records = aroundToday();

const keys = (list: readonly { key: string }[]) => list.map((r) => r.key);

describe('as it stood on the reference date (issue 15, rule 1)', () => {
  it('does not count a start or a discussion dated after R; a later R counts them', () => {
    expect(computeFigures(records, year, today)).toMatchObject({
      discussed: 3,
      started: 2,
      employers: 2,
      completed: 1,
      completedToPaidWork: 1,
      ongoing: 1,
      stopped: 0,
    });
    expect(computeFigures(records, year, '2026-12-31')).toMatchObject({
      discussed: 4,
      started: 3,
      employers: 3,
      ongoing: 2,
    });
    // The day itself counts: a start on R has happened.
    expect(computeFigures(records, year, '2026-09-01')).toMatchObject({ started: 3, ongoing: 2 });
    expect(computeFigures(records, year, '2026-08-31')).toMatchObject({ started: 2, ongoing: 1 });
  });

  it('lists behind the figures only what happened by R', () => {
    expect(keys(recordsBehind(records, year, today, 'ongoing'))).toEqual(['running']);
    expect(keys(recordsBehind(records, year, today, 'started'))).toEqual(['running', 'done']);
    expect(keys(recordsBehind(records, year, today, 'discussed'))).toEqual([
      'running',
      'done',
      'planned',
    ]);
    expect(records.map((r) => inCohort(r, year, today))).toEqual([true, true, false, false, false]);
  });

  it('breaks down and trends with the same rule', () => {
    const byYear = breakdown(records, year, today, 'startYear');
    expect(byYear.map((row) => [row.group, row.figures.started, row.figures.discussed])).toEqual([
      ['2026', 2, 3],
    ]);
    const byBenefit = breakdown(records, year, today, 'benefit');
    expect(byBenefit.map((row) => [row.group, row.figures.discussed, row.figures.started])).toEqual(
      [
        ['social-assistance', 2, 2],
        ['wajong', 1, 0],
      ],
    );
    const byEmployer = breakdown(records, year, today, 'employer');
    expect(byEmployer.filter((row) => row.figures.started > 0).map((row) => row.group)).toEqual([
      'Kringloop De Ruil',
      'Zorgcentrum De Linde',
    ]);
    const [trend] = trendByYear(records, [2026], today);
    expect(trend?.figures).toEqual(computeFigures(records, year, today));
  });

  it('exports the figures of R: a start after R is in no count and no employerStarts', async () => {
    const counts = await exchangeFile('Stichting Een', records, 'counts', year, today);
    if (isRecordsFile(counts)) throw new Error('expected counts only');
    expect(counts.summary).toMatchObject({ discussed: 3, started: 2, employers: 2, ongoing: 1 });
    expect(counts.summary.employerStarts).toEqual([
      { employer: 'Kringloop De Ruil', started: 1 },
      { employer: 'Zorgcentrum De Linde', started: 1 },
    ]);
    // With records, the file holds what is known at export time (the planned start too); the
    // figures apply R.
    const withRecords = await exchangeFile('Stichting Een', records, 'records', year, today);
    if (!isRecordsFile(withRecords)) throw new Error('expected records');
    expect(withRecords.trajectories).toHaveLength(4);
    expect(withRecords.summary).toMatchObject({ started: 2, employers: 2 });
  });

  it('merges regional figures with the same rule, employers included', async () => {
    const files: ExchangeFileV1[] = [
      await exchangeFile('Stichting Een', records, 'records', year, today),
    ];
    const result = regionalFigures(mergeExports(files), year, today);
    if (!result.ok) throw new Error(result.message);
    expect(result.total).toMatchObject({ discussed: 3, started: 2, employers: 2, ongoing: 1 });
  });

  it('puts on the infographic only the employers of starts up to R', () => {
    const data = infographicData({
      title: { organisation: 'Stichting Een', region: null, regional: false },
      period: year,
      referenceDate: today,
      records,
    });
    expect(data.employers.map((e) => e.name)).toEqual([
      'Kringloop De Ruil',
      'Zorgcentrum De Linde',
    ]);
    expect(data.figures.started).toBe(2);
  });
});
