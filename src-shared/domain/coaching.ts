import { z } from 'zod';
import { goalStatusSchema, trajectoryKindSchema } from './codes';
import { isIsoDate } from './dates';
import { approvalAgencySchema, looksLikeBsn } from './benefit-approval';
import { id, isoDate, optionalDate, optionalNumber, optionalText } from './fields';

/**
 * The coaching log of a trajectory (begeleiding): dated contacts with their kind and duration,
 * a short note that can be marked internal (never leaves the app), optionally about one learning
 * goal. And the worker and workplace profile of the trajectory. Messages are i18n keys.
 */

export const coachingKinds = ['work-floor', 'phone', 'three-way', 'authority', 'other'] as const;
export const coachingKindSchema = z.enum(coachingKinds);
export type CoachingKind = (typeof coachingKinds)[number];

export const MAX_MINUTES = 600;

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

export const coachingEntryInputSchema = z.object({
  trajectoryId: id,
  date: isoDate,
  kind: coachingKindSchema,
  minutes: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    z
      .number({ error: 'coaching.minutesRequired' })
      .int({ error: 'coaching.minutesWhole' })
      .min(1, { error: 'coaching.minutesRange' })
      .max(MAX_MINUTES, { error: 'coaching.minutesRange' }),
  ),
  note: optionalText(1000),
  internal: z.boolean(),
  goalId: z.preprocess(emptyToNull, id.nullable()),
});
export type CoachingEntryInput = z.output<typeof coachingEntryInputSchema>;

export interface CoachingEntry extends CoachingEntryInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** Werknemersprofiel and werkprofiel: one row per trajectory, keyed by the trajectory's id. */
export const profileInputSchema = z.object({
  brings: optionalText(2000),
  needs: optionalText(2000),
  asks: optionalText(2000),
  offers: optionalText(2000),
  matchingNote: optionalText(1000),
});
export type ProfileInput = z.output<typeof profileInputSchema>;

export interface TrajectoryProfile extends ProfileInput {
  trajectoryId: string;
  updatedAt: string;
}

export const emptyProfile: ProfileInput = {
  brings: null,
  needs: null,
  asks: null,
  offers: null,
  matchingNote: null,
};

// ---------------------------------------------------------------------------------------------
// The progress report (voortgangsrapportage) as the renderer builds it and the main process
// prints it. It has no place for internal notes: the renderer leaves them out before sending.

const date = z.string().refine(isIsoDate, { error: 'moet een datum JJJJ-MM-DD zijn' });
const text = (max: number) => z.string().max(max);

/** Interim (tussentijds) or final (eindrapportage): the coach's choice. */
export const reportKinds = ['interim', 'final'] as const;
export const reportKindSchema = z.enum(reportKinds);
export type ReportKind = (typeof reportKinds)[number];

/** Is paid work expected after the placement? */
export const paidWorkExpectations = ['yes', 'no', 'unknown'] as const;
export const paidWorkExpectationSchema = z.enum(paidWorkExpectations);

const prognosisShape = {
  paidWorkExpected: paidWorkExpectationSchema,
  expectedFrom: date.nullable(),
  expectedWork: text(200).nullable(),
  expectedHours: z.number().min(1).max(40).nullable(),
};

export const progressReportSchema = z
  .object({
    kind: reportKindSchema,
    /**
     * From the trajectory's benefit approval: who receives the report. The file number is the
     * agency's dossier number (a BSN is refused where it is recorded); never a BSN.
     */
    addressee: z
      .object({
        agency: approvalAgencySchema,
        office: text(120).nullable(),
        consultant: text(80).nullable(),
        fileNumber: text(40)
          .refine((number) => !looksLikeBsn(number), { error: 'mag geen BSN zijn' })
          .nullable(),
      })
      .strict()
      .nullable(),
    organisation: text(200),
    place: text(200).nullable(),
    coach: text(200).nullable(),
    madeOn: date,
    period: z.object({ from: date, to: date }).strict(),
    candidate: z.object({ fullName: text(300), birthDate: date.nullable() }).strict(),
    trajectory: z
      .object({
        kind: trajectoryKindSchema,
        role: text(300).nullable(),
        employer: text(300).nullable(),
        location: text(300).nullable(),
        workplaceSupervisor: text(300).nullable(),
        startedOn: date,
        plannedEndOn: date.nullable(),
        endedOn: date.nullable(),
        hoursPerWeek: z.number().min(0).max(80).nullable(),
      })
      .strict(),
    goals: z
      .array(
        z
          .object({
            text: text(1000),
            /** The status before the period (the last evaluation before it), null if none. */
            statusBefore: goalStatusSchema.nullable(),
            status: goalStatusSchema,
            evaluations: z
              .array(
                z
                  .object({ date, status: goalStatusSchema, remark: text(1000).nullable() })
                  .strict(),
              )
              .max(200),
          })
          .strict(),
      )
      .max(100),
    evaluationDates: z.array(date).max(200),
    steps: z.array(z.object({ text: text(600), reachedOn: date.nullable() }).strict()).max(100),
    contacts: z
      .array(
        z
          .object({
            date,
            kind: coachingKindSchema,
            minutes: z.number().int().min(0).max(MAX_MINUTES),
            note: text(2000).nullable(),
            goal: text(1000).nullable(),
          })
          .strict(),
      )
      .max(5000),
    minutesSinceStart: z.number().int().min(0),
    /** The recorded weeks of the period added up; null when none was recorded. */
    attendance: z
      .object({
        weeks: z.number().int().min(1).max(600),
        hoursAgreed: z.number().min(0),
        hoursWorked: z.number().min(0),
        daysAbsent: z.number().int().min(0),
      })
      .strict()
      .nullable(),
    prognosis: z.object(prognosisShape).strict(),
    problems: text(4000),
    agreements: text(4000),
    conclusion: text(4000),
    nextSteps: text(4000),
  })
  .strict();
export type ProgressReport = z.output<typeof progressReportSchema>;

/** What the coach enters in the dialog before the report is made. */
export const progressReportFormSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    kind: reportKindSchema,
    paidWorkExpected: paidWorkExpectationSchema,
    expectedFrom: optionalDate,
    expectedWork: optionalText(200),
    expectedHours: optionalNumber(1, 40),
    problems: z.string().trim().max(4000),
    agreements: z.string().trim().max(4000),
    conclusion: z.string().trim().min(1, { error: 'coaching.conclusionRequired' }).max(4000),
    nextSteps: z.string().trim().max(4000),
  })
  .refine((value) => value.from <= value.to, { error: 'coaching.periodOrder', path: ['to'] });
export type ProgressReportForm = z.output<typeof progressReportFormSchema>;
export type ProgressReportFormValues = z.input<typeof progressReportFormSchema>;

/** The dialog before the coach writes anything: a period, the kind, no prognosis yet. */
export function blankReportForm(
  period: { from: string; to: string },
  kind: ReportKind,
): ProgressReportForm {
  return {
    ...period,
    kind,
    paidWorkExpected: 'unknown',
    expectedFrom: null,
    expectedWork: null,
    expectedHours: null,
    problems: '',
    agreements: '',
    conclusion: '',
    nextSteps: '',
  };
}
