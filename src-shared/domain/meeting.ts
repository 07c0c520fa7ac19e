import { z } from 'zod';
import { goalStatusSchema } from './codes';
import { isIsoDate } from './dates';

/**
 * The agenda of the six-weekly regional meeting, as the renderer builds it and the main process
 * prints it. Names are already reduced to initials where there is no consent; the schema only
 * bounds what crosses the IPC boundary.
 */

const date = z.string().refine(isIsoDate, { error: 'moet een datum JJJJ-MM-DD zijn' });
const text = (max: number) => z.string().max(max);

const agendaPersonShape = {
  candidateId: z.string().min(1).max(100),
  /** Full name with recorded consent, otherwise initials only. */
  displayName: text(300),
  named: z.boolean(),
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
    latestEvaluation: z
      .object({ date, notes: text(5000).nullable() })
      .strict()
      .nullable(),
    goals: z.array(z.object({ text: text(1000), status: goalStatusSchema }).strict()).max(200),
  })
  .strict();
export type RunningItem = z.output<typeof runningItemSchema>;

export const newItemSchema = z
  .object({
    ...agendaPersonShape,
    discussedOn: date.nullable(),
    hoursAvailable: z.number().min(0).max(80).nullable(),
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
