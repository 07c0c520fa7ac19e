import { z } from 'zod';
import { benefitSchema, notStartedReasonSchema } from './codes';
import {
  id,
  optionalCode,
  optionalDate,
  optionalNumber,
  optionalText,
  requiredText,
} from './fields';

export const referrers = ['uwv', 'municipality', 'wsp', 'other'] as const;

/** The longest line "voor het overleg" (DOMAIN.md, privacy): one line on the meeting agenda. */
export const MEETING_LINE_MAX = 200;
export const referrerSchema = z.enum(referrers);
export type Referrer = (typeof referrers)[number];

/**
 * A candidate as the coach records them: no more than the work needs (AVG). There is no field for
 * a BSN, and the notes say not to record diagnoses.
 */
export const candidateInputSchema = z
  .object({
    firstName: requiredText(60),
    infix: optionalText(20),
    lastName: requiredText(80),
    birthDate: optionalDate,
    phone: optionalText(30),
    email: z.preprocess(
      (value) => (value === '' ? null : value),
      z.email({ error: 'validation.invalidEmail' }).max(120).nullable(),
    ),
    discussedOn: optionalDate,
    benefit: benefitSchema,
    referrer: optionalCode(referrerSchema),
    hoursAvailable: optionalNumber(1, 40),
    motivation: optionalText(2000),
    consentToShare: z.boolean(),
    consentOn: optionalDate,
    /**
     * The one line the coach writes for the regional meeting: the only free text on the agenda
     * besides motivation and learning goals, and shown only with consent.
     */
    meetingLine: optionalText(MEETING_LINE_MAX).refine(
      (line) => line === null || !/[\r\n]/.test(line),
      { error: 'validation.oneLine' },
    ),
  })
  .superRefine((candidate, context) => {
    if (candidate.consentToShare && !candidate.consentOn) {
      context.addIssue({ code: 'custom', path: ['consentOn'], message: 'rules.consentNeedsDate' });
    }
    if (
      candidate.birthDate &&
      candidate.discussedOn &&
      candidate.birthDate > candidate.discussedOn
    ) {
      context.addIssue({
        code: 'custom',
        path: ['birthDate'],
        message: 'rules.birthAfterDiscussed',
      });
    }
  });

export type CandidateInput = z.output<typeof candidateInputSchema>;
export type CandidateFormValues = z.input<typeof candidateInputSchema>;

/**
 * Since schema version 7, saved on their own (src-renderer/data) so the candidate form, which
 * does not hold them, never overwrites them: the municipality (woongemeente), and why a
 * discussed candidate did not start, set when the coach closes the discussion (null: still
 * discussed, or started).
 */
export const candidateExtrasSchema = z.object({
  municipality: optionalText(80),
  notStartedReason: optionalCode(notStartedReasonSchema),
});
export type CandidateExtras = z.output<typeof candidateExtrasSchema>;

export const emptyCandidateExtras = (): CandidateExtras => ({
  municipality: null,
  notStartedReason: null,
});

export interface Candidate extends CandidateInput, CandidateExtras {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Set when moved to the trash; the record stays until purged. */
  deletedAt: string | null;
  /** Set when the retention rule removed the personal data. */
  anonymisedAt: string | null;
}

export const candidateRecordSchema = z.object({
  id,
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  anonymisedAt: z.string().nullable(),
});

/** The few fields of "Nieuwe kandidaat": the rest is filled in on the detail screen. */
export const quickCandidateSchema = z.object({
  firstName: requiredText(60),
  infix: optionalText(20),
  lastName: requiredText(80),
  discussedOn: optionalDate,
});

export function emptyCandidateInput(): CandidateInput {
  return {
    firstName: '',
    infix: null,
    lastName: '',
    birthDate: null,
    phone: null,
    email: null,
    discussedOn: null,
    benefit: 'unknown',
    referrer: null,
    hoursAvailable: null,
    motivation: null,
    consentToShare: false,
    consentOn: null,
    meetingLine: null,
  };
}

/** "Fatma van der Berg": first name, tussenvoegsel, last name. */
export function fullName(person: { firstName: string; infix: string | null; lastName: string }) {
  return [person.firstName, person.infix, person.lastName].filter(Boolean).join(' ');
}

/** Lower case without diacritics, for search: "Çelik" and "celik" meet as "celik". */
export function searchKey(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/[đð]/g, 'd')
    .replace(/ı/g, 'i');
}
