import { isMonday, parseISO } from 'date-fns';
import { z } from 'zod';
import { isoDate } from './fields';

/**
 * Attendance per week of a trajectory: hours agreed, hours worked, days absent. Deliberately no
 * reason for an absence: that would be medical information (DOMAIN.md, privacy). One row per
 * trajectory and week, the week named by its Monday.
 */
const hours = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    z
      .number({ error: 'Vul het aantal uren in.' })
      .min(0, { error: `Vul 0 tot ${max} uur in.` })
      .max(max, { error: `Vul 0 tot ${max} uur in.` }),
  );

export const attendanceInputSchema = z.object({
  weekStart: isoDate.refine((date) => isMonday(parseISO(date)), {
    error: 'Een week begint op maandag.',
  }),
  hoursAgreed: hours(40),
  hoursWorked: hours(60),
  daysAbsent: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    z
      .number({ error: 'Vul het aantal dagen in.' })
      .int({ error: 'Vul hele dagen in.' })
      .min(0, { error: 'Vul 0 tot 7 dagen in.' })
      .max(7, { error: 'Vul 0 tot 7 dagen in.' }),
  ),
});
export type AttendanceInput = z.output<typeof attendanceInputSchema>;

export interface AttendanceWeek extends AttendanceInput {
  id: string;
  trajectoryId: string;
}
