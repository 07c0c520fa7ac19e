import { describe, expect, it, vi } from 'vitest';
import { addMonths, format, parseISO } from 'date-fns';
import { notStartedReasons, outcomes, stopReasons } from '../../../src-shared/domain/codes';
import type { Outcome, StopReason } from '../../../src-shared/domain/codes';
import {
  addFigures,
  breakdown,
  notStartedGroups,
  calendarYear,
  computeFigures,
  countFigureNames,
  emptyFigures,
  ended,
  normaliseEmployer,
  recordsBehind,
  tidyEmployerName,
  trendByYear,
} from '../../../src-shared/figures';
import type {
  AddedFigureName,
  BreakdownDimension,
  FigureRecord,
  NotStartedGroup,
  Figures,
  FigureSelector,
  Period,
} from '../../../src-shared/figures';
import {
  wepTrein2019Period as P2019,
  wepTrein2019Records,
  wepTrein2019ReferenceDate as R,
} from '../../fixtures/wep-trein-2019';
import { recordsSummarySchema } from '../../../src-shared/exchange/schema';
import { figureRecord } from './cases';
import { randomRecords } from './random-records';

function record(fields: Partial<FigureRecord> & Pick<FigureRecord, 'key'>): FigureRecord {
  return figureRecord({ employer: 'Zorgcentrum De Linde', ...fields });
}

function counts(values: Partial<Record<string, number>>, codes: readonly string[]) {
  return Object.fromEntries(codes.map((code) => [code, values[code] ?? 0]));
}

function keys(records: readonly FigureRecord[]): string[] {
  return records.map((r) => r.key);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The durations (days) of `n` ended cohort records, for average tests. */
function endedWithDurations(durations: readonly number[]): FigureRecord[] {
  return durations.map((days, i) => {
    const start = Date.UTC(2019, 0, 1);
    const end = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
    return record({
      key: `d${i}`,
      startedOn: '2019-01-01',
      endedOn: end,
      status: 'completed',
      outcome: 'paid-work',
    });
  });
}

function allSelectors(): FigureSelector[] {
  return [
    ...countFigureNames,
    ...outcomes.map((outcome) => ({ outcome })),
    ...stopReasons.map((stopReason) => ({ stopReason })),
  ];
}

/** What a selector's figure is, read from Figures (employers: the cohort's size, see API). */
function figureFor(figures: Figures, selector: FigureSelector): number {
  if (typeof selector === 'object') {
    return 'outcome' in selector
      ? figures.outcomes[selector.outcome]
      : figures.stopReasons[selector.stopReason];
  }
  return selector === 'employers' ? figures.started : figures[selector];
}

// A deliberately naive second implementation, straight from DOMAIN.md, to check the fast one.
function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function referenceFigures(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: string,
): Omit<Figures, 'averageDurationDays'> & { exactAverage: number | null } {
  // As it stood on R: a date after R has not happened yet.
  const inP = (d: string | null) =>
    isValidDate(d) && d >= period.from && d <= period.to && d <= referenceDate;
  const cohort = records.filter((r) => inP(r.startedOn));
  const isEnded = (r: FigureRecord) =>
    (r.status === 'completed' || r.status === 'stopped') &&
    isValidDate(r.endedOn) &&
    r.endedOn <= referenceDate;
  const endedOnes = cohort.filter(isEnded);
  const completed = endedOnes.filter((r) => r.status === 'completed');
  const stopped = endedOnes.filter((r) => r.status === 'stopped');
  const completedToPaidWork = completed.filter((r) => r.outcome === 'paid-work');
  const outcomeOf = (r: FigureRecord): string =>
    (outcomes as readonly string[]).includes(r.outcome ?? '') ? (r.outcome as string) : 'unknown';
  const reasonOf = (r: FigureRecord): string =>
    (stopReasons as readonly string[]).includes(r.stopReason ?? '')
      ? (r.stopReason as string)
      : 'other';
  const days = (r: FigureRecord) =>
    (Date.parse(`${r.endedOn}T00:00:00Z`) - Date.parse(`${r.startedOn}T00:00:00Z`)) / 86_400_000;
  return {
    discussed: new Set(records.filter((r) => inP(r.discussedOn)).map((r) => r.candidateKey)).size,
    started: cohort.length,
    employers: new Set(
      cohort
        .map((r) => (r.employer ?? '').normalize('NFC').split(/\s+/).join(' ').trim().toLowerCase())
        .filter((name) => name !== ''),
    ).size,
    completed: completed.length,
    completedToPaidWork: completedToPaidWork.length,
    ongoing: cohort.filter((r) => !isEnded(r)).length,
    stopped: stopped.length,
    outcomes: Object.fromEntries(
      outcomes.map((code) => [code, endedOnes.filter((r) => outcomeOf(r) === code).length]),
    ) as Record<Outcome, number>,
    stopReasons: Object.fromEntries(
      stopReasons.map((code) => [code, stopped.filter((r) => reasonOf(r) === code).length]),
    ) as Record<StopReason, number>,
    exactAverage: endedOnes.length === 0 ? null : sum(endedOnes.map(days)) / endedOnes.length,
    ...referenceAddedFigures(records, completedToPaidWork, inP, referenceDate),
  };
}

/** The added figures of DOMAIN.md ("More of the programme"), as naively as the rest. */
function referenceAddedFigures(
  records: readonly FigureRecord[],
  completedToPaidWork: readonly FigureRecord[],
  inP: (d: string | null) => boolean,
  referenceDate: string,
): Pick<Figures, AddedFigureName> {
  const notStarted = Object.fromEntries(notStartedGroups.map((g) => [g, 0])) as Record<
    NotStartedGroup,
    number
  >;
  const discussed = [
    ...new Set(records.filter((r) => inP(r.discussedOn)).map((r) => r.candidateKey)),
  ];
  for (const candidate of discussed) {
    const own = records.filter((r) => r.candidateKey === candidate);
    if (own.some((r) => isValidDate(r.startedOn) && r.startedOn <= referenceDate)) continue;
    const reason = own
      .filter((r) => inP(r.discussedOn))
      .map((r) => r.notStartedReason ?? null)
      .filter((r) => r !== null)
      .at(-1);
    const group =
      reason === undefined
        ? 'waiting'
        : (notStartedReasons as readonly string[]).includes(reason)
          ? reason
          : 'other';
    notStarted[group]++;
  }
  const after = (r: FigureRecord, months: number) =>
    format(addMonths(parseISO(r.endedOn as string), months), 'yyyy-MM-dd') <= referenceDate;
  const sustained = (months: number, key: 'months6' | 'months12') => {
    const due = completedToPaidWork.filter((r) => after(r, months));
    return {
      due: due.length,
      employed: due.filter((r) => r.followUp?.[key] === 'employed').length,
    };
  };
  return {
    notStarted,
    sustained6Months: sustained(6, 'months6'),
    sustained12Months: sustained(12, 'months12'),
    toPaidWorkInSector: completedToPaidWork.filter((r) => r.outflow?.inSector === true).length,
  };
}

function expectMatchesReference(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: string,
): Figures {
  const actual = computeFigures(records, period, referenceDate);
  const { exactAverage, ...expected } = referenceFigures(records, period, referenceDate);
  const { averageDurationDays, ...actualCounts } = actual;
  expect(actualCounts).toEqual(expected);
  if (exactAverage === null) expect(averageDurationDays).toBeNull();
  else expect(Math.abs((averageDurationDays as number) - exactAverage)).toBeLessThanOrEqual(0.05);
  return actual;
}

function expectInvariants(figures: Figures): void {
  expect(figures.started).toBe(figures.completed + figures.ongoing + figures.stopped);
  expect(sum(Object.values(figures.outcomes))).toBe(figures.completed + figures.stopped);
  expect(sum(Object.values(figures.stopReasons))).toBe(figures.stopped);
  expect(figures.completedToPaidWork).toBeLessThanOrEqual(figures.completed);
  expect(figures.employers).toBeLessThanOrEqual(figures.started);
  expect(sum(Object.values(figures.notStarted))).toBeLessThanOrEqual(figures.discussed);
  expect(figures.toPaidWorkInSector).toBeLessThanOrEqual(figures.completedToPaidWork);
  expect(figures.sustained12Months.due).toBeLessThanOrEqual(figures.sustained6Months.due);
  expect(figures.sustained6Months.due).toBeLessThanOrEqual(figures.completedToPaidWork);
}

describe('the 2019 WEP Trein pilot (DOMAIN.md worked example)', () => {
  const records = wepTrein2019Records();
  const figures = computeFigures(records, P2019, R);

  it('gives the figures of the worked example', () => {
    expect({
      discussed: figures.discussed,
      started: figures.started,
      employers: figures.employers,
      completed: figures.completed,
      completedToPaidWork: figures.completedToPaidWork,
      ongoing: figures.ongoing,
      stopped: figures.stopped,
    }).toEqual({
      discussed: 40,
      started: 14,
      employers: 8,
      completed: 5,
      completedToPaidWork: 4,
      ongoing: 6,
      stopped: 3,
    });
  });

  it('counts outcomes over ended records, including the stopped ones and nulls as unknown', () => {
    expect(figures.outcomes).toEqual(
      counts({ 'paid-work': 5, education: 1, benefit: 1, unknown: 1 }, outcomes),
    );
    expect(figures.stopReasons).toEqual(
      counts({ health: 1, 'found-work': 1, other: 1 }, stopReasons),
    );
    // Key order follows the code lists, so exports and tables list codes the same way.
    expect(Object.keys(figures.outcomes)).toEqual([...outcomes]);
    expect(Object.keys(figures.stopReasons)).toEqual([...stopReasons]);
  });

  it('averages the duration of the 8 ended records (1457 days in all, across leap days)', () => {
    // 180 + 182 + 172 + 90 + 182 + 42 + 32 + 577 = 1457; 1457 / 8 = 182.125
    expect(figures.averageDurationDays).toBe(182.1);
  });

  it('lists the records behind each figure', () => {
    const behind = (selector: FigureSelector) => keys(recordsBehind(records, P2019, R, selector));
    expect(behind('completed')).toEqual(['t-01', 't-02', 't-03', 't-04', 't-05']);
    expect(behind('completedToPaidWork')).toEqual(['t-01', 't-02', 't-04', 't-05']);
    expect(behind('ongoing')).toEqual(['t-06', 't-07', 't-08', 't-09', 't-10', 't-11']);
    expect(behind('stopped')).toEqual(['t-12', 't-13', 't-14']);
    expect(behind({ outcome: 'paid-work' })).toEqual(['t-01', 't-02', 't-04', 't-05', 't-13']);
    expect(behind({ outcome: 'unknown' })).toEqual(['t-14']);
    expect(behind({ stopReason: 'other' })).toEqual(['t-14']);
    expect(behind('employers')).toEqual(behind('started'));
    expect(behind('started')).toHaveLength(14);

    const discussed = recordsBehind(records, P2019, R, 'discussed');
    expect(discussed).toHaveLength(40);
    expect(new Set(discussed.map((r) => r.candidateKey)).size).toBe(40);
    // The first record of a candidate discussed twice; c-03 and c-11 were discussed in 2018.
    expect(keys(discussed)).toContain('t-12');
    expect(keys(discussed)).not.toContain('t-15');
    expect(keys(discussed)).toContain('t-26');
    expect(keys(discussed)).not.toContain('t-03');
    expect(keys(discussed)).not.toContain('t-11');
  });

  it('has, for every selector, as many records behind as the figure says', () => {
    for (const selector of allSelectors()) {
      expect(recordsBehind(records, P2019, R, selector), JSON.stringify(selector)).toHaveLength(
        figureFor(figures, selector),
      );
    }
  });

  it('breaks down per kind into rows that add up to the totals', () => {
    const rows = breakdown(records, P2019, R, 'kind');
    expect(rows.map((row) => [row.group, row.figures.started])).toEqual([
      ['work-experience', 8],
      ['trial-placement', 3],
      ['work-study', 2],
      ['other', 1],
    ]);
    const workExperience = rows[0]?.figures;
    expect(workExperience).toMatchObject({ completed: 4, completedToPaidWork: 3, ongoing: 2 });
    expect(workExperience).toMatchObject({ stopped: 2, discussed: 29 });

    for (const name of [
      'started',
      'completed',
      'completedToPaidWork',
      'ongoing',
      'stopped',
    ] as const) {
      expect(sum(rows.map((row) => row.figures[name])), name).toBe(figures[name]);
    }
    for (const code of outcomes) {
      expect(sum(rows.map((row) => row.figures.outcomes[code]))).toBe(figures.outcomes[code]);
    }
    for (const code of stopReasons) {
      expect(sum(rows.map((row) => row.figures.stopReasons[code]))).toBe(figures.stopReasons[code]);
    }
    // Candidate c-12 was discussed for a trial placement and for a work-experience place.
    expect(sum(rows.map((row) => row.figures.discussed))).toBe(41);
  });

  it('breaks down per employer under the first spelling, blanks as unknown', () => {
    const rows = breakdown(records, P2019, R, 'employer');
    expect(rows.map((row) => [row.group, row.figures.started])).toEqual([
      ['Zorgcentrum De Linde', 3],
      ['Kringloop De Ruil', 2],
      ['Thuiszorg Vechtdal', 2],
      ['Woonzorg Het Anker', 2],
      ['Bakkerij Van der Veen', 1],
      ['Gemeente Zwolle', 1],
      ['Hotel De Koperen Kop', 1],
      ['unknown', 1],
      ['Ziekenhuis Isala', 1],
    ]);
    const unknown = rows.find((row) => row.group === 'unknown')?.figures;
    expect(unknown).toMatchObject({ employers: 0, discussed: 25, ongoing: 1 });
    const deRuil = rows.find((row) => row.group === 'Kringloop De Ruil')?.figures;
    expect(deRuil).toMatchObject({ employers: 1, discussed: 3, completed: 1, stopped: 1 });
  });

  it('breaks down per start year, records not started in P only as discussed', () => {
    const rows = breakdown(records, P2019, R, 'startYear');
    expect(rows.map((row) => [row.group, row.figures.started, row.figures.discussed])).toEqual([
      ['2019', 14, 12],
      ['2020', 0, 4],
      ['unknown', 0, 25],
    ]);
  });

  it('breaks down per benefit, null together with the code unknown', () => {
    const rows = breakdown(records, P2019, R, 'benefit');
    expect(rows.map((row) => [row.group, row.figures.started])).toEqual([
      ['social-assistance', 6],
      ['unemployment', 3],
      ['wajong', 2],
      ['none', 1],
      ['unknown', 1],
      ['wia', 1],
    ]);
  });

  it('gives the trend per calendar year', () => {
    const trend = trendByYear(records, [2018, 2019, 2020, 2021], R);
    expect(trend.map((t) => t.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(trend[1]?.figures).toEqual(figures);
    expect(trend[0]?.figures).toMatchObject({
      discussed: 5,
      started: 2,
      employers: 2,
      completed: 2,
      completedToPaidWork: 1,
      ongoing: 0,
      stopped: 0,
      averageDurationDays: 165, // (179 + 151) / 2
    });
    expect(trend[2]?.figures).toMatchObject({
      discussed: 2,
      started: 5,
      employers: 5,
      completed: 1,
      completedToPaidWork: 0,
      ongoing: 3,
      stopped: 1,
      averageDurationDays: 102, // (176 + 28) / 2
    });
    expect(trend[2]?.figures.outcomes).toEqual(counts({ volunteering: 1, benefit: 1 }, outcomes));
    expect(trend[3]?.figures).toEqual(emptyFigures());
  });

  it('moves records from ongoing to ended as the reference date passes their end', () => {
    const later = computeFigures(records, P2019, '2021-03-01');
    // t-08 completed on 2021-01-15 (paid work), t-09 stopped on 2021-03-01.
    expect(later).toMatchObject({ completed: 6, completedToPaidWork: 5, ongoing: 4, stopped: 4 });
    const earlier = computeFigures(records, P2019, '2020-12-30');
    // t-14 stops on 2020-12-31.
    expect(earlier).toMatchObject({ completed: 5, ongoing: 7, stopped: 2 });
  });
});

describe('period and reference date boundaries', () => {
  const records = [
    record({ key: 'before', discussedOn: '2018-12-31', startedOn: '2018-12-31' }),
    record({ key: 'first', discussedOn: '2019-01-01', startedOn: '2019-01-01' }),
    record({ key: 'last', discussedOn: '2019-12-31', startedOn: '2019-12-31' }),
    record({ key: 'after', discussedOn: '2020-01-01', startedOn: '2020-01-01' }),
  ];

  it('includes both ends of P, for discussedOn and for startedOn', () => {
    expect(computeFigures(records, P2019, R)).toMatchObject({ discussed: 2, started: 2 });
    expect(keys(recordsBehind(records, P2019, R, 'started'))).toEqual(['first', 'last']);
    expect(keys(recordsBehind(records, P2019, R, 'discussed'))).toEqual(['first', 'last']);
  });

  it('takes a one-day period', () => {
    const day = { from: '2019-12-31', to: '2019-12-31' };
    expect(keys(recordsBehind(records, day, R, 'started'))).toEqual(['last']);
  });

  it('gives empty figures for a period that ends before it begins', () => {
    expect(computeFigures(records, { from: '2019-12-31', to: '2019-01-01' }, R)).toEqual(
      emptyFigures(),
    );
  });

  it('counts a record as ended on its end date, not the day before', () => {
    const r = record({
      key: 'x',
      startedOn: '2019-03-01',
      endedOn: '2019-09-30',
      status: 'stopped',
    });
    expect(ended(r, '2019-09-30')).toBe(true);
    expect(ended(r, '2019-09-29')).toBe(false);
    expect(computeFigures([r], P2019, '2019-09-30')).toMatchObject({ stopped: 1, ongoing: 0 });
    expect(computeFigures([r], P2019, '2019-09-29')).toMatchObject({ stopped: 0, ongoing: 1 });
  });

  it('rejects dates that are not YYYY-MM-DD', () => {
    expect(() => computeFigures(records, { from: '2019-1-1', to: '2019-12-31' }, R)).toThrow(
      RangeError,
    );
    expect(() => computeFigures(records, P2019, '2020-02-30')).toThrow(RangeError);
    expect(() => recordsBehind(records, P2019, '', 'started')).toThrow(RangeError);
    expect(() => breakdown(records, { from: '2019-01-01', to: '31-12-2019' }, R, 'kind')).toThrow(
      RangeError,
    );
    expect(() => trendByYear(records, [2019], '2020/12/31')).toThrow(RangeError);
  });
});

describe('odd data keeps started = completed + ongoing + stopped', () => {
  it('counts a record that is not properly ended as ongoing', () => {
    const records = [
      // status discussed, yet started in P
      record({ key: 'a', startedOn: '2019-05-01', status: 'discussed' }),
      // completed without an end date
      record({ key: 'b', startedOn: '2019-05-01', status: 'completed', outcome: 'paid-work' }),
      // an end date that is no date
      record({ key: 'c', startedOn: '2019-05-01', endedOn: '2019-02-30', status: 'stopped' }),
      // status ongoing with an end date
      record({ key: 'd', startedOn: '2019-05-01', endedOn: '2019-06-01', status: 'ongoing' }),
      // a status code this version does not know
      record({
        key: 'e',
        startedOn: '2019-05-01',
        endedOn: '2019-06-01',
        status: 'paused' as FigureRecord['status'],
      }),
    ];
    const figures = computeFigures(records, P2019, R);
    expect(figures).toMatchObject({ started: 5, ongoing: 5, completed: 0, stopped: 0 });
    expect(figures.averageDurationDays).toBeNull();
    expect(keys(recordsBehind(records, P2019, R, 'ongoing'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ignores dates that are not real YYYY-MM-DD dates', () => {
    const records = [
      record({ key: 'a', discussedOn: '2019-13-01', startedOn: '2019-02-29' }),
      record({ key: 'b', discussedOn: '2019-6-1', startedOn: '2019-06-1' }),
      record({ key: 'c', discussedOn: '2020-02-29', startedOn: '2020-02-29' }), // leap day
    ];
    expect(computeFigures(records, P2019, R)).toMatchObject({ discussed: 0, started: 0 });
    expect(computeFigures(records, calendarYear(2020), R)).toMatchObject({
      discussed: 1,
      started: 1,
    });
  });

  it('counts unknown outcome and stop reason codes as unknown and other', () => {
    const records = [
      record({
        key: 'a',
        startedOn: '2019-05-01',
        endedOn: '2019-06-01',
        status: 'stopped',
        stopReason: 'moved-away' as FigureRecord['stopReason'],
        outcome: 'abroad' as FigureRecord['outcome'],
      }),
    ];
    const figures = computeFigures(records, P2019, R);
    expect(figures.outcomes).toEqual(counts({ unknown: 1 }, outcomes));
    expect(figures.stopReasons).toEqual(counts({ other: 1 }, stopReasons));
    expect(keys(recordsBehind(records, P2019, R, { stopReason: 'other' }))).toEqual(['a']);
  });

  // Seconds of work: on a busy machine more than the default timeout of 5.
  it('holds over randomised data and agrees with a naive implementation', () => {
    const periods: Period[] = [
      P2019,
      { from: '2018-07-01', to: '2020-06-30' },
      { from: '2019-06-15', to: '2019-06-15' },
      { from: '2020-01-01', to: '2019-01-01' },
    ];
    const referenceDates = ['2018-01-01', '2019-12-31', '2020-12-31'];
    // Per seed, over 2019 on 2020-12-31: discussed, started, completed, ongoing, stopped,
    // employers. Not vacuous: the data really fills every bucket.
    const known: Record<number, number[]> = {
      1: [359, 439, 76, 293, 70, 5],
      2: [368, 429, 73, 275, 81, 5],
      3: [386, 396, 58, 269, 69, 5],
    };
    for (const seed of [1, 2, 3]) {
      const records = randomRecords(seed, 2000);
      for (const period of periods) {
        for (const referenceDate of referenceDates) {
          const figures = expectMatchesReference(records, period, referenceDate);
          expectInvariants(figures);
          for (const selector of allSelectors()) {
            expect(recordsBehind(records, period, referenceDate, selector)).toHaveLength(
              figureFor(figures, selector),
            );
          }
        }
      }
      const f = computeFigures(records, P2019, '2020-12-31');
      expect([f.discussed, f.started, f.completed, f.ongoing, f.stopped, f.employers]).toEqual(
        known[seed],
      );
    }
  }, 60_000);

  it('gives breakdown rows that add up to the totals, for every dimension', () => {
    const records = randomRecords(7, 3000);
    const total = computeFigures(records, P2019, R);
    const dimensions: BreakdownDimension[] = ['employer', 'kind', 'benefit', 'startYear'];
    for (const by of dimensions) {
      const rows = breakdown(records, P2019, R, by);
      for (const name of [
        'started',
        'completed',
        'completedToPaidWork',
        'ongoing',
        'stopped',
      ] as const) {
        expect(sum(rows.map((row) => row.figures[name])), `${by} ${name}`).toBe(total[name]);
      }
      for (const row of rows) expectInvariants(row.figures);
      // Sorted by started (descending).
      const started = rows.map((row) => row.figures.started);
      expect(started).toEqual([...started].sort((a, b) => b - a));
    }
  });

  it('gives per year the same figures as computeFigures over that calendar year', () => {
    const records = randomRecords(11, 3000);
    const years = [2021, 2018, 2019, 2020, 2017];
    const trend = trendByYear(records, years, '2020-06-30');
    expect(trend.map((t) => t.year)).toEqual(years);
    for (const { year, figures } of trend) {
      expect(figures).toEqual(computeFigures(records, calendarYear(year), '2020-06-30'));
    }
    // Not vacuous: 2018 and 2019 have starts; of 2020 only those up to R (about half of the
    // year's); 2021 lies after R, so nothing has started there yet.
    expect(trend.map((t) => t.figures.started)).toEqual([0, 632, 659, 327, 0]);
    expect(trend.map((t) => t.figures.discussed)).toEqual([0, 550, 520, 295, 0]);
  });
});

describe('averageDurationDays', () => {
  it('is null without ended records, even with a cohort', () => {
    expect(computeFigures([], P2019, R).averageDurationDays).toBeNull();
    const ongoing = [record({ key: 'a', startedOn: '2019-05-01' })];
    expect(computeFigures(ongoing, P2019, R).averageDurationDays).toBeNull();
    // Ended only after R: not ended yet.
    const later = [
      record({ key: 'b', startedOn: '2019-05-01', endedOn: '2021-01-01', status: 'completed' }),
    ];
    expect(computeFigures(later, P2019, R).averageDurationDays).toBeNull();
  });

  it('is rounded to one decimal, halves up', () => {
    expect(computeFigures(endedWithDurations([1, 2, 2]), P2019, R).averageDurationDays).toBe(1.7);
    expect(computeFigures(endedWithDurations([1, 2]), P2019, R).averageDurationDays).toBe(1.5);
    expect(computeFigures(endedWithDurations([30, 31, 31]), P2019, R).averageDurationDays).toBe(
      30.7,
    );
    // 201 / 20 = 10.05: a half, rounded up.
    const twenty = endedWithDurations([...Array<number>(19).fill(10), 11]);
    expect(computeFigures(twenty, P2019, R).averageDurationDays).toBe(10.1);
  });

  it('counts calendar days, also across a daylight-saving change', () => {
    // Bites only where the time zone has DST (as in the Netherlands): an 11-day span across
    // 31 March 2019 is 10 days 23 hours there, which would round the mean 10.05 down to 10.0.
    const records = [
      ...endedWithDurations(Array<number>(19).fill(10)),
      record({ key: 'dst', startedOn: '2019-03-25', endedOn: '2019-04-05', status: 'completed' }),
    ];
    expect(computeFigures(records, P2019, R).averageDurationDays).toBe(10.1);
  });
});

describe('addFigures', () => {
  function part(fields: Partial<Figures>): Figures {
    return { ...emptyFigures(), ...fields };
  }

  it('adds counts and codes, and takes employers from the caller', () => {
    const a = part({
      discussed: 10,
      started: 5,
      employers: 3,
      completed: 2,
      completedToPaidWork: 1,
      ongoing: 2,
      stopped: 1,
      outcomes: { ...emptyFigures().outcomes, 'paid-work': 1, education: 2 },
      stopReasons: { ...emptyFigures().stopReasons, health: 1 },
      averageDurationDays: 10,
    });
    const b = part({
      discussed: 4,
      started: 3,
      employers: 2,
      completed: 1,
      completedToPaidWork: 1,
      ongoing: 2,
      outcomes: { ...emptyFigures().outcomes, 'paid-work': 1 },
      averageDurationDays: 40,
    });
    const total = addFigures([a, b], 4);
    expect(total).toEqual({
      discussed: 14,
      started: 8,
      employers: 4,
      completed: 3,
      completedToPaidWork: 2,
      ongoing: 4,
      stopped: 1,
      outcomes: counts({ 'paid-work': 2, education: 2 }, outcomes),
      stopReasons: counts({ health: 1 }, stopReasons),
      // Weighted by ended records (3 and 1): (3 × 10 + 1 × 40) / 4, not (10 + 40) / 2.
      averageDurationDays: 17.5,
      notStarted: emptyFigures().notStarted,
      sustained6Months: { due: 0, employed: 0 },
      sustained12Months: { due: 0, employed: 0 },
      toPaidWorkInSector: 0,
    });
    // The parts are left alone.
    expect(a.outcomes['paid-work']).toBe(1);
  });

  it('rounds the weighted mean to one decimal without floating-point drift', () => {
    const a = part({ completed: 3, averageDurationDays: 10.1 });
    const b = part({ stopped: 1, averageDurationDays: 20 });
    // (30.3 + 20) / 4 = 12.575
    expect(addFigures([a, b], 0).averageDurationDays).toBe(12.6);
    // (100 + 3 × 102.6) / 4 = 101.95; computed in floating-point days it comes out as 101.9499…
    const c = part({ completed: 1, averageDurationDays: 100 });
    const d = part({ completed: 2, stopped: 1, averageDurationDays: 102.6 });
    expect(addFigures([c, d], 0).averageDurationDays).toBe(102);
  });

  it('skips parts without an average and is null when none has one', () => {
    const noEnded = part({ started: 2, ongoing: 2 });
    const withAverage = part({ completed: 2, averageDurationDays: 90 });
    expect(addFigures([noEnded, withAverage], 1).averageDurationDays).toBe(90);
    expect(addFigures([noEnded, noEnded], 0).averageDurationDays).toBeNull();
    expect(addFigures([], 0)).toEqual(emptyFigures());
  });

  it('gives the figures of the whole when the parts are separate organisations', () => {
    const records = wepTrein2019Records();
    const first = records.filter((_, i) => i % 2 === 0);
    const second = records
      .filter((_, i) => i % 2 === 1)
      .map((r) => ({
        ...r,
        candidateKey: `org2/${r.candidateKey}`, // distinct persons per organisation
      }));
    const whole = computeFigures([...first, ...second], P2019, R);
    const total = addFigures(
      [computeFigures(first, P2019, R), computeFigures(second, P2019, R)],
      whole.employers,
    );
    const { averageDurationDays, ...counted } = total;
    const { averageDurationDays: wholeAverage, ...wholeCounted } = whole;
    expect(counted).toEqual(wholeCounted);
    expect(Math.abs((averageDurationDays as number) - (wholeAverage as number))).toBeLessThan(0.1);
  });
});

describe('helpers', () => {
  it('normalises employer names: NFC, trimmed, white space collapsed, lower-case', () => {
    expect(normaliseEmployer('  Zorgcentrum De Linde\t')).toBe('zorgcentrum de linde');
    expect(normaliseEmployer('IJsselheem')).toBe(normaliseEmployer('ijsselheem'));
    expect(normaliseEmployer('\u00a0Kringloop De Ruil\u00a0')).toBe('kringloop de ruil');
    expect(normaliseEmployer('   ')).toBe('');
    // Every run of white space inside the name is one space (DOMAIN.md).
    expect(normaliseEmployer('Zorgcentrum  De Linde')).toBe('zorgcentrum de linde');
    expect(normaliseEmployer('Zorgcentrum\tDe \u00a0\n Linde')).toBe('zorgcentrum de linde');
    // NFD (A + combining acute, as macOS file names and some pastes have it) is the NFC name.
    const nfd = 'A\u0301mstelrade';
    expect(nfd).not.toBe('Ámstelrade');
    expect(normaliseEmployer(nfd)).toBe('ámstelrade');
    expect(normaliseEmployer('ÁMSTELRADE')).toBe('ámstelrade');
    // The shown form keeps the case and only tidies.
    expect(tidyEmployerName(`  Zorgcentrum  ${nfd}\t`)).toBe('Zorgcentrum Ámstelrade');
  });

  it('counts "Zorgcentrum  De Linde" and an NFD "Ámstelrade" once each (issue 15)', () => {
    const records = [
      record({ key: 'a', startedOn: '2019-02-01', employer: 'Zorgcentrum De Linde' }),
      record({ key: 'b', startedOn: '2019-03-01', employer: 'Zorgcentrum  De Linde' }),
      record({ key: 'c', startedOn: '2019-04-01', employer: 'Ámstelrade' }),
      record({ key: 'd', startedOn: '2019-05-01', employer: 'A\u0301mstelrade' }),
    ];
    expect(computeFigures(records, P2019, R).employers).toBe(2);
    const rows = breakdown(records, P2019, R, 'employer');
    expect(rows.map((row) => [row.group, row.figures.started])).toEqual([
      ['Ámstelrade', 2],
      ['Zorgcentrum De Linde', 2],
    ]);
  });

  it('normalises each distinct name once per records array, not once per record', () => {
    const names = ['Zorgcentrum De Linde', 'Zorgcentrum  De Linde', 'A\u0301mstelrade'];
    const records = Array.from({ length: 3000 }, (_, i) =>
      record({ key: `r${i}`, startedOn: '2019-06-01', employer: names[i % 3] as string }),
    );
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      expect(computeFigures(records, P2019, R).employers).toBe(2);
      expect(normalize).toHaveBeenCalledTimes(names.length);
      normalize.mockClear();
      breakdown(records, P2019, R, 'employer');
      // The keys are kept with the array's columns: only the label of each of the two groups.
      expect(normalize).toHaveBeenCalledTimes(2);
      normalize.mockClear();
      breakdown(records.slice(), P2019, R, 'employer');
      // A new array: keys once per name again, plus the two labels.
      expect(normalize).toHaveBeenCalledTimes(names.length + 2);
    } finally {
      normalize.mockRestore();
    }
  });

  it('keeps an employer called "unknown" apart from the records without an employer', () => {
    const records = [
      record({ key: 'a', startedOn: '2019-02-01', employer: 'unknown' }),
      record({ key: 'b', startedOn: '2019-03-01', employer: null }),
    ];
    const rows = breakdown(records, P2019, R, 'employer');
    expect(rows.map((row) => [row.group, row.figures.started, row.figures.employers])).toEqual([
      ['unknown', 1, 1],
      ['unknown', 1, 0],
    ]);
  });

  it('counts employers distinct after normalising, blank names not at all', () => {
    const records = [
      record({ key: 'a', startedOn: '2019-02-01', employer: 'IJsselheem' }),
      record({ key: 'b', startedOn: '2019-03-01', employer: ' ijsselheem ' }),
      record({ key: 'c', startedOn: '2019-04-01', employer: '' }),
      record({ key: 'd', startedOn: '2019-05-01', employer: null }),
      record({ key: 'e', startedOn: '2019-06-01', employer: 'De Linde' }),
    ];
    expect(computeFigures(records, P2019, R).employers).toBe(2);
  });

  it('makes calendar years', () => {
    expect(calendarYear(2019)).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(calendarYear(999)).toEqual({ from: '0999-01-01', to: '0999-12-31' });
    expect(() => calendarYear(2019.5)).toThrow(RangeError);
    expect(() => calendarYear(10000)).toThrow(RangeError);
    expect(() => trendByYear([], [-1], R)).toThrow(RangeError);
  });

  it('gives a fresh empty Figures each time, with every code', () => {
    const a = emptyFigures();
    a.outcomes['paid-work'] = 3;
    a.started = 1;
    const b = emptyFigures();
    expect(b.outcomes).toEqual(counts({}, outcomes));
    expect(b.stopReasons).toEqual(counts({}, stopReasons));
    expect(b).toMatchObject({ started: 0, averageDurationDays: null });
  });

  it('names the count figures of DOMAIN.md in its order, as the exchange summary holds them', () => {
    // Known values per name (the worked example), so a wrong or reordered name shows.
    const figures = computeFigures(wepTrein2019Records(), P2019, R);
    expect(countFigureNames.map((name) => [name, figures[name]])).toEqual([
      ['discussed', 40],
      ['started', 14],
      ['employers', 8],
      ['completed', 5],
      ['completedToPaidWork', 4],
      ['ongoing', 6],
      ['stopped', 3],
    ]);
    // The Regio screen shows these names; the exchange summary must carry exactly them.
    expect(Object.keys(recordsSummarySchema.shape)).toEqual([...countFigureNames]);
  });
});
