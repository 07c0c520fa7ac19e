import { z } from 'zod';
import { contractTypeSchema, followUpStatusSchema } from '../../../src-shared/domain/codes';
import { optionalCode } from '../../../src-shared/domain/fields';
import { outflowSchema } from '../../../src-shared/domain/outflow';
import type { Trajectory, TrajectoryExtras } from '../../../src-shared/domain/trajectory';
import type { InstapDatabase } from '../../db/database';
import { updateTrajectoryExtras } from '../../data/trajectory-repository';

/**
 * Outflow to paid work (contract type, instruments, in the care sector) and the follow-up after
 * 6 and 12 months. Without a contract type nothing of the outflow is recorded yet; instruments or
 * "in de sector" ask for one.
 */
export const outflowFormSchema = z
  .object({
    contractType: optionalCode(contractTypeSchema),
    instruments: outflowSchema.shape.instruments,
    inSector: z.boolean(),
    months6: optionalCode(followUpStatusSchema),
    months12: optionalCode(followUpStatusSchema),
  })
  .superRefine((values, context) => {
    if (values.contractType === null && (values.instruments.length > 0 || values.inSector)) {
      context.addIssue({
        code: 'custom',
        path: ['contractType'],
        message: 'outflow.contractTypeRequired',
      });
    }
  });
export type OutflowFormValues = z.input<typeof outflowFormSchema>;
export type OutflowForm = z.output<typeof outflowFormSchema>;

export function toOutflowFormValues(
  trajectory: Pick<Trajectory, 'outflow' | 'followUp'>,
): OutflowFormValues {
  return {
    contractType: trajectory.outflow?.contractType ?? '',
    instruments: trajectory.outflow?.instruments ?? [],
    inSector: trajectory.outflow?.inSector ?? false,
    months6: trajectory.followUp.months6 ?? '',
    months12: trajectory.followUp.months12 ?? '',
  };
}

export function toOutflowExtras(values: OutflowForm): Partial<TrajectoryExtras> {
  const { contractType, instruments, inSector, months6, months12 } = values;
  return {
    outflow: contractType === null ? null : { contractType, instruments, inSector },
    followUp: { months6, months12 },
  };
}

export const saveOutflow = (db: InstapDatabase, id: string, values: OutflowForm) =>
  updateTrajectoryExtras(db, id, toOutflowExtras(values));
