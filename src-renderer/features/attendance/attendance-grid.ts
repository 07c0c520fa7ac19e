import { addWeeks, format, parseISO, startOfISOWeek } from 'date-fns';
import { z } from 'zod';
import { attendanceInputSchema, type AttendanceWeek } from '../../../src-shared/domain/attendance';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import type { AttendanceChanges } from '../../data/attendance-repository';

/**
 * The week grid of Presentie: one row per week of the trajectory, typed as text so "7,5" is
 * accepted; a row the coach left empty (no hours worked, no days absent) is not a recorded week.
 */

export interface GridRow {
  weekStart: string;
  hoursAgreed: string;
  hoursWorked: string;
  daysAbsent: string;
}
export interface GridValues {
  weeks: GridRow[];
}

const monday = (date: string) => format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');

/** The Mondays from the start's week to the end's week, or to this week while it runs. */
export function trajectoryWeeks(
  trajectory: Pick<Trajectory, 'startedOn' | 'endedOn'>,
  today: string,
): string[] {
  const last = monday(trajectory.endedOn ?? today);
  const weeks: string[] = [];
  for (let week = monday(trajectory.startedOn); week <= last;) {
    weeks.push(week);
    week = format(addWeeks(parseISO(week), 1), 'yyyy-MM-dd');
  }
  return weeks;
}

const text = (value: number) => String(value).replace('.', ',');

/** The grid as the form starts: recorded weeks as recorded, the others with the agreed hours. */
export function gridRows(
  weeks: readonly string[],
  recorded: readonly AttendanceWeek[],
  hoursPerWeek: number | null,
): GridRow[] {
  const byWeek = new Map(recorded.map((row) => [row.weekStart, row]));
  return weeks.map((weekStart) => {
    const row = byWeek.get(weekStart);
    if (row) {
      return {
        weekStart,
        hoursAgreed: text(row.hoursAgreed),
        hoursWorked: text(row.hoursWorked),
        daysAbsent: text(row.daysAbsent),
      };
    }
    return {
      weekStart,
      hoursAgreed: hoursPerWeek === null ? '' : text(hoursPerWeek),
      hoursWorked: '',
      daysAbsent: '',
    };
  });
}

const typed = (value: string) => value.trim().replace(',', '.');

/**
 * A row as the coach typed it: empty (worked and absent both blank) is "not recorded"; otherwise
 * a blank worked or absent cell reads as 0, so a week is "14 Tab Enter" or "0 Tab 4 Enter".
 */
const gridRowSchema = z
  .object({
    weekStart: z.string(),
    hoursAgreed: z.string(),
    hoursWorked: z.string(),
    daysAbsent: z.string(),
  })
  .transform((row): z.input<typeof attendanceInputSchema> | null => {
    if (typed(row.hoursWorked) === '' && typed(row.daysAbsent) === '') return null;
    return {
      weekStart: row.weekStart,
      hoursAgreed: typed(row.hoursAgreed),
      hoursWorked: typed(row.hoursWorked) || '0',
      daysAbsent: typed(row.daysAbsent) || '0',
    };
  })
  .pipe(attendanceInputSchema.nullable());

export const gridSchema = z.object({ weeks: z.array(gridRowSchema) });
export type ParsedGrid = z.output<typeof gridSchema>;

/** What saving the grid writes: new and changed weeks, and the ids of emptied ones. */
export function attendanceChanges(
  parsed: ParsedGrid,
  weeks: readonly string[],
  recorded: readonly AttendanceWeek[],
): AttendanceChanges {
  const byWeek = new Map(recorded.map((row) => [row.weekStart, row]));
  const changes: AttendanceChanges = { save: [], remove: [] };
  parsed.weeks.forEach((row, index) => {
    const before = byWeek.get(weeks[index] as string);
    if (row === null) {
      if (before) changes.remove.push(before.id);
      return;
    }
    const same =
      before &&
      before.hoursAgreed === row.hoursAgreed &&
      before.hoursWorked === row.hoursWorked &&
      before.daysAbsent === row.daysAbsent;
    if (!same) changes.save.push(row);
  });
  return changes;
}
