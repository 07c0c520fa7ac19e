import { z } from 'zod';
import { benefitApprovalSchema } from '../../../src-shared/domain/benefit-approval';
import { optionalCode } from '../../../src-shared/domain/fields';
import {
  trajectoryExtrasSchema,
  type Trajectory,
  type TrajectoryExtras,
} from '../../../src-shared/domain/trajectory';
import type { InstapDatabase } from '../../db/database';
import { updateTrajectoryExtras } from '../../data/trajectory-repository';

const approval = benefitApprovalSchema.shape;

/**
 * Programme and the benefit agency's approval (DOMAIN.md): one form beside the trajectory form.
 * The approval's fields are the domain's, so a file number that is a BSN is refused here as it is
 * in the data layer; without an agency there is no approval, and its other fields need one.
 */
export const placementDetailsSchema = z
  .object({
    programme: trajectoryExtrasSchema.shape.programme,
    agency: optionalCode(approval.agency),
    office: approval.office,
    consultant: approval.consultant,
    approvedOn: approval.approvedOn,
    fileNumber: approval.fileNumber,
  })
  .superRefine((values, context) => {
    const filled = [values.office, values.consultant, values.approvedOn, values.fileNumber];
    if (values.agency === null && filled.some((value) => value !== null)) {
      context.addIssue({ code: 'custom', path: ['agency'], message: 'approval.agencyRequired' });
    }
  });
export type PlacementDetailsValues = z.input<typeof placementDetailsSchema>;
export type PlacementDetails = z.output<typeof placementDetailsSchema>;

export function toPlacementDetailsValues(
  trajectory: Pick<Trajectory, 'programme' | 'benefitApproval'>,
): PlacementDetailsValues {
  const given = trajectory.benefitApproval;
  return {
    programme: trajectory.programme ?? '',
    agency: given?.agency ?? '',
    office: given?.office ?? '',
    consultant: given?.consultant ?? '',
    approvedOn: given?.approvedOn ?? '',
    fileNumber: given?.fileNumber ?? '',
  };
}

export function toExtras({
  programme,
  agency,
  ...rest
}: PlacementDetails): Partial<TrajectoryExtras> {
  return { programme, benefitApproval: agency === null ? null : { agency, ...rest } };
}

export const savePlacementDetails = (db: InstapDatabase, id: string, values: PlacementDetails) =>
  updateTrajectoryExtras(db, id, toExtras(values));

/** Labels used before, for the programme field's suggestions, most used first. */
export function programmeSuggestions(
  trajectories: readonly Pick<Trajectory, 'programme' | 'deletedAt'>[],
): string[] {
  const counts = new Map<string, number>();
  for (const { programme, deletedAt } of trajectories) {
    if (programme && !deletedAt) counts.set(programme, (counts.get(programme) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))
    .map(([label]) => label);
}
