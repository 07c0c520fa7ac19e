import { describe, expect, it } from 'vitest';
import {
  hoursPerCompletedTrajectory,
  inPeriod,
  minutesPerCandidate,
  minutesPerCoach,
  minutesPerMonth,
  minutesPerTrajectory,
  totalMinutes,
  type HoursEntry,
  type HoursTrajectory,
} from '../../../src-shared/domain/coaching-hours';
import { coachingEntryInputSchema } from '../../../src-shared/domain/coaching';

const trajectory = (
  id: string,
  candidateId: string,
  coach: string | null,
  change: Partial<HoursTrajectory> = {},
): HoursTrajectory => ({
  id,
  candidateId,
  coach,
  status: 'completed',
  startedOn: '2026-02-01',
  endedOn: '2026-07-31',
  deletedAt: null,
  ...change,
});

const entry = (trajectoryId: string, date: string, minutes: number): HoursEntry => ({
  trajectoryId,
  date,
  minutes,
});

const trajectories = [
  trajectory('t1', 'c1', 'Sanne Bakker'),
  trajectory('t2', 'c1', ' sanne  bakker ', { startedOn: '2025-03-01', endedOn: '2025-08-31' }),
  trajectory('t3', 'c2', 'Joost Mulder'),
  trajectory('t4', 'c3', null),
];

const entries = [
  entry('t1', '2026-01-31', 30),
  entry('t1', '2026-02-01', 45),
  entry('t1', '2026-02-28', 60),
  entry('t1', '2026-03-01', 15),
  entry('t2', '2025-12-31', 90),
  entry('t3', '2026-02-15', 120),
  entry('t4', '2026-02-15', 20),
  entry('unknown', '2026-02-15', 999),
];

describe('coaching hours', () => {
  it('adds up per trajectory and per candidate over their trajectories', () => {
    expect(totalMinutes(entries.slice(0, 4))).toBe(150);
    expect(minutesPerTrajectory(entries).get('t1')).toBe(150);
    const perCandidate = minutesPerCandidate(entries, trajectories);
    expect(perCandidate.get('c1')).toBe(240);
    expect(perCandidate.get('c2')).toBe(120);
    expect(perCandidate.has('unknown')).toBe(false);
  });

  it('puts each entry in the month of its date, boundaries exact, months in order', () => {
    const months = minutesPerMonth(entries.filter((e) => e.trajectoryId !== 'unknown'));
    expect([...months.keys()]).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(months.get('2025-12')).toBe(90);
    expect(months.get('2026-01')).toBe(30);
    expect(months.get('2026-02')).toBe(45 + 60 + 120 + 20);
    expect(months.get('2026-03')).toBe(15);
  });

  it('takes a period inclusive at both ends', () => {
    const february = inPeriod(entries, { from: '2026-02-01', to: '2026-02-28' });
    expect(totalMinutes(february.filter((e) => e.trajectoryId === 't1'))).toBe(105);
  });

  it('counts per coach of the trajectory, names compared trimmed and case-insensitively', () => {
    const perCoach = minutesPerCoach(entries, trajectories);
    expect(perCoach.get('Sanne Bakker')).toBe(150 + 90);
    expect(perCoach.get('Joost Mulder')).toBe(120);
    expect(perCoach.get(null)).toBe(20);
    expect(perCoach.size).toBe(3);
  });

  it('gives the spread per completed trajectory of the cohort, unlogged ones apart', () => {
    const cohort = [
      trajectory('a', 'c1', 'X'),
      trajectory('b', 'c2', 'X'),
      trajectory('c', 'c3', 'Y'),
      trajectory('d', 'c4', 'Y'),
      trajectory('e', 'c5', 'Y'), // completed, nothing logged
      trajectory('f', 'c6', 'Y', { status: 'ongoing', endedOn: null }),
      trajectory('g', 'c7', 'Y', { status: 'stopped' }),
      trajectory('h', 'c8', 'Y', { startedOn: '2025-12-31' }), // outside the cohort
      trajectory('i', 'c9', 'Y', { endedOn: '2027-01-02' }), // ends after the reference date
      trajectory('j', 'c10', 'Y', { deletedAt: '2026-08-01T00:00:00Z' }),
    ];
    const log = [
      entry('a', '2026-02-02', 120),
      entry('a', '2026-03-02', 60), // a: 3 h
      entry('b', '2026-02-03', 600), // b: 10 h
      entry('c', '2026-04-01', 90), // c: 1.5 h
      entry('d', '2026-05-01', 300), // d: 5 h
      ...['f', 'g', 'h', 'i', 'j'].map((id) => entry(id, '2026-03-03', 600)),
    ];
    const spread = hoursPerCompletedTrajectory(
      log,
      cohort,
      { from: '2026-01-01', to: '2026-12-31' },
      '2026-12-31',
    );
    expect(spread).toEqual({
      count: 4,
      unlogged: 1,
      average: (3 + 10 + 1.5 + 5) / 4,
      min: 1.5,
      median: 4,
      max: 10,
    });
    const odd = hoursPerCompletedTrajectory(
      log.slice(0, 4),
      cohort,
      { from: '2026-01-01', to: '2026-12-31' },
      '2026-12-31',
    );
    expect(odd.median).toBe(3);
    const empty = hoursPerCompletedTrajectory(
      log,
      cohort,
      { from: '2024-01-01', to: '2024-12-31' },
      '2026-12-31',
    );
    expect(empty).toEqual({
      count: 0,
      unlogged: 0,
      average: null,
      min: null,
      median: null,
      max: null,
    });
  });

  it('checks an entry: minutes 1–600 whole, note at most 1000, empty goal is none', () => {
    const base = {
      trajectoryId: 't1',
      date: '2026-02-01',
      kind: 'phone',
      minutes: '30',
      note: '  ',
      internal: false,
      goalId: '',
    };
    expect(coachingEntryInputSchema.parse(base)).toMatchObject({
      minutes: 30,
      note: null,
      goalId: null,
    });
    for (const minutes of ['0', '601', '12.5', '']) {
      expect(coachingEntryInputSchema.safeParse({ ...base, minutes }).success, minutes).toBe(false);
    }
    expect(coachingEntryInputSchema.safeParse({ ...base, note: 'x'.repeat(1001) }).success).toBe(
      false,
    );
    expect(coachingEntryInputSchema.safeParse({ ...base, kind: 'email' }).success).toBe(false);
  });
});
