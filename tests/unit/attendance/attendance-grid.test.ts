import { describe, expect, it } from 'vitest';
import type { AttendanceWeek } from '../../../src-shared/domain/attendance';
import {
  attendanceChanges,
  gridRows,
  gridSchema,
  trajectoryWeeks,
  type GridRow,
} from '../../../src-renderer/features/attendance/attendance-grid';

const stored = (weekStart: string, worked: number, absent = 0): AttendanceWeek => ({
  id: `a-${weekStart}`,
  trajectoryId: 't1',
  weekStart,
  hoursAgreed: 16,
  hoursWorked: worked,
  daysAbsent: absent,
});
const row = (weekStart: string, hoursWorked: string, daysAbsent = '', hoursAgreed = '16') => ({
  weekStart,
  hoursAgreed,
  hoursWorked,
  daysAbsent,
});

describe('trajectoryWeeks', () => {
  it("runs from the start's Monday to this week's Monday while the trajectory runs", () => {
    // Started on Wednesday 11-11; today is Monday 30-11.
    expect(trajectoryWeeks({ startedOn: '2026-11-11', endedOn: null }, '2026-11-30')).toEqual([
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it("stops at the end's week, and is empty before the start", () => {
    expect(
      trajectoryWeeks({ startedOn: '2026-11-02', endedOn: '2026-11-15' }, '2026-12-30'),
    ).toEqual(['2026-11-02', '2026-11-09']);
    expect(trajectoryWeeks({ startedOn: '2026-12-07', endedOn: null }, '2026-11-30')).toEqual([]);
  });
});

describe('gridRows', () => {
  it('shows recorded weeks as recorded (decimal comma) and prefills the agreed hours elsewhere', () => {
    const weeks = ['2026-11-16', '2026-11-23'];
    const recorded = [{ ...stored('2026-11-16', 12.5, 1), hoursAgreed: 20 }];
    expect(gridRows(weeks, recorded, 16)).toEqual([
      row('2026-11-16', '12,5', '1', '20'),
      row('2026-11-23', '', '', '16'),
    ]);
    expect(gridRows(['2026-11-23'], [], null)).toEqual([row('2026-11-23', '', '', '')]);
  });
});

describe('the grid as typed', () => {
  const parse = (rows: GridRow[]) => gridSchema.safeParse({ weeks: rows });

  it('reads a comma as the decimal sign, a blank worked or absent cell as 0, an empty row as none', () => {
    const parsed = parse([
      row('2026-11-16', '12,5'),
      row('2026-11-23', '', '4'),
      row('2026-11-30', ''),
    ]);
    expect(parsed.success && parsed.data.weeks).toEqual([
      { weekStart: '2026-11-16', hoursAgreed: 16, hoursWorked: 12.5, daysAbsent: 0 },
      { weekStart: '2026-11-23', hoursAgreed: 16, hoursWorked: 0, daysAbsent: 4 },
      null,
    ]);
  });

  it('names the cell of a wrong value in Dutch', () => {
    const parsed = parse([row('2026-11-16', '8'), row('2026-11-23', 'acht', '9')]);
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['weeks.1.hoursWorked', 'Vul het aantal uren in.'],
      ['weeks.1.daysAbsent', 'Vul 0 tot 7 dagen in.'],
    ]);
  });
});

describe('attendanceChanges', () => {
  const weeks = ['2026-11-09', '2026-11-16', '2026-11-23'];
  const recorded = [stored('2026-11-09', 16), stored('2026-11-16', 12, 1)];

  it('writes new and changed weeks only, and removes a week the coach emptied', () => {
    const parsed = gridSchema.parse({
      weeks: [row('2026-11-09', '16', '0'), row('2026-11-16', ''), row('2026-11-23', '15')],
    });
    expect(attendanceChanges(parsed, weeks, recorded)).toEqual({
      save: [{ weekStart: '2026-11-23', hoursAgreed: 16, hoursWorked: 15, daysAbsent: 0 }],
      remove: ['a-2026-11-16'],
    });
  });

  it('rewrites a recorded week whose hours changed', () => {
    const parsed = gridSchema.parse({
      weeks: [row('2026-11-09', '14'), row('2026-11-16', '12', '1'), row('2026-11-23', '')],
    });
    expect(attendanceChanges(parsed, weeks, recorded)).toEqual({
      save: [{ weekStart: '2026-11-09', hoursAgreed: 16, hoursWorked: 14, daysAbsent: 0 }],
      remove: [],
    });
  });
});
