import { z } from 'zod';
import { MEETING_LINE_MAX, referrerSchema } from './candidate';
import { approvalAgencySchema } from './benefit-approval';
import { coachingKindSchema } from './coaching';
import {
  benefitSchema,
  contractTypeSchema,
  followUpStatusSchema,
  goalStatusSchema,
  notStartedReasonSchema,
  outflowInstrumentSchema,
  outcomeSchema,
  stopReasonSchema,
  trajectoryKindSchema,
} from './codes';
import { isIsoDate } from './dates';
import { trajectoryStatusSchema } from './trajectory';

/**
 * Inzage (AVG article 15): everything the organisation holds about one person, as the renderer
 * reads it from every table and the main process prints it as a readable Dutch document. The
 * schema only bounds what crosses the IPC boundary; the texts are the person's own data.
 */

const date = z.string().refine(isIsoDate, { error: 'moet een datum JJJJ-MM-DD zijn' });
const text = (max: number) => z.string().max(max);
const many = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

const goalSchema = z.object({ text: text(1000), status: goalStatusSchema }).strict();

const trajectorySchema = z
  .object({
    kind: trajectoryKindSchema,
    employer: text(300).nullable(),
    location: text(300).nullable(),
    role: text(300).nullable(),
    workplaceSupervisor: text(300).nullable(),
    coach: text(300).nullable(),
    startedOn: date,
    plannedEndOn: date.nullable(),
    endedOn: date.nullable(),
    status: trajectoryStatusSchema,
    stopReason: stopReasonSchema.nullable(),
    outcome: outcomeSchema.nullable(),
    outcomeEmployer: text(300).nullable(),
    outcomeHours: z.number().min(0).max(80).nullable(),
    hoursPerWeek: z.number().min(0).max(80).nullable(),
    closingNote: text(5000).nullable(),
    inTrash: z.boolean(),
    goals: many(goalSchema, 200),
    steps: many(z.object({ text: text(600), reachedOn: date.nullable() }).strict(), 200),
    evaluations: many(
      z
        .object({
          date,
          notes: text(5000).nullable(),
          progress: many(
            z
              .object({ goal: text(1000), status: goalStatusSchema, remark: text(1000).nullable() })
              .strict(),
            200,
          ),
        })
        .strict(),
      500,
    ),
    contacts: many(
      z
        .object({
          date,
          kind: coachingKindSchema,
          minutes: z.number().int().min(0).max(1440),
          note: text(2000).nullable(),
          internal: z.boolean(),
          goal: text(1000).nullable(),
        })
        .strict(),
      5000,
    ),
    profile: z
      .object({
        brings: text(2000).nullable(),
        needs: text(2000).nullable(),
        asks: text(2000).nullable(),
        offers: text(2000).nullable(),
        matchingNote: text(2000).nullable(),
      })
      .strict()
      .nullable(),
    certificates: many(
      z
        .object({ number: text(20), issuedOn: date, status: z.enum(['issued', 'replaced']) })
        .strict(),
      50,
    ),
    // "More of the programme" (schema version 7).
    programme: text(200).nullable(),
    benefitApproval: z
      .object({
        agency: approvalAgencySchema,
        office: text(200).nullable(),
        consultant: text(200).nullable(),
        approvedOn: date.nullable(),
        fileNumber: text(100).nullable(),
      })
      .strict()
      .nullable(),
    outflow: z
      .object({
        contractType: contractTypeSchema,
        instruments: many(outflowInstrumentSchema, 6),
        inSector: z.boolean(),
      })
      .strict()
      .nullable(),
    followUp: z
      .object({
        months6: followUpStatusSchema.nullable(),
        months12: followUpStatusSchema.nullable(),
      })
      .strict(),
    trainings: many(
      z
        .object({ name: text(300), completedOn: date.nullable(), withCertificate: z.boolean() })
        .strict(),
      200,
    ),
    /** Attendance in short: the weeks recorded and their totals (no reasons are kept). */
    attendance: z
      .object({
        weeks: z.number().int().min(0),
        from: date.nullable(),
        to: date.nullable(),
        hoursAgreed: z.number().min(0),
        hoursWorked: z.number().min(0),
        daysAbsent: z.number().int().min(0),
      })
      .strict(),
  })
  .strict();
export type SubjectAccessTrajectory = z.output<typeof trajectorySchema>;

export const subjectAccessReportSchema = z
  .object({
    organisation: text(200),
    coach: text(200).nullable(),
    madeOn: date,
    person: z
      .object({
        fullName: text(300),
        birthDate: date.nullable(),
        phone: text(100).nullable(),
        email: text(200).nullable(),
        registeredOn: date,
        discussedOn: date.nullable(),
        benefit: benefitSchema,
        referrer: referrerSchema.nullable(),
        hoursAvailable: z.number().min(0).max(80).nullable(),
        motivation: text(5000).nullable(),
        consentToShare: z.boolean(),
        consentOn: date.nullable(),
        meetingLine: text(MEETING_LINE_MAX).nullable(),
        municipality: text(200).nullable(),
        notStartedReason: notStartedReasonSchema.nullable(),
        anonymisedOn: date.nullable(),
        inTrash: z.boolean(),
      })
      .strict(),
    trajectories: many(trajectorySchema, 100),
    /** The record of changes: how many, and when the last one was (field names only). */
    changes: z.object({ count: z.number().int().min(0), lastOn: date.nullable() }).strict(),
    retention: z
      .object({
        yearsAfterEnd: z.number().int().min(1).max(30),
        yearsAfterDiscussion: z.number().int().min(1).max(30),
        /** The day the data goes at the latest, if it can be said yet (no running trajectory). */
        until: date.nullable(),
      })
      .strict(),
  })
  .strict();
export type SubjectAccessReport = z.output<typeof subjectAccessReportSchema>;

/**
 * `inzage-1a2b3c4d-2026-11-23`: the PDF and the JSON of one request share it. The reference is a
 * piece of the internal id, not the name: file names show up in lists where names should not.
 */
export function inzageFileStem(reference: string, madeOn: string): string {
  return `inzage-${reference}-${madeOn}`;
}

export const inzageReferenceSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
