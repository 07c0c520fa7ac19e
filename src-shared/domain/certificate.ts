import { z } from 'zod';
import { fullName, type Candidate } from './candidate';
import { trajectoryKindSchema, type TrajectoryKind } from './codes';
import { isIsoDate } from './dates';
import type { Employer } from './employer';
import type { LearningGoal, Trajectory } from './trajectory';

const date = z.string().refine(isIsoDate);
const text = (max: number) => z.string().max(max);
const image = z.custom<Uint8Array>((value) => value instanceof Uint8Array).nullable();

const training = z
  .object({ name: text(200), completedOn: date.nullable(), withCertificate: z.boolean() })
  .strict();

/** The MBO work processes practised (DOMAIN.md: so a school can build a praktijkverklaring on it). */
const workProcesses = z
  .object({
    qualification: text(200),
    crebo: z.string().regex(/^\d{5}$/),
    level: z.number().int().min(1).max(4),
    processes: z.array(text(300)).max(40),
  })
  .strict();

/**
 * Exactly what a certificate (getuigschrift) shows. Stored with its number when first printed,
 * so printing again reproduces the same document whatever changed since. The fields marked
 * optional arrived later: snapshots issued before them lack them and print without those parts.
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
        /** The praktijkbegeleider, named as the reference a future employer can ask. */
        supervisor: text(200).nullable().optional(),
      })
      .strict(),
    /** The goals the coach chose to show, phrased as what the person can do. */
    achievedGoals: z.array(text(1000)).max(200),
    /** Only in snapshots issued before build-up steps were left off (internal planning): never printed. */
    reachedSteps: z.array(z.object({ text: text(500), reachedOn: date }).strict()).max(200),
    /** The testimonial's text: generated from the facts, edited by the coach before issue. */
    personalText: text(5000).nullable(),
    /** Werkzaamheden: what the person did, in the coach's words. */
    duties: text(3000).nullable().optional(),
    trainings: z.array(training).max(100).optional(),
    workProcesses: workProcesses.nullable().optional(),
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

/** Whole weeks the placement lasted (at least 1) and the hours in all they add up to. */
export function placementLength(
  placement: Pick<CertificateContent['placement'], 'startedOn' | 'endedOn' | 'hoursPerWeek'>,
): { weeks: number; totalHours: number | null } {
  const days = (Date.parse(placement.endedOn) - Date.parse(placement.startedOn)) / 86_400_000 + 1;
  const weeks = Math.max(1, Math.round(days / 7));
  if (placement.hoursPerWeek === null) return { weeks, totalHours: null };
  const total = (days / 7) * placement.hoursPerWeek;
  // Hours were agreed per week, not clocked: a round figure says "about" honestly.
  return { weeks, totalHours: total >= 100 ? Math.round(total / 10) * 10 : Math.round(total) };
}

/**
 * A role as it reads mid-sentence: "Gastvrouw/gastheer restaurant" → "gastvrouw/gastheer
 * restaurant"; an abbreviation or a name ("ICT-medewerker", "HACCP") keeps its capitals.
 */
export function roleInSentence(role: string): string {
  const first = role.trim().split(/[\s/-]/)[0] ?? '';
  return /^\p{Lu}[\p{Ll}]*$/u.test(first)
    ? role.trim().charAt(0).toLowerCase() + role.trim().slice(1)
    : role.trim();
}

/**
 * "Zorgcentrum De Linde, locatie Kampen": the employer and the location or department as
 * recorded, joined by a comma (a location named "Locatie Kampen" is not given a second "locatie").
 */
export function workplaceInSentence(employer: string, location: string | null): string {
  const place = (location ?? '').trim();
  if (place === '') return employer;
  const glued = /^(locatie|afdeling|vestiging|team|unit)\b/i.test(place)
    ? place.charAt(0).toLowerCase() + place.slice(1)
    : place;
  return employer === '' ? glued : `${employer}, ${glued}`;
}

const kindVerb: Record<TrajectoryKind, string> = {
  'work-experience': 'werkervaring opgedaan',
  'trial-placement': 'in een proefplaatsing gewerkt',
  'work-study': 'in een leerwerktraject gewerkt en geleerd',
  other: 'werkervaring opgedaan',
};

const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const spelledDate = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/**
 * The facts as a testimonial's opening sentences: who, where, as what, from when to when, how
 * many weeks and hours. The person by name, no pronoun, no exam words.
 */
export function factsSentences(
  content: Pick<CertificateContent, 'candidate' | 'placement' | 'organisation'>,
): string {
  const p = content.placement;
  const where = workplaceInSentence(
    (p.employer ?? '').trim() || content.organisation.name.trim(),
    p.location,
  );
  const role = (p.role ?? '').trim();
  const { weeks, totalHours } = placementLength(p);
  const first =
    `${content.candidate.fullName.trim()} heeft van ${spelledDate(p.startedOn)} tot en met ` +
    `${spelledDate(p.endedOn)} ${kindVerb[p.kind]}` +
    `${where === '' ? '' : ` bij ${where}`}` +
    // "bij De Linde, locatie Kampen, als gastvrouw": the inserted location is closed off.
    `${role === '' ? '' : `${where.includes(',') ? ',' : ''} als ${roleInSentence(role)}`}.`;
  const span = `${weeks} ${weeks === 1 ? 'week' : 'weken'}`;
  const hours = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
  const second =
    p.hoursPerWeek === null || totalHours === null
      ? `Dat waren ${span}.`
      : `Dat waren ${span} van ${hours.format(p.hoursPerWeek)} uur per week, in totaal ongeveer ${hours.format(totalHours)} uur.`;
  return `${first} ${second}`;
}

/**
 * Goals that say something about a limitation rather than about the work (getting there alone,
 * the language, a daily rhythm, health, money): off by default, shown only when the coach
 * chooses (DOMAIN.md). The coach sees and can change every choice before issue.
 */
const LIMITATION =
  /\b(reizen|reist|fiets\w*|openbaar vervoer|ov|bus|trein|vervoer|nederlands\w*|taal\w*|spreken|lezen|schrijven|rekenen|dagritme|dagstructuur|ritme|zelfvertrouwen|gezondheid|medicatie|medicijnen|verslaving|schulden|geldzaken|financi\w*|persoonlijke (hygiëne|verzorging))\b/iu;

export function revealsLimitation(goal: string): boolean {
  return LIMITATION.test(goal);
}

export interface GoalChoice {
  goalId: string;
  /** As the certificate prints it: the goal's text unless the coach rephrased it. */
  text: string;
  shown: boolean;
}

/** The achieved goals a certificate may show, in order, with the default choice. */
export function goalChoices(goals: readonly LearningGoal[]): GoalChoice[] {
  return goals
    .filter((goal) => goal.status === 'achieved')
    .map((goal) => ({ goalId: goal.id, text: goal.text, shown: !revealsLimitation(goal.text) }));
}

export const shownGoals = (choices: readonly GoalChoice[]): string[] =>
  choices
    .filter((choice) => choice.shown && choice.text.trim() !== '')
    .map((choice) => choice.text.trim());

/**
 * What the records put on a certificate: the person, the placement, the supervisor and the
 * achieved goals shown by default. Build-up steps are internal planning and stay off. The
 * organisation's part comes from the settings.
 */
export function certificateFacts(
  candidate: Candidate,
  trajectory: Trajectory & { endedOn: string },
  employer: Employer | undefined,
  goals: readonly LearningGoal[],
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
      supervisor: trajectory.workplaceSupervisor,
    },
    achievedGoals: shownGoals(goalChoices(goals)),
    reachedSteps: [],
  };
}

/**
 * A certificate is signed by someone for an organisation: without both it reads "Hierbij wordt
 * verklaard" over an empty signature. Issuing (one or a batch) is refused until they are set;
 * the message says what is missing and where to fill it in.
 */
export function issueRefusal(
  content: Pick<CertificateContent, 'organisation' | 'signatory'>,
): string | null {
  const missing = [
    content.organisation.name.trim() === '' ? 'Naam organisatie' : null,
    (content.signatory.name ?? '').trim() === '' ? 'Naam ondertekenaar' : null,
  ].filter((label) => label !== null);
  if (missing.length === 0) return null;
  return (
    `Het getuigschrift kan nog niet worden uitgegeven: vul eerst ${missing.map((label) => `"${label}"`).join(' en ')} ` +
    'in bij Instellingen, onder Organisatie.'
  );
}

export class CertificateIssueRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertificateIssueRefused';
  }
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

/** The closing line under the facts, set in Instellingen; it leads into the lists below. */
export const defaultCertificateTemplate =
  'Hieronder staat wat {voornaam} in deze periode heeft gedaan en geleerd.';

/** The default before testimonials: settings saved with it get the new default instead. */
const formerDefaultTemplate =
  '{voornaam} heeft bij {werkgever} als {functie} werkervaring opgedaan, {uren} uur per week. ' +
  'In deze periode heeft {voornaam} laten zien wat hij of zij kan en is gegroeid in de onderstaande leerdoelen.';

export function closingTemplate(stored: string): string {
  return stored.trim() === formerDefaultTemplate ? defaultCertificateTemplate : stored;
}
