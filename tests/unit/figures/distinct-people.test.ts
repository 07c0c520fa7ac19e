import { describe, expect, it } from 'vitest';
import {
  breakdown,
  computeFigures,
  trendByYear,
  type FigureRecord,
} from '../../../src-shared/figures';
import { figureRecord } from './cases';

/**
 * Distinct people and employers are counted by a number per candidate and per employer, and
 * dates read as day numbers, made once per records array and reused (issue 18, record-columns.ts).
 * These pin what that must not change: one person (employer) is one however their records lie,
 * keys are compared exactly, a records array changed in place is counted as it is now, and day
 * counts follow the calendar.
 */

const period = { from: '2024-01-01', to: '2024-12-31' };
const R = '2024-12-31';

function discussed(key: string, candidateKey: string, fields: Partial<FigureRecord> = {}) {
  return figureRecord({
    key,
    candidateKey,
    discussedOn: '2024-02-01',
    status: 'discussed',
    ...fields,
  });
}

describe('distinct people', () => {
  it('counts a candidate once over many records, between other candidates’ records', () => {
    const records = [
      discussed('1', 'anna'),
      discussed('2', 'bram'),
      discussed('3', 'anna'),
      discussed('4', 'cees'),
      discussed('5', 'anna'),
      discussed('6', 'bram'),
    ];
    const figures = computeFigures(records, period, R);
    expect(figures.discussed).toBe(3);
    expect(figures.notStarted.waiting).toBe(3);
  });

  it('takes the reason from the last record that carries one; a later record without keeps it', () => {
    const records = [
      discussed('1', 'anna', { notStartedReason: 'withdrew' }),
      discussed('2', 'bram'),
      discussed('3', 'anna', { notStartedReason: 'health' }),
      discussed('4', 'anna', { notStartedReason: null }),
      discussed('5', 'cees', {
        notStartedReason: 'no-such-code' as FigureRecord['notStartedReason'],
      }),
    ];
    const { notStarted } = computeFigures(records, period, R);
    expect(notStarted).toMatchObject({ health: 1, withdrew: 0, waiting: 1, other: 1 });
  });

  it('leaves out of "not started" a candidate whose start is on another record, before or after', () => {
    const records = [
      discussed('1', 'anna'),
      discussed('2', 'bram'),
      figureRecord({ key: '3', candidateKey: 'bram', startedOn: '2024-03-01', status: 'ongoing' }),
      figureRecord({ key: '4', candidateKey: 'anna', startedOn: '2023-06-01', status: 'ongoing' }),
      discussed('5', 'cees'),
    ];
    const figures = computeFigures(records, period, R);
    expect(figures.discussed).toBe(3);
    expect(figures.notStarted.waiting).toBe(1);
  });

  it('compares keys exactly: blank, case, spaces and Unicode forms are different people', () => {
    const keys = ['', ' ', 'a', 'A', 'a ', 'Ámstel', 'A\u0301mstel', '0', '00'];
    const records = keys.map((key, i) => discussed(String(i), key));
    // Each key twice: still one person per key.
    const twice = [...records, ...keys.map((key, i) => discussed(`again-${i}`, key))];
    expect(computeFigures(records, period, R).discussed).toBe(keys.length);
    expect(computeFigures(twice, period, R).discussed).toBe(keys.length);
  });

  it('counts a records array that was changed in place as it is now', () => {
    const records = [discussed('1', 'anna'), discussed('2', 'bram'), discussed('3', 'cees')];
    expect(computeFigures(records, period, R).discussed).toBe(3);
    (records[2] as FigureRecord).candidateKey = 'anna';
    expect(computeFigures(records, period, R).discussed).toBe(2);
    (records[1] as FigureRecord).candidateKey = 'dirk';
    (records[2] as FigureRecord).candidateKey = 'eva';
    expect(computeFigures(records, period, R).discussed).toBe(3);
    records.push(discussed('4', 'anna'));
    expect(computeFigures(records, period, R).discussed).toBe(3);
    records.push(discussed('5', 'fenna'));
    expect(computeFigures(records, period, R).discussed).toBe(4);
  });

  it('counts a candidate once per group when their records alternate between groups', () => {
    const records = [
      discussed('1', 'anna', { kind: 'work-experience' }),
      discussed('2', 'anna', { kind: 'trial-placement' }),
      discussed('3', 'anna', { kind: 'work-experience' }),
      discussed('4', 'bram', { kind: 'trial-placement' }),
      discussed('5', 'anna', { kind: 'trial-placement' }),
    ];
    const rows = breakdown(records, period, R, 'kind');
    const discussedPerKind = Object.fromEntries(rows.map((r) => [r.group, r.figures.discussed]));
    expect(discussedPerKind).toEqual({ 'work-experience': 1, 'trial-placement': 2 });
  });

  it('counts a candidate once per year when their records alternate between years', () => {
    const records = [
      discussed('1', 'anna', { discussedOn: '2023-05-01' }),
      discussed('2', 'anna', { discussedOn: '2024-05-01' }),
      discussed('3', 'anna', { discussedOn: '2023-06-01' }),
      discussed('4', 'bram', { discussedOn: '2024-06-01' }),
    ];
    const trend = trendByYear(records, [2023, 2024], R);
    expect(trend.map((y) => y.figures.discussed)).toEqual([1, 2]);
  });
});

function started(key: string, employer: string | null, fields: Partial<FigureRecord> = {}) {
  return figureRecord({ key, employer, startedOn: '2024-03-01', ...fields });
}

describe('distinct employers', () => {
  it('counts an employer once per group when cohort records alternate between groups', () => {
    const records = [
      started('1', 'De Linde', { kind: 'work-experience' }),
      started('2', 'de  linde', { kind: 'trial-placement' }),
      started('3', 'De Linde', { kind: 'work-experience' }),
      started('4', 'Ámstelrade', { kind: 'trial-placement' }),
      started('5', 'DE LINDE', { kind: 'trial-placement' }),
    ];
    const rows = breakdown(records, period, R, 'kind');
    const employersPerKind = Object.fromEntries(rows.map((r) => [r.group, r.figures.employers]));
    expect(employersPerKind).toEqual({ 'work-experience': 1, 'trial-placement': 2 });
    expect(computeFigures(records, period, R).employers).toBe(2);
  });

  it('counts an employer once per year when cohort records alternate between years', () => {
    const records = [
      started('1', 'De Linde', { startedOn: '2023-05-01' }),
      started('2', 'De Linde', { startedOn: '2024-05-01' }),
      started('3', 'de linde', { startedOn: '2023-06-01' }),
      started('4', 'Ámstelrade', { startedOn: '2024-06-01' }),
    ];
    const trend = trendByYear(records, [2023, 2024], R);
    expect(trend.map((y) => y.figures.employers)).toEqual([1, 2]);
  });

  it('gives the same figures when computed again over the same records', () => {
    const records = [started('1', 'De Linde'), started('2', 'Ámstelrade'), started('3', null)];
    const first = computeFigures(records, period, R);
    expect(first.employers).toBe(2);
    expect(computeFigures(records, period, R)).toEqual(first);
    expect(breakdown(records, period, R, 'kind')[0]?.figures.employers).toBe(2);
  });
});

describe('records changed in place', () => {
  it('counts their employers as they are now', () => {
    const records = [started('1', 'De Linde'), started('2', 'Ámstelrade'), started('3', null)];
    expect(computeFigures(records, period, R).employers).toBe(2);
    (records[1] as FigureRecord).employer = 'de linde';
    expect(computeFigures(records, period, R).employers).toBe(1);
    (records[2] as FigureRecord).employer = 'Zonnehof';
    (records[0] as FigureRecord).employer = '   ';
    expect(computeFigures(records, period, R).employers).toBe(2);
  });

  it('counts their dates as they are now', () => {
    const records = [
      started('1', 'De Linde', {
        status: 'completed',
        endedOn: '2024-04-01',
        outcome: 'paid-work',
        followUp: { months6: 'employed', months12: null },
      }),
      discussed('2', 'bram'),
    ];
    const before = computeFigures(records, period, R);
    expect(before).toMatchObject({
      started: 1,
      completed: 1,
      averageDurationDays: 31,
      discussed: 1,
    });
    expect(before.sustained6Months).toEqual({ due: 1, employed: 1 });

    const first = records[0] as FigureRecord;
    const second = records[1] as FigureRecord;
    first.endedOn = '2024-08-01'; // + 6 months is after R: not yet due
    second.discussedOn = '2023-12-31'; // before P
    const moved = computeFigures(records, period, R);
    expect(moved).toMatchObject({ completed: 1, averageDurationDays: 153, discussed: 0 });
    expect(moved.sustained6Months).toEqual({ due: 0, employed: 0 });

    first.startedOn = '2025-01-01'; // after R: no longer in the cohort
    expect(computeFigures(records, period, R)).toMatchObject({ started: 0, employers: 0 });
  });
});

describe('durations by day number', () => {
  function averageDuration(startedOn: string, endedOn: string): number | null {
    const record = figureRecord({
      key: 't',
      startedOn,
      endedOn,
      status: 'completed',
      outcome: 'education',
    });
    return computeFigures([record], { from: '1800-01-01', to: '2200-12-31' }, '2200-12-31')
      .averageDurationDays;
  }

  it('counts calendar days across leap days, century years and year ends', () => {
    expect(averageDuration('2024-02-28', '2024-03-01')).toBe(2); // leap year
    expect(averageDuration('2023-02-28', '2023-03-01')).toBe(1);
    expect(averageDuration('2000-02-28', '2000-03-01')).toBe(2); // divisible by 400: leap
    expect(averageDuration('1900-02-28', '1900-03-01')).toBe(1); // century: no leap day
    expect(averageDuration('2100-02-28', '2100-03-01')).toBe(1);
    expect(averageDuration('2019-12-31', '2020-01-01')).toBe(1);
    expect(averageDuration('1969-12-31', '1970-01-02')).toBe(2);
    expect(averageDuration('2019-01-01', '2024-01-01')).toBe(1826);
    // No 29 February in a century year that is not divisible by 400: no end, no duration.
    expect(averageDuration('1900-02-01', '1900-02-29')).toBeNull();
  });

  it('treats an impossible end date as no end: the record stays ongoing', () => {
    const record = figureRecord({
      key: 't',
      startedOn: '2023-02-01',
      endedOn: '2023-02-29',
      status: 'completed',
    });
    const figures = computeFigures(
      [record],
      { from: '2023-01-01', to: '2023-12-31' },
      '2023-12-31',
    );
    expect(figures).toMatchObject({ completed: 0, ongoing: 1, averageDurationDays: null });
  });
});
