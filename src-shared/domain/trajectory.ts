import { addMonths, formatISO, parseISO } from 'date-fns';
import { z } from 'zod';
import { benefitApprovalSchema } from './benefit-approval';
import {
  goalStatusSchema,
  outcomeSchema,
  stopReasonSchema,
  trajectoryKindSchema,
  type TrajectoryKind,
} from './codes';
import {
  id,
  isoDate,
  optionalCode,
  optionalDate,
  optionalNumber,
  optionalText,
  requiredText,
} from './fields';
import { emptyFollowUp, followUpSchema, outflowSchema } from './outflow';

/** A trajectory exists once it started; "discussed" belongs to the candidate without one. */
export const trajectoryStatuses = ['ongoing', 'completed', 'stopped'] as const;
export const trajectoryStatusSchema = z.enum(trajectoryStatuses);
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];

/** Months until the planned end, by kind: a WEP runs 3–6 months, a trial placement about 2. */
export const plannedMonthsByKind: Record<TrajectoryKind, number> = {
  'work-experience': 6,
  'trial-placement': 2,
  'work-study': 12,
  other: 3,
};

export function defaultPlannedEnd(kind: TrajectoryKind, startedOn: string): string {
  return formatISO(addMonths(parseISO(startedOn), plannedMonthsByKind[kind]), {
    representation: 'date',
  });
}

export const trajectoryFieldsSchema = z.object({
  candidateId: id,
  kind: trajectoryKindSchema,
  employerId: id.nullable(),
  locationId: id.nullable(),
  workplaceSupervisor: optionalText(80),
  coach: optionalText(80),
  startedOn: isoDate,
  plannedEndOn: optionalDate,
  hoursPerWeek: optionalNumber(1, 40).refine((hours) => hours !== null, {
    error: 'rules.hoursRequired',
  }),
  role: optionalText(120),
  status: trajectoryStatusSchema,
  endedOn: optionalDate,
  stopReason: optionalCode(stopReasonSchema),
  outcome: optionalCode(outcomeSchema),
  outcomeEmployer: optionalText(120),
  outcomeHours: optionalNumber(1, 40),
  closingNote: optionalText(2000),
});

type TrajectoryFields = z.output<typeof trajectoryFieldsSchema>;

/**
 * The rules of a trajectory, with i18n keys as messages so the form shows them inline: end not
 * before start, planned end after start, closing needs an end date, stopping a reason. Applied to
 * the stored shape and to the form's (which adds employer and location names).
 */
export function trajectoryRules(trajectory: TrajectoryFields, context: z.RefinementCtx): void {
  const issue = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  if (trajectory.plannedEndOn && trajectory.plannedEndOn <= trajectory.startedOn) {
    issue('plannedEndOn', 'rules.plannedEndAfterStart');
  }
  if (trajectory.endedOn && trajectory.endedOn < trajectory.startedOn) {
    issue('endedOn', 'rules.endBeforeStart');
  }
  if (trajectory.status === 'ongoing' && trajectory.endedOn) {
    issue('endedOn', 'rules.ongoingHasNoEnd');
  }
  if (trajectory.status !== 'ongoing' && !trajectory.endedOn) {
    issue('endedOn', 'rules.closedNeedsEnd');
  }
  if (trajectory.status === 'stopped' && !trajectory.stopReason) {
    issue('stopReason', 'rules.stoppedNeedsReason');
  }
  if (trajectory.status !== 'stopped' && trajectory.stopReason) {
    issue('stopReason', 'rules.reasonOnlyWhenStopped');
  }
}

export const trajectoryInputSchema = trajectoryFieldsSchema.superRefine(trajectoryRules);

export type TrajectoryInput = z.output<typeof trajectoryInputSchema>;

/**
 * What the coach records about a trajectory beside its form (DOMAIN.md, "More of the
 * programme"), since schema version 7. Each part is saved on its own (src-renderer/data), so the
 * trajectory form, which does not hold them, never overwrites them.
 */
export const trajectoryExtrasSchema = z.object({
  /** A label such as "WEP Trein"; figures can be filtered by it. */
  programme: optionalText(80),
  benefitApproval: benefitApprovalSchema.nullable(),
  /** Only with outcome `paid-work`. */
  outflow: outflowSchema.nullable(),
  /** Only with outcome `paid-work`; both null until checked. */
  followUp: followUpSchema,
});
export type TrajectoryExtras = z.output<typeof trajectoryExtrasSchema>;

export const emptyTrajectoryExtras = (): TrajectoryExtras => ({
  programme: null,
  benefitApproval: null,
  outflow: null,
  followUp: emptyFollowUp(),
});

export const OUTFLOW_NEEDS_PAID_WORK =
  'Contractvorm, instrumenten en nazorg horen bij uitstroom naar betaald werk.';

type OutflowParts = Pick<TrajectoryInput, 'outcome'> &
  Pick<TrajectoryExtras, 'outflow' | 'followUp'>;

/**
 * Outflow details and follow-up belong to an outflow to paid work: the field that breaks that
 * rule, or null.
 */
export function outflowWithoutPaidWork(trajectory: OutflowParts): 'outflow' | 'followUp' | null {
  if (trajectory.outcome === 'paid-work') return null;
  if (trajectory.outflow !== null) return 'outflow';
  const { months6, months12 } = trajectory.followUp;
  return months6 !== null || months12 !== null ? 'followUp' : null;
}

export function extrasRules(trajectory: OutflowParts, context: z.RefinementCtx): void {
  const field = outflowWithoutPaidWork(trajectory);
  if (field) context.addIssue({ code: 'custom', path: [field], message: OUTFLOW_NEEDS_PAID_WORK });
}

export interface Trajectory extends TrajectoryInput, TrajectoryExtras {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** At most one running trajectory per candidate: checked against the candidate's others. */
export function runningConflict(
  trajectory: Pick<Trajectory, 'status'> & { id?: string },
  others: readonly Pick<Trajectory, 'id' | 'status' | 'deletedAt'>[],
): boolean {
  return (
    trajectory.status === 'ongoing' &&
    others.some(
      (other) => other.id !== trajectory.id && other.status === 'ongoing' && !other.deletedAt,
    )
  );
}

export const learningGoalInputSchema = z.object({
  text: requiredText(500),
  status: goalStatusSchema,
});
export type LearningGoalInput = z.output<typeof learningGoalInputSchema>;
export interface LearningGoal extends LearningGoalInput {
  id: string;
  trajectoryId: string;
  order: number;
}

export const buildUpStepInputSchema = z.object({
  text: requiredText(300),
  reachedOn: optionalDate,
});
export type BuildUpStepInput = z.output<typeof buildUpStepInputSchema>;
export interface BuildUpStep extends BuildUpStepInput {
  id: string;
  trajectoryId: string;
  order: number;
}

export const goalProgressSchema = z.object({
  goalId: id,
  status: goalStatusSchema,
  remark: optionalText(500),
});
export const evaluationInputSchema = z.object({
  date: isoDate,
  notes: optionalText(4000),
  progress: z.array(goalProgressSchema),
});
export type EvaluationInput = z.output<typeof evaluationInputSchema>;
export interface Evaluation extends EvaluationInput {
  id: string;
  trajectoryId: string;
}

/** Per candidate the trajectory that started last (the trash left out): the one lists show. */
export function latestTrajectoryPerCandidate<
  T extends Pick<Trajectory, 'candidateId' | 'startedOn' | 'deletedAt'>,
>(trajectories: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const trajectory of trajectories) {
    if (trajectory.deletedAt) continue;
    const current = latest.get(trajectory.candidateId);
    if (!current || trajectory.startedOn > current.startedOn) {
      latest.set(trajectory.candidateId, trajectory);
    }
  }
  return latest;
}
