import { z } from 'zod';
import { MEETING_LINE_MAX } from './candidate';
import { goalStatusSchema } from './codes';
import { isIsoDate } from './dates';

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

export const meetingAgendaSchema = z
  .object({
    meetingDate: date,
    running: z.array(runningItemSchema).max(5000),
    newCandidates: z.array(newItemSchema).max(5000),
  })
  .strict();
export type MeetingAgenda = z.output<typeof meetingAgendaSchema>;
