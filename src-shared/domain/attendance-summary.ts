import { addDays, format, parseISO } from 'date-fns';
import type { AttendanceInput } from './attendance';

/** What the recorded weeks of a trajectory add up to over a period (the progress report's line). */
export interface AttendanceSummary {
  /** Recorded weeks that fall (partly) in the period. */
  weeks: number;
  hoursAgreed: number;
  hoursWorked: number;
  daysAbsent: number;
  /** Hours worked as a share of hours agreed (0.85 = 85 %); null when nothing was agreed. */
  workedShare: number | null;
}

/**
 * Adds up the recorded weeks with at least one day in [from, to] (inclusive dates): a week that
 * straddles the period's start or end counts whole, as the coach recorded it per week. Weeks
 * without a record are not counted: they were not recorded, not zero.
 */
export function attendanceSummary(
  weeks: readonly Pick<
    AttendanceInput,
    'weekStart' | 'hoursAgreed' | 'hoursWorked' | 'daysAbsent'
  >[],
  period: { from: string; to: string },
): AttendanceSummary {
  const summary = { weeks: 0, hoursAgreed: 0, hoursWorked: 0, daysAbsent: 0 };
  for (const week of weeks) {
    const sunday = format(addDays(parseISO(week.weekStart), 6), 'yyyy-MM-dd');
    if (week.weekStart > period.to || sunday < period.from) continue;
    summary.weeks += 1;
    summary.hoursAgreed += week.hoursAgreed;
    summary.hoursWorked += week.hoursWorked;
    summary.daysAbsent += week.daysAbsent;
  }
  // Hours may be halves or tenths: sums are rounded to hundredths so 0.1 + 0.2 reads 0.3.
  const hoursAgreed = hundredths(summary.hoursAgreed);
  const hoursWorked = hundredths(summary.hoursWorked);
  return {
    ...summary,
    hoursAgreed,
    hoursWorked,
    workedShare: hoursAgreed > 0 ? hoursWorked / hoursAgreed : null,
  };
}

const hundredths = (value: number) => Math.round(value * 100) / 100;
