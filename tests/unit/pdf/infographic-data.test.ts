import { describe, expect, it } from 'vitest';
import {
  breakdown,
  computeFigures,
  emptyFigures,
  type FigureRecord,
  type Figures,
} from '../../../src-shared/figures';
import { infographicData, keyMessage } from '../../../src-main/pdf/infographic-data';
import { validFigureRecords } from '../../fixtures/figure-records';
import {
  wepTrein2019Period as period,
  wepTrein2019Records,
  wepTrein2019ReferenceDate as referenceDate,
} from '../../fixtures/wep-trein-2019';

const title = { organisation: 'Stichting De Linde Zorg', region: null, regional: false };

describe('infographicData', () => {
  it('has the figures of computeFigures and the breakdowns of breakdown', () => {
    const records = wepTrein2019Records();
    const data = infographicData({ title, period, referenceDate, records });
    expect(data.figures).toEqual(computeFigures(records, period, referenceDate));
    expect(data.figures).toMatchObject({
      discussed: 40,
      started: 14,
      employers: 8,
      completed: 5,
      completedToPaidWork: 4,
      ongoing: 6,
      stopped: 3,
    });
    expect(data.rate).toEqual({ paidWork: 4, completed: 5, started: 14, ongoing: 6, percent: 80 });
    expect(data.duration).toEqual({ days: 182.1, months: 6 });
    expect(data.employers).toHaveLength(8);
    expect(data.employers.reduce((sum, e) => sum + e.started, 0)).toBe(13); // t-11 has none
    expect(data.employers[0]).toEqual({ name: 'Zorgcentrum De Linde', started: 3 });
    const kinds = breakdown(records, period, referenceDate, 'kind');
    for (const { kind, started } of data.kinds ?? []) {
      expect(started).toBe(kinds.find((k) => k.group === kind)?.figures.started ?? 0);
    }
    expect(data.kinds?.map((k) => k.kind)).toEqual([
      'work-experience',
      'trial-placement',
      'work-study',
      'other',
    ]);
  });

  it('shows an employer under a mixed-case spelling, over counts-only employers too', () => {
    const record = (key: string, employer: string): FigureRecord => ({
      key,
      candidateKey: key,
      kind: 'work-experience',
      employer,
      benefit: null,
      discussedOn: null,
      startedOn: '2019-03-01',
      endedOn: null,
      status: 'ongoing',
      stopReason: null,
      outcome: null,
    });
    const data = infographicData({
      title,
      period,
      referenceDate,
      records: [record('a', 'ijsselheem'), record('b', 'IJSSELHEEM'), record('c', ' IJsselheem ')],
      employerStarts: [
        { employer: 'ijsselheem', started: 5 },
        { employer: 'Kringloop', started: 2 },
        { employer: '  ', started: 9 },
      ],
    });
    expect(data.employers).toEqual([
      { name: 'IJsselheem', started: 8 },
      { name: 'Kringloop', started: 2 },
    ]);
  });

  it('takes a regional total and leaves out the kinds its records do not cover', () => {
    const records = validFigureRecords(3, 300);
    const own = computeFigures(records, period, referenceDate);
    const total = { ...own, started: own.started + 6, ongoing: own.ongoing + 6 };
    const perOrganisation = [
      { name: 'A', figures: own },
      { name: 'B', figures: { ...own, started: 6 } },
    ];
    const data = infographicData({
      title: { ...title, regional: true },
      period,
      referenceDate,
      records,
      total,
      perOrganisation,
    });
    expect(data.figures).toBe(total);
    expect(data.kinds).toBeNull();
    expect(data.benefits).toBeNull();
    expect(data.startYears).toBeNull();
    expect(data.perOrganisation).toEqual(perOrganisation);
  });

  it('breaks down per benefit type in the glossary order, with the discussed (issue 15)', () => {
    const records = wepTrein2019Records();
    const data = infographicData({ title, period, referenceDate, records });
    const counts = (f: {
      discussed: number;
      started: number;
      completed: number;
      completedToPaidWork: number;
      ongoing: number;
    }) => [f.discussed, f.started, f.completed, f.completedToPaidWork, f.ongoing];
    expect(data.benefits?.map((row) => [row.benefit, ...counts(row.figures)])).toEqual([
      ['social-assistance', 26, 6, 2, 2, 1],
      ['unemployment', 11, 3, 2, 2, 1],
      ['wajong', 1, 2, 1, 0, 1],
      ['wia', 1, 1, 0, 0, 1],
      ['none', 1, 1, 0, 0, 1],
      // No benefit recorded counts as unknown.
      ['unknown', 0, 1, 0, 0, 1],
    ]);
    expect(data.startYears?.map((row) => [row.year, row.earlier, ...counts(row.figures)])).toEqual([
      // The trend: an earlier year, seen on the same peildatum (issue 16, point 10).
      ['2018', true, 5, 2, 2, 1, 0],
      // The sheet shows the cohort columns only: a discussion has no start year (DOMAIN.md).
      ['2019', false, 12, 14, 5, 4, 6],
    ]);
  });

  it('lists start years oldest first, only years with a start', () => {
    const records = wepTrein2019Records();
    const twoYears = { from: '2018-01-01', to: '2019-12-31' };
    const data = infographicData({ title, period: twoYears, referenceDate, records });
    expect(data.startYears?.map((row) => [row.year, row.earlier, row.figures.started])).toEqual([
      ['2018', false, 2],
      ['2019', false, 14],
    ]);
  });

  it('says the story in one line, from the numbers (issue 16, point 10)', () => {
    const records = wepTrein2019Records();
    const data = infographicData({ title, period, referenceDate, records });
    expect(data.keyMessage).toBe('4 van de 5 kandidaten die afrondden, gingen naar betaald werk.');
    // The one found-work stop explains why the outflow has 5 in paid work.
    expect(data.paidWorkAfterStopping).toBe(1);
    const f = (change: Partial<Figures>): Figures => ({ ...emptyFigures(), ...change });
    expect(keyMessage(f({}))).toBe('In deze periode is geen traject gestart.');
    expect(keyMessage(f({ started: 7, ongoing: 7 }))).toBe(
      'Nog niemand heeft afgerond: 7 van de 7 trajecten lopen nog.',
    );
    expect(keyMessage(f({ started: 2, completed: 1, completedToPaidWork: 1, ongoing: 1 }))).toBe(
      'De kandidaat die afrondde, ging naar betaald werk.',
    );
    expect(keyMessage(f({ started: 3, completed: 3 }))).toBe(
      'Geen van de 3 kandidaten die afrondden, ging (nog) naar betaald werk.',
    );
    expect(keyMessage(f({ started: 2_000, completed: 1_500, completedToPaidWork: 1 }))).toBe(
      '1 van de 1.500 kandidaten die afrondden, ging naar betaald werk.',
    );
  });

  it('has no rate and no duration before anything ended', () => {
    const data = infographicData({
      title,
      period: { from: '2030-01-01', to: '2030-12-31' },
      referenceDate,
      records: wepTrein2019Records(),
    });
    expect(data.rate.percent).toBeNull();
    expect(data.duration).toBeNull();
    expect(data.employers).toEqual([]);
  });
});
