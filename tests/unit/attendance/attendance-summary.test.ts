import { describe, expect, it } from 'vitest';
import { attendanceSummary } from '../../../src-shared/domain/attendance-summary';

const week = (weekStart: string, hoursAgreed: number, hoursWorked: number, daysAbsent: number) => ({
  weekStart,
  hoursAgreed,
  hoursWorked,
  daysAbsent,
});

describe('attendanceSummary', () => {
  const weeks = [
    week('2026-10-26', 16, 16, 0),
    week('2026-11-02', 16, 12, 1),
    week('2026-11-09', 16, 0, 4),
    week('2026-11-16', 20, 18.5, 0),
  ];

  it('adds up hours agreed and worked and days absent over the recorded weeks', () => {
    expect(attendanceSummary(weeks, { from: '2026-10-26', to: '2026-11-22' })).toEqual({
      weeks: 4,
      hoursAgreed: 68,
      hoursWorked: 46.5,
      daysAbsent: 5,
      workedShare: 46.5 / 68,
    });
  });

  it('counts a week with one day in the period, and none that lies wholly outside', () => {
    // 01-11 is the Sunday of the week of 26-10; 16-11 is the Monday of the last week.
    expect(attendanceSummary(weeks, { from: '2026-11-01', to: '2026-11-16' }).weeks).toBe(4);
    // From the Monday after the week of 26-10 up to the Sunday before the week of 16-11.
    const middle = attendanceSummary(weeks, { from: '2026-11-02', to: '2026-11-15' });
    expect(middle).toMatchObject({ weeks: 2, hoursAgreed: 32, hoursWorked: 12, daysAbsent: 5 });
  });

  it('says nothing was agreed rather than dividing by zero, and rounds sums of tenths', () => {
    expect(attendanceSummary([], { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      weeks: 0,
      hoursAgreed: 0,
      hoursWorked: 0,
      daysAbsent: 0,
      workedShare: null,
    });
    const tenths = [week('2026-11-02', 0.1, 0.1, 0), week('2026-11-09', 0.2, 0.2, 0)];
    expect(attendanceSummary(tenths, { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({
      hoursAgreed: 0.3,
      hoursWorked: 0.3,
      workedShare: 1,
    });
  });
});
