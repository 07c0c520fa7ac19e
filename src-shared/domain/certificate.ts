import { z } from 'zod';
import { fullName, type Candidate } from './candidate';
import { trajectoryKindSchema } from './codes';
import { isIsoDate } from './dates';
import type { Employer } from './employer';
import type { BuildUpStep, LearningGoal, Trajectory } from './trajectory';

const date = z.string().refine(isIsoDate);
const text = (max: number) => z.string().max(max);
const image = z.custom<Uint8Array>((value) => value instanceof Uint8Array).nullable();

/**
 * Exactly what a certificate (getuigschrift) shows. Stored with its number when first printed,
 * so printing again reproduces the same document whatever changed since.
 */
export const certificateContentSchema = z
  .object({
    organisation: z.object({ name: text(200), place: text(100).nullable() }).strict(),
    logo: image,
    signature: image,
    accentColour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    candidate: z.object({ fullName: text(300), birthDate: date.nullable() }).strict(),
    placement: z
      .object({
        kind: trajectoryKindSchema,
        role: text(200).nullable(),
        employer: text(200).nullable(),
        location: text(200).nullable(),
        startedOn: date,
        endedOn: date,
        hoursPerWeek: z.number().min(0).max(80).nullable(),
      })
      .strict(),
    achievedGoals: z.array(text(1000)).max(200),
    reachedSteps: z.array(z.object({ text: text(500), reachedOn: date }).strict()).max(200),
    personalText: text(5000).nullable(),
    signatory: z.object({ name: text(200).nullable(), function: text(200).nullable() }).strict(),
    issuedOn: date,
  })
  .strict();

export type CertificateContent = z.output<typeof certificateContentSchema>;

/** The content plus its number: one page of a certificate PDF. */
export const printedCertificateSchema = z
  .object({
    number: z.string().regex(/^\d{4}-\d{4,}$|^VOORBEELD$/),
    content: certificateContentSchema,
  })
  .strict();
export type PrintedCertificate = z.output<typeof printedCertificateSchema>;

export type CertificateStatus = 'issued' | 'replaced';

export interface Certificate {
  id: string;
  /** `2026-0007`: year of issue and the next number in that year's series. */
  number: string;
  year: number;
  sequence: number;
  trajectoryId: string;
  candidateId: string;
  issuedAt: string;
  status: CertificateStatus;
  /** The certificate that replaced this one ("Opnieuw uitgeven"). */
  replacedBy: string | null;
  content: CertificateContent;
}

/**
 * What the records put on a certificate: the person, the placement and what was reached (the
 * achieved goals, the reached build-up steps). The organisation's part comes from the settings.
 */
export function certificateFacts(
  candidate: Candidate,
  trajectory: Trajectory & { endedOn: string },
  employer: Employer | undefined,
  goals: readonly LearningGoal[],
  steps: readonly BuildUpStep[],
): Pick<CertificateContent, 'candidate' | 'placement' | 'achievedGoals' | 'reachedSteps'> {
  return {
    candidate: { fullName: fullName(candidate), birthDate: candidate.birthDate },
    placement: {
      kind: trajectory.kind,
      role: trajectory.role,
      employer: employer?.name ?? null,
      location: employer?.locations.find((item) => item.id === trajectory.locationId)?.name ?? null,
      startedOn: trajectory.startedOn,
      endedOn: trajectory.endedOn,
      hoursPerWeek: trajectory.hoursPerWeek,
    },
    achievedGoals: goals.filter((goal) => goal.status === 'achieved').map((goal) => goal.text),
    reachedSteps: steps.flatMap((step) =>
      step.reachedOn ? [{ text: step.text, reachedOn: step.reachedOn }] : [],
    ),
  };
}

export function formatCertificateNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Fills the coach's template: {voornaam}, {naam}, {functie}, {werkgever}, {soort}, {van}, {tot},
 * {uren}. Unknown placeholders stay visible so a typo is noticed on the preview.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

export const defaultCertificateTemplate =
  '{voornaam} heeft bij {werkgever} als {functie} werkervaring opgedaan, {uren} uur per week. ' +
  'In deze periode heeft {voornaam} laten zien wat hij of zij kan en is gegroeid in de onderstaande leerdoelen.';
