import type { z } from 'zod';
import {
  type openPlacementInputSchema,
  type OpenPlacement,
  type OpenPlacementStatus,
} from '../../../src-shared/domain/open-placement';

export type OpenPlacementFormValues = z.input<typeof openPlacementInputSchema>;

/** A new placement is open; the form shows '' for nothing. */
export function toOpenPlacementFormValues(
  placement: OpenPlacement | null,
): OpenPlacementFormValues {
  return {
    location: placement?.location ?? '',
    role: placement?.role ?? '',
    hoursPerWeek: placement?.hoursPerWeek ?? '',
    availableFrom: placement?.availableFrom ?? '',
    status: placement?.status ?? 'open',
  };
}

/** Per status how many placements an employer has: the list's one-line summary. */
export function countByStatus(
  placements: readonly Pick<OpenPlacement, 'status'>[],
): Record<OpenPlacementStatus, number> {
  const counts = { open: 0, filled: 0, withdrawn: 0 };
  for (const { status } of placements) counts[status] += 1;
  return counts;
}
