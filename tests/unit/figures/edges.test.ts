import { describe, expect, it } from 'vitest';
import {
  addFigures,
  addedFigureNames,
  benefitBreakdown,
  breakdown,
  calendarYear,
  computeFigures,
  emptyFigures,
  programmesOf,
  recordsBehind,
  startYearBreakdown,
  trendByYear,
  withoutUnsupplied,
} from '../../../src-shared/figures';
import type { Figures, FigureRecord, SuppliedFigures } from '../../../src-shared/figures';
import { figureRecord } from './cases';

/**
 * Edges a mutation run (issue 20.5) found untested: the exact messages and bounds of the
 * argument checks, the order of the start-year rows, the programme filter of the trend, and how
 * addFigures sums parts without an average or without "not started".
 */

const R = '2021-06-30';

describe('argument checks', () => {
  it.each([
    ['period.from', '2019-1-1', { from: '2019-1-1', to: '2019-12-31' }, R],
    ['period.to', '31-12-2019', { from: '2019-01-01', to: '31-12-2019' }, R],
    ['referenceDate', '2020-02-30', { from: '2019-01-01', to: '2019-12-31' }, '2020-02-30'],
  ])('names the bad argument %s in the RangeError', (name, bad, period, reference) => {
    expect(() => computeFigures([], period, reference)).toThrow(
      new RangeError(`${name} is not a YYYY-MM-DD date: ${bad}`),
    );
  });

  it('accepts the years 0 and 9999 and refuses -1 and 10000 with a message naming the year', () => {
    expect(calendarYear(0)).toEqual({ from: '0000-01-01', to: '0000-12-31' });
    expect(calendarYear(9999)).toEqual({ from: '9999-01-01', to: '9999-12-31' });
    expect(() => calendarYear(-1)).toThrow(new RangeError('year must be an integer 0–9999: -1'));
    expect(() => calendarYear(10000)).toThrow(
      new RangeError('year must be an integer 0–9999: 10000'),
    );
  });
});

describe('start-year breakdown', () => {
  it('lists the years oldest first, whatever their number of starts', () => {
    // 2019 has the most starts and 2020 more than 2018: ordered by starts the rows would be
    // 2019, 2020, 2018.
    const starts: [string, number][] = [
      ['2019-03-01', 3],
      ['2020-03-01', 2],
      ['2018-03-01', 1],
    ];
    const records = starts.flatMap(([startedOn, count]) =>
      Array.from({ length: count }, (_, i) =>
        figureRecord({ key: `${startedOn}-${i}`, startedOn }),
      ),
    );
    const rows = startYearBreakdown(records, { from: '2018-01-01', to: '2020-12-31' }, R);
    expect(rows.map((row) => [row.group, row.figures.started])).toEqual([
      ['2018', 1],
      ['2019', 3],
      ['2020', 2],
    ]);
  });
});

describe('benefit breakdown', () => {
  it('lists the benefit types in the glossary order, unknown last, whatever their numbers', () => {
    const records = [
      ...['w1', 'w2', 'w3'].map((key) =>
        figureRecord({ key, benefit: 'wia', startedOn: '2019-03-01' }),
      ),
      ...['u1', 'u2'].map((key) =>
        figureRecord({ key, benefit: 'unemployment', startedOn: '2019-03-01' }),
      ),
      figureRecord({ key: 's1', benefit: 'social-assistance', startedOn: '2019-03-01' }),
      figureRecord({ key: 'n1', benefit: null, discussedOn: '2019-03-01' }),
    ];
    const rows = benefitBreakdown(records, { from: '2019-01-01', to: '2019-12-31' }, R);
    expect(rows.map((row) => [row.group, row.figures.started, row.figures.discussed])).toEqual([
      ['social-assistance', 1, 0],
      ['unemployment', 2, 0],
      ['wia', 3, 0],
      ['unknown', 0, 1],
    ]);
  });
});

describe('trend by year', () => {
  it('counts only the records of the chosen programme', () => {
    const records = [
      figureRecord({ key: 'a', startedOn: '2019-02-01', programme: 'WEP Trein' }),
      figureRecord({ key: 'b', startedOn: '2019-03-01', programme: 'WEP Trein' }),
      figureRecord({ key: 'c', startedOn: '2019-04-01', programme: 'Leren en werken' }),
    ];
    const [y2019] = trendByYear(records, [2019], R, { programme: 'WEP Trein' });
    expect(y2019?.figures.started).toBe(2);
  });
});

describe('addFigures edges', () => {
  function part(fields: Partial<SuppliedFigures>): SuppliedFigures {
    return { ...emptyFigures(), ...fields };
  }
  function notStarted(fields: Partial<Figures['notStarted']>): Figures['notStarted'] {
    return { ...emptyFigures().notStarted, ...fields };
  }

  it('leaves a part with ended records but no average out of the weighted average', () => {
    const withoutAverage = part({ completed: 2, averageDurationDays: null });
    const withAverage = part({ completed: 2, averageDurationDays: 10 });
    expect(addFigures([withoutAverage, withAverage], 0).averageDurationDays).toBe(10);
  });

  it('adds toPaidWorkInSector when every part supplies it, and supplies none when one lacks it', () => {
    const two = part({ toPaidWorkInSector: 2 });
    const one = part({ toPaidWorkInSector: 1 });
    expect(addFigures([two, one], 0).toPaidWorkInSector).toBe(3);
    expect(addFigures([two, part({ toPaidWorkInSector: null })], 0).toPaidWorkInSector).toBeNull();
  });

  it('adds notStarted per reason when every part supplies it', () => {
    const a = part({ notStarted: notStarted({ withdrew: 1, waiting: 2 }) });
    const b = part({ notStarted: notStarted({ withdrew: 3, 'found-work': 1 }) });
    expect(addFigures([a, b], 0).notStarted).toEqual(
      notStarted({ withdrew: 4, waiting: 2, 'found-work': 1 }),
    );
  });

  it('adds sustained work when every part supplies it, and supplies none when one lacks it', () => {
    const a = part({ sustained6Months: { due: 2, employed: 1 }, sustained12Months: null });
    const b = part({ sustained6Months: { due: 3, employed: 3 }, sustained12Months: null });
    expect(addFigures([a, b], 0).sustained6Months).toEqual({ due: 5, employed: 4 });
    const lacking = part({ sustained6Months: null, sustained12Months: { due: 1, employed: 1 } });
    for (const parts of [
      [lacking, a],
      [a, lacking],
    ]) {
      expect(addFigures(parts, 0).sustained6Months).toBeNull();
      expect(addFigures(parts, 0).sustained12Months).toBeNull();
    }
    const full = part({ sustained12Months: { due: 4, employed: 2 } });
    expect(addFigures([full, full], 0).sustained12Months).toEqual({ due: 8, employed: 4 });
  });

  it('supplies no toPaidWorkInSector when the first part lacks it', () => {
    const lacking = part({ toPaidWorkInSector: null });
    expect(addFigures([lacking, part({ toPaidWorkInSector: 2 })], 0).toPaidWorkInSector).toBeNull();
  });

  it('makes exactly the figures a source did not supply null', () => {
    const figures = part({ toPaidWorkInSector: 3, sustained6Months: { due: 1, employed: 1 } });
    const result = withoutUnsupplied(figures, new Set(['toPaidWorkInSector', 'sustained6Months']));
    expect(result).toEqual({
      ...figures,
      notStarted: null,
      sustained12Months: null,
    });
    expect(withoutUnsupplied(figures, new Set())).toEqual({
      ...figures,
      ...Object.fromEntries(addedFigureNames.map((name) => [name, null])),
    });
  });

  it('does not supply notStarted when one part lacks it, first or last', () => {
    const supplied = part({ notStarted: notStarted({ withdrew: 1 }) });
    const lacking = part({ notStarted: null });
    expect(addFigures([lacking, supplied], 0).notStarted).toBeNull();
    expect(addFigures([supplied, lacking], 0).notStarted).toBeNull();
  });
});

describe('more edges of the rewritten figures', () => {
  const year2019 = { from: '2019-01-01', to: '2019-12-31' };
  const inProgramme = (key: string, fields: Partial<FigureRecord>) =>
    figureRecord({ key, programme: 'WEP Trein', ...fields });
  const records = [
    inProgramme('a', {
      discussedOn: '2019-01-10',
      startedOn: '2019-02-01',
      kind: 'trial-placement',
    }),
    inProgramme('b', { discussedOn: '2019-01-11' }),
    figureRecord({ key: 'c', discussedOn: '2019-01-12', startedOn: '2019-02-01' }),
    figureRecord({ key: 'd', discussedOn: '2019-01-13', programme: 'Leren en werken' }),
  ];
  const programme = { programme: 'WEP Trein' };

  it('filters the breakdowns and the records behind "discussed" by programme', () => {
    const rows = breakdown(records, year2019, R, 'kind', programme);
    expect(rows.map((row) => [row.group, row.figures.discussed, row.figures.started])).toEqual([
      ['trial-placement', 1, 1],
      ['work-experience', 1, 0],
    ]);
    expect(recordsBehind(records, year2019, R, 'discussed', programme).map((r) => r.key)).toEqual([
      'a',
      'b',
    ]);
  });

  it('names referenceDate when the trend gets a bad one', () => {
    expect(() => trendByYear([], [2019], '2019-13-01')).toThrow(
      new RangeError('referenceDate is not a YYYY-MM-DD date: 2019-13-01'),
    );
  });

  it('puts each record in the trend year of its own dates, also before 2000', () => {
    const old = [
      figureRecord({ key: 'x', discussedOn: '1999-11-01', startedOn: '1999-12-01' }),
      figureRecord({ key: 'y', discussedOn: '1987-11-01', startedOn: '1987-12-01' }),
    ];
    const trend = trendByYear(old, [1987, 1999, 2000], R);
    expect(trend.map((row) => [row.year, row.figures.discussed, row.figures.started])).toEqual([
      [1987, 1, 1],
      [1999, 1, 1],
      [2000, 0, 0],
    ]);
  });

  it('offers no programme choice for a name that is empty once tidied', () => {
    const named = [
      figureRecord({ key: 'p', programme: '   ' }),
      figureRecord({ key: 'q', programme: 'WEP Trein' }),
    ];
    expect(programmesOf(named)).toEqual(['WEP Trein']);
  });

  it('has no start-year row for people discussed in the period but not started', () => {
    const rows = startYearBreakdown(records, year2019, R);
    expect(rows.map((row) => row.group)).toEqual(['2019']);
  });
});
