import { z } from 'zod';
import { id, requiredText } from './fields';

export const locationSchema = z.object({ id, name: requiredText(120) });
export type EmployerLocation = z.output<typeof locationSchema>;

export const employerInputSchema = z.object({
  name: requiredText(120),
  locations: z.array(locationSchema).max(100),
});
export type EmployerInput = z.output<typeof employerInputSchema>;

export interface Employer extends EmployerInput {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
