import { addDays, format, parseISO } from 'date-fns';
import { z } from 'zod';
import { MEETING_LINE_MAX, type Candidate } from './candidate';
import { goalStatusSchema } from './codes';
import { isIsoDate } from './dates';
import type { Trajectory } from './trajectory';

/**
 * The agenda of the six-weekly regional meeting, as the renderer builds it and the main process
 * prints it; it goes to about eleven organisations. Names are already reduced to initials where
 * there is no consent. Free text is only what was written for leaving (DOMAIN.md, privacy):
 * motivation, learning goals and the line "voor het overleg", and only with consent. The schemas
 * are strict and have no place for evaluation, coaching or closing notes.
 */

const date = z.string().refine(isIsoDate, { error: 'moet een datum JJJJ-MM-DD zijn' });
const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0).max(1000);

const agendaPersonShape = {
  candidateId: z.string().min(1).max(100),
  /** Full name with recorded consent, otherwise initials only. */
  displayName: text(300),
  named: z.boolean(),
  /** The coach's one line for the meeting; null without consent. */
  meetingLine: text(MEETING_LINE_MAX).nullable(),
};

export const agendaPersonSchema = z.object(agendaPersonShape).strict();
export type AgendaPerson = z.output<typeof agendaPersonSchema>;

/**
 * What needs the meeting's attention in a running placement: the planned end has passed, it ends
 * within two weeks, or the latest evaluation (or the start, without one) is older than the
 * evaluation interval of Instellingen.
 */
/** Discussed within this many days before the meeting and not started: "new" on the agenda. */
export const NEW_CANDIDATE_DAYS = 91;

/** Consent recorded on or before the meeting: the region may see the candidate's name. */
export function sharesNameOn(
  candidate: Pick<Candidate, 'consentToShare' | 'consentOn'>,
  meetingDate: string,
): boolean {
  return candidate.consentToShare && !!candidate.consentOn && candidate.consentOn <= meetingDate;
}

/**
 * Where a candidate stands on the agenda of `meetingDate` (one rule for the agenda and for
 * Vandaag's consent reminder): in a placement running on that day, new (discussed within
 * NEW_CANDIDATE_DAYS before it, never started, the discussion not closed with a reason), or not
 * on it (null).
 */
export function agendaPlace<T extends Pick<Trajectory, 'startedOn' | 'endedOn'>>(
  candidate: Pick<Candidate, 'discussedOn' | 'notStartedReason'>,
  trajectories: readonly T[],
  meetingDate: string,
): { running: T } | { discussedOn: string } | null {
  const running = trajectories.find(
    (t) => t.startedOn <= meetingDate && (t.endedOn === null || t.endedOn >= meetingDate),
  );
  if (running) return { running };
  const newSince = format(addDays(parseISO(meetingDate), -NEW_CANDIDATE_DAYS), 'yyyy-MM-dd');
  const discussedOn = candidate.discussedOn;
  const isNew =
    trajectories.length === 0 &&
    !candidate.notStartedReason &&
    !!discussedOn &&
    discussedOn <= meetingDate &&
    discussedOn >= newSince;
  return isNew ? { discussedOn } : null;
}

export const attentionFlags = ['end-passed', 'ends-soon', 'evaluation-late'] as const;
export type AttentionFlag = (typeof attentionFlags)[number];

/** "eindigt binnen 2 weken": a planned end this many days after the meeting or sooner. */
export const ENDS_SOON_DAYS = 14;

export function attentionFor(
  item: { startedOn: string; plannedEndOn: string | null; latestEvaluationOn: string | null },
  meetingDate: string,
  evaluationWeeks: number,
): AttentionFlag[] {
  const day = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');
  const flags: AttentionFlag[] = [];
  const end = item.plannedEndOn;
  if (end !== null && end < meetingDate) flags.push('end-passed');
  else if (end !== null && end <= day(meetingDate, ENDS_SOON_DAYS)) flags.push('ends-soon');
  const since = item.latestEvaluationOn ?? item.startedOn;
  if (day(since, evaluationWeeks * 7) <= meetingDate) flags.push('evaluation-late');
  return flags;
}

export const runningItemSchema = z
  .object({
    ...agendaPersonShape,
    trajectoryId: z.string().min(1).max(100),
    employer: text(300).nullable(),
    role: text(300).nullable(),
    startedOn: date,
    plannedEndOn: date.nullable(),
    /** The date of the latest evaluation; what it says stays in the file. */
    latestEvaluationOn: date.nullable(),
    /** How far the learning goals are, for everyone: counts, no text. */
    goalCounts: z.object({ achieved: count, inProgress: count, open: count }).strict(),
    /** The goals themselves, with consent only (otherwise empty). */
    goals: z.array(z.object({ text: text(1000), status: goalStatusSchema }).strict()).max(200),
    /** attentionFor on the meeting date: dates only, so for everyone. */
    attention: z.array(z.enum(attentionFlags)).max(attentionFlags.length),
  })
  .strict();
export type RunningItem = z.output<typeof runningItemSchema>;

export const newItemSchema = z
  .object({
    ...agendaPersonShape,
    discussedOn: date.nullable(),
    hoursAvailable: z.number().min(0).max(80).nullable(),
    /** With consent only. */
    motivation: text(5000).nullable(),
  })
  .strict();
export type NewItem = z.output<typeof newItemSchema>;

/** A place an employer offers (status open): it describes the place, never a person. */
export const agendaPlacementSchema = z
  .object({
    employer: text(300),
    location: text(300).nullable(),
    role: text(300),
    hoursPerWeek: z.number().min(0).max(80).nullable(),
    availableFrom: date.nullable(),
  })
  .strict();
export type AgendaPlacement = z.output<typeof agendaPlacementSchema>;

export const meetingAgendaSchema = z
  .object({
    meetingDate: date,
    running: z.array(runningItemSchema).max(5000),
    newCandidates: z.array(newItemSchema).max(5000),
    /** Open placements, grouped per employer by the order: employer, then available from. */
    openPlacements: z.array(agendaPlacementSchema).max(5000),
  })
  .strict();
export type MeetingAgenda = z.output<typeof meetingAgendaSchema>;
