import { z } from 'zod';
import {
  contractTypeSchema,
  followUpStatusSchema,
  outflowInstrumentSchema,
  type IsoDate,
} from './codes';
import { addMonthsToIsoDate } from './dates';

/**
 * Outflow to paid work and the follow-up after it (DOMAIN.md, "More of the programme"): recorded
 * only with outcome `paid-work`; the follow-up is due 6 and 12 months after `endedOn`.
 */
export const outflowSchema = z.object({
  contractType: contractTypeSchema,
  /** Several may apply; `none` says none did (an empty list: not recorded). */
  instruments: z
    .array(outflowInstrumentSchema)
    .max(6)
    .refine((list) => new Set(list).size === list.length, {
      error: 'Kies elk instrument één keer.',
    })
    .refine((list) => !list.includes('none') || list.length === 1, {
      error: '"Geen" instrument gaat niet samen met een ander instrument.',
    }),
  inSector: z.boolean(),
});
export type Outflow = z.output<typeof outflowSchema>;

/** Null: not checked yet. */
export const followUpSchema = z.object({
  months6: followUpStatusSchema.nullable(),
  months12: followUpStatusSchema.nullable(),
});
export type FollowUp = z.output<typeof followUpSchema>;

export const emptyFollowUp = (): FollowUp => ({ months6: null, months12: null });

export const followUpMonths = { months6: 6, months12: 12 } as const;
export type FollowUpMoment = keyof typeof followUpMonths;

/** The day a follow-up moment falls due: `endedOn` + 6 or 12 months (end of month clamped). */
export function followUpDueOn(endedOn: IsoDate, moment: FollowUpMoment): IsoDate {
  return addMonthsToIsoDate(endedOn, followUpMonths[moment]);
}

/**
 * The follow-up moments of a paid-work outflow that are due on `today` and not yet checked: what
 * the coach is asked to do (on the candidate, and in the to-do overview of a later issue).
 */
export function dueFollowUps(
  trajectory: { outcome: string | null; endedOn: IsoDate | null; followUp: FollowUp },
  today: IsoDate,
): FollowUpMoment[] {
  const { endedOn } = trajectory;
  if (trajectory.outcome !== 'paid-work' || endedOn === null) return [];
  return (Object.keys(followUpMonths) as FollowUpMoment[]).filter(
    (moment) => trajectory.followUp[moment] === null && followUpDueOn(endedOn, moment) <= today,
  );
}
