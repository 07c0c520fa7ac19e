import { z } from 'zod';
import { optionalDate, requiredText } from './fields';

/**
 * A training or course followed during a trajectory (HACCP, tillen, taal…): it goes on the
 * getuigschrift. Kept like learning goals, one row per training, by trajectory.
 */
export const trainingInputSchema = z.object({
  name: requiredText(120),
  completedOn: optionalDate,
  withCertificate: z.boolean(),
});
export type TrainingInput = z.output<typeof trainingInputSchema>;

export interface Training extends TrainingInput {
  id: string;
  trajectoryId: string;
}
