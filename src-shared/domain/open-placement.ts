import { z } from 'zod';
import { optionalDate, optionalNumber, optionalText, requiredText } from './fields';

/**
 * A placement an employer offers (openstaande plek): the regional meeting matches candidates to
 * it. No personal data: it describes the place, not a person.
 */
export const openPlacementStatuses = ['open', 'filled', 'withdrawn'] as const;
export const openPlacementStatusSchema = z.enum(openPlacementStatuses);
export type OpenPlacementStatus = (typeof openPlacementStatuses)[number];

export const openPlacementInputSchema = z.object({
  location: optionalText(120),
  role: requiredText(120),
  hoursPerWeek: optionalNumber(1, 40),
  availableFrom: optionalDate,
  status: openPlacementStatusSchema,
});
export type OpenPlacementInput = z.output<typeof openPlacementInputSchema>;

export interface OpenPlacement extends OpenPlacementInput {
  id: string;
  employerId: string;
  createdAt: string;
  updatedAt: string;
}
