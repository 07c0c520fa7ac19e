import type { z } from 'zod';
import { optionalText } from '../../../src-shared/domain/fields';
import {
  trajectoryFieldsSchema,
  trajectoryRules,
  type Trajectory,
} from '../../../src-shared/domain/trajectory';

/** The trajectory form: the stored fields plus the employer and location typed by name. */
export const trajectoryFormSchema = trajectoryFieldsSchema
  .extend({ employerName: optionalText(120), locationName: optionalText(120) })
  .superRefine(trajectoryRules);

export type TrajectoryFormOutput = z.output<typeof trajectoryFormSchema>;
export type TrajectoryFormValues = z.input<typeof trajectoryFormSchema>;

export function toTrajectoryFormValues(
  trajectory: Omit<Trajectory, 'hoursPerWeek'> & { hoursPerWeek: number | null },
  employerName: string,
  locationName: string,
): TrajectoryFormValues {
  const blank = (value: string | number | null) => value ?? '';
  return {
    candidateId: trajectory.candidateId,
    kind: trajectory.kind,
    employerId: trajectory.employerId,
    locationId: trajectory.locationId,
    employerName,
    locationName,
    workplaceSupervisor: blank(trajectory.workplaceSupervisor),
    coach: blank(trajectory.coach),
    startedOn: trajectory.startedOn,
    plannedEndOn: blank(trajectory.plannedEndOn),
    hoursPerWeek: blank(trajectory.hoursPerWeek),
    role: blank(trajectory.role),
    status: trajectory.status,
    endedOn: blank(trajectory.endedOn),
    stopReason: blank(trajectory.stopReason),
    outcome: blank(trajectory.outcome),
    outcomeEmployer: blank(trajectory.outcomeEmployer),
    outcomeHours: blank(trajectory.outcomeHours),
    closingNote: blank(trajectory.closingNote),
  };
}

/**
 * True when the trajectory starts before the candidate was discussed. Only a warning: a coach may
 * enter a start that really happened before the meeting was written down, so saving stays allowed.
 * ISO dates compare correctly as strings; an empty start or no discussion date gives no warning.
 */
export function startsBeforeDiscussion(startedOn: string, discussedOn: string | null): boolean {
  return Boolean(startedOn && discussedOn && startedOn < discussedOn);
}
