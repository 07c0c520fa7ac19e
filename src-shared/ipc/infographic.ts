import { z } from 'zod';
import {
  benefitSchema,
  followUpStatusSchema,
  notStartedReasonSchema,
  outcomeSchema,
  outcomes,
  statusSchema,
  stopReasonSchema,
  stopReasons,
  trajectoryKindSchema,
} from '../domain/codes';
import type { Outcome, StopReason } from '../domain/codes';
import { isIsoDate } from '../domain/dates';
import { notStartedGroups, type NotStartedGroup } from '../figures';
import { imageProblem } from '../images/check';

/**
 * The request of `pdf:infographic`: figure records (never names or notes), a title and an optional
 * logo as bytes. No field takes a URL or a file path: the PDF can load nothing from elsewhere.
 */

export const MAX_INFOGRAPHIC_RECORDS = 200_000;
const isoDate = z.string().refine(isIsoDate, { error: 'moet een datum JJJJ-MM-DD zijn' });
const count = z.number().int().nonnegative();

export const figureRecordSchema = z
  .object({
    key: z.string().min(1).max(300),
    candidateKey: z.string().min(1).max(300),
    kind: trajectoryKindSchema,
    employer: z.string().max(1000).nullable(),
    benefit: benefitSchema.nullable(),
    discussedOn: isoDate.nullable(),
    startedOn: isoDate.nullable(),
    endedOn: isoDate.nullable(),
    status: statusSchema,
    stopReason: stopReasonSchema.nullable(),
    outcome: outcomeSchema.nullable(),
    // "More of the programme": codes and a label; of the outflow only whether it is in the sector.
    notStartedReason: notStartedReasonSchema.nullable().optional(),
    programme: z.string().max(200).nullable().optional(),
    outflow: z.object({ inSector: z.boolean() }).nullable().optional(),
    followUp: z
      .object({
        months6: followUpStatusSchema.nullable(),
        months12: followUpStatusSchema.nullable(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

function countsPer<K extends string>(codes: readonly K[]) {
  const shape = {} as Record<K, typeof count>;
  for (const code of codes) shape[code] = count;
  return z.object(shape).strict();
}

export const figuresSchema = z
  .object({
    discussed: count,
    started: count,
    employers: count,
    completed: count,
    completedToPaidWork: count,
    ongoing: count,
    stopped: count,
    outcomes: countsPer<Outcome>(outcomes),
    stopReasons: countsPer<StopReason>(stopReasons),
    averageDurationDays: z.number().nullable(),
    // Null where a partner's file does not supply it (regional totals): "niet aangeleverd".
    notStarted: countsPer<NotStartedGroup>(notStartedGroups).nullable(),
    sustained6Months: z.object({ due: count, employed: count }).strict().nullable(),
    sustained12Months: z.object({ due: count, employed: count }).strict().nullable(),
    toPaidWorkInSector: count.nullable(),
  })
  .strict();

const name = z.string().trim().min(1).max(200);

export const infographicRequestSchema = z
  .object({
    title: z
      .object({
        organisation: name,
        region: z.string().trim().max(200).nullable(),
        regional: z.boolean(),
      })
      .strict(),
    period: z
      .object({ from: isoDate, to: isoDate })
      .strict()
      .refine((p) => p.from <= p.to, { error: 'het begin ligt na het einde', path: ['to'] }),
    referenceDate: isoDate,
    records: z.array(figureRecordSchema).max(MAX_INFOGRAPHIC_RECORDS),
    /** The organisation's logo (settings), judged by its bytes as everywhere: checkImage. */
    logo: z
      .instanceof(Uint8Array, { error: 'moet de bytes van een PNG- of JPEG-afbeelding zijn' })
      .superRefine((bytes, context) => {
        const problem = imageProblem(bytes);
        if (problem !== null) context.addIssue({ code: 'custom', message: problem });
      })
      .nullable()
      .optional(),
    /** Regional: the figures per organisation (regionalFigures' perOrganisation). */
    perOrganisation: z
      .array(z.object({ name, figures: figuresSchema }).strict())
      .max(1000)
      .nullable()
      .optional(),
    /** Regional: the total of regionalFigures, when counts-only exports take part. */
    total: figuresSchema.nullable().optional(),
    /** Regional: `summary.employerStarts` of the counts-only exports taking part. */
    employerStarts: z
      .array(z.object({ employer: z.string().max(1000), started: count }).strict())
      .max(100_000)
      .nullable()
      .optional(),
  })
  .strict();

export type InfographicRequest = z.input<typeof infographicRequestSchema>;

export interface InfographicFile {
  /** The PDF. */
  bytes: Uint8Array;
  /** Suggested name, e.g. `infographic-2019.pdf`. */
  fileName: string;
}
