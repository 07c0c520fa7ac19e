import { z } from 'zod';
import { notStartedReasons, type NotStartedReason } from '../../../src-shared/domain/codes';
import type { InstapDatabase } from '../../db/database';
import { updateCandidateExtras } from '../../data/candidate-repository';

/**
 * Closing a discussion (DOMAIN.md, notStartedReason): the coach says why a discussed candidate
 * did not start. Until then the candidate is simply discussed and counts as `waiting`.
 */
export const closeDiscussionSchema = z.object({
  // The select starts on '' (no reason chosen yet).
  reason: z.string().pipe(z.enum(notStartedReasons, { error: 'discussion.reasonRequired' })),
});
export type CloseDiscussionValues = z.input<typeof closeDiscussionSchema>;
export type CloseDiscussion = z.output<typeof closeDiscussionSchema>;

export const closeDiscussion = (
  db: InstapDatabase,
  candidateId: string,
  reason: NotStartedReason,
) => updateCandidateExtras(db, candidateId, { notStartedReason: reason });

/** Back to "besproken": the candidate may still start. */
export const reopenDiscussion = (db: InstapDatabase, candidateId: string) =>
  updateCandidateExtras(db, candidateId, { notStartedReason: null });
