import { describe, expect, it } from 'vitest';
import {
  computeFigures,
  emptyFigures,
  programmesOf,
  recordsBehind,
  trendByYear,
} from '../../../src-shared/figures';
import type { FigureRecord } from '../../../src-shared/figures';
import { figureRecord } from './cases';

/**
 * The figures of "More of the programme" (DOMAIN.md, issue 15 points 5, 8, 9), from hand-made
 * cases: P = 2019, R = 2020-12-31 unless a test says otherwise.
 */

const P = { from: '2019-01-01', to: '2019-12-31' };
const R = '2020-12-31';

const discussedOnly = (key: string, discussedOn: string, fields: Partial<FigureRecord> = {}) =>
  figureRecord({ key, discussedOn, status: 'discussed', ...fields });

/** A completed placement to paid work, started in 2019 (so in the cohort). */
const toPaidWork = (key: string, endedOn: string, fields: Partial<FigureRecord> = {}) =>
  figureRecord({
    key,
    discussedOn: '2018-11-06',
    startedOn: '2019-03-04',
    endedOn,
    status: 'completed',
    outcome: 'paid-work',
    ...fields,
  });

describe('notStarted', () => {
  const records: FigureRecord[] = [
    discussedOnly('a', '2019-02-01', { notStartedReason: 'withdrew' }),
    discussedOnly('b', '2019-03-01'),
    // Closed with a reason, but started in 2020 (≤ R, outside P): not "not started".
    figureRecord({
      key: 'c',
      discussedOn: '2019-04-01',
      startedOn: '2020-03-02',
      notStartedReason: 'no-placement',
    }),
    // Starts only after R: on R this candidate had not started, with the reason recorded then.
    figureRecord({
      key: 'd',
      discussedOn: '2019-05-01',
      startedOn: '2021-02-01',
      notStartedReason: 'health',
    }),
    // Discussed after R: not counted at all.
    discussedOnly('e', '2021-01-05', { notStartedReason: 'other' }),
    // Two records of one candidate: the reason is the candidate's, on either record.
    discussedOnly('f', '2019-06-04', { candidateKey: 'c-f' }),
    discussedOnly('f2', '2019-06-04', { candidateKey: 'c-f', notStartedReason: 'found-work' }),
  ];

  it('counts discussed candidates without a start by R, per reason, and the waiting', () => {
    const figures = computeFigures(records, P, R);
    expect(figures.discussed).toBe(5);
    expect(figures.notStarted).toEqual({
      'no-placement': 0,
      withdrew: 1,
      'found-work': 1,
      'not-selected': 0,
      health: 1,
      other: 0,
      waiting: 1,
    });
  });

  it('follows R: the candidate who starts in 2020 was still "not started" at the end of 2019', () => {
    expect(computeFigures(records, P, '2019-12-31').notStarted).toMatchObject({
      'no-placement': 1,
      health: 1,
    });
  });

  it('is in the trend per year too', () => {
    const [y2019] = trendByYear(records, [2019], R);
    expect(y2019?.figures.notStarted).toEqual(computeFigures(records, P, R).notStarted);
  });
});

describe('sustained6Months, sustained12Months and toPaidWorkInSector', () => {
  const records: FigureRecord[] = [
    // Due after 6 months (2020-12-30 ≤ R), not yet after 12; still working; in the sector.
    toPaidWork('six', '2020-06-30', {
      followUp: { months6: 'employed', months12: null },
      outflow: { inSector: true },
    }),
    // endedOn + 12 months is R itself: due after 6 and after 12 months.
    toPaidWork('twelve', '2019-12-31', {
      followUp: { months6: 'employed', months12: 'not-employed' },
      outflow: { inSector: false },
    }),
    // endedOn + 6 months is the day after R: nothing due yet.
    toPaidWork('later', '2020-07-01', {
      followUp: { months6: null, months12: null },
      outflow: { inSector: true },
    }),
    // Due, not checked yet (no follow-up): due, not employed.
    toPaidWork('unchecked', '2020-01-15', { followUp: null, outflow: null }),
    // Stopped with outcome paid work, and completed to education: not completed to paid work.
    toPaidWork('stopped', '2019-09-01', {
      status: 'stopped',
      stopReason: 'found-work',
      followUp: { months6: 'employed', months12: 'employed' },
      outflow: { inSector: true },
    }),
    toPaidWork('education', '2019-10-01', {
      outcome: 'education',
      followUp: { months6: 'employed', months12: 'employed' },
      outflow: { inSector: true },
    }),
  ];

  it('counts the due follow-ups of completed-to-paid-work records and who still works', () => {
    const figures = computeFigures(records, P, R);
    expect(figures.completedToPaidWork).toBe(4);
    expect(figures.sustained6Months).toEqual({ due: 3, employed: 2 });
    expect(figures.sustained12Months).toEqual({ due: 1, employed: 0 });
    expect(figures.toPaidWorkInSector).toBe(2);
  });

  it('counts a follow-up due on R itself (endedOn + 6 months == R), and not the day before', () => {
    const six = records.filter((r) => r.key === 'six');
    expect(computeFigures(six, P, '2020-12-30').sustained6Months).toEqual({ due: 1, employed: 1 });
    expect(computeFigures(six, P, '2020-12-29').sustained6Months).toEqual({ due: 0, employed: 0 });
  });

  it('clamps to the end of the month: 2019-08-31 + 6 months is 2020-02-29', () => {
    const leap = [toPaidWork('leap', '2019-08-31', { followUp: null })];
    expect(computeFigures(leap, P, '2020-02-29').sustained6Months.due).toBe(1);
    expect(computeFigures(leap, P, '2020-02-28').sustained6Months.due).toBe(0);
  });
});

describe('programme filter', () => {
  const records: FigureRecord[] = [
    toPaidWork('trein-1', '2019-09-01', { programme: 'WEP Trein' }),
    toPaidWork('trein-2', '2019-10-01', { programme: 'wep  trein ' }),
    toPaidWork('bbl', '2019-11-01', { programme: 'Leren en werken' }),
    toPaidWork('none', '2019-11-01', { programme: null }),
    discussedOnly('waiting', '2019-05-01'),
  ];

  it('computes the figures over the records of one programme, labels compared as names are', () => {
    expect(computeFigures(records, P, R, { programme: 'WEP Trein' })).toMatchObject({
      discussed: 0,
      started: 2,
      completedToPaidWork: 2,
    });
    expect(computeFigures(records, P, R, { programme: 'Leren en werken' }).started).toBe(1);
    expect(computeFigures(records, P, R, { programme: 'Onbekend' })).toEqual(emptyFigures());
    // No filter (or null): every record.
    expect(computeFigures(records, P, R, { programme: null })).toEqual(
      computeFigures(records, P, R),
    );
    expect(computeFigures(records, P, R).started).toBe(4);
  });

  it('applies to the records behind a figure and lists the programmes to choose from', () => {
    const behind = recordsBehind(records, P, R, 'started', { programme: 'wep trein' });
    expect(behind.map((r) => r.key)).toEqual(['trein-1', 'trein-2']);
    expect(programmesOf(records)).toEqual(['Leren en werken', 'WEP Trein']);
  });
});
