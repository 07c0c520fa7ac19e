import type { z } from 'zod';
import {
  candidateExtrasSchema,
  candidateInputSchema,
  type Candidate,
} from '../../../src-shared/domain/candidate';
import type { InstapDatabase } from '../../db/database';
import { updateCandidate, updateCandidateExtras } from '../../data/candidate-repository';

/** The candidate screen's form: the candidate's fields and, beside them, the municipality. */
export const candidateFormSchema = candidateInputSchema.safeExtend({
  municipality: candidateExtrasSchema.shape.municipality,
});
export type CandidateFormValues = z.input<typeof candidateFormSchema>;
export type CandidateFormOutput = z.output<typeof candidateFormSchema>;

/** One save, one transaction: the form's fields and the municipality commit together. */
export function saveCandidateForm(
  db: InstapDatabase,
  id: string,
  { municipality, ...input }: CandidateFormOutput,
): Promise<Candidate> {
  return db.transaction('rw', [db.candidates, db.trajectories, db.auditLog], async () => {
    await updateCandidate(db, id, input);
    return updateCandidateExtras(db, id, { municipality });
  });
}

/** The form shows '' for nothing; the schema turns it back into null. */
export function toCandidateFormValues(candidate: Candidate): CandidateFormValues {
  return {
    firstName: candidate.firstName,
    infix: candidate.infix ?? '',
    lastName: candidate.lastName,
    birthDate: candidate.birthDate ?? '',
    phone: candidate.phone ?? '',
    email: candidate.email ?? '',
    municipality: candidate.municipality ?? '',
    discussedOn: candidate.discussedOn ?? '',
    benefit: candidate.benefit,
    referrer: candidate.referrer ?? '',
    hoursAvailable: candidate.hoursAvailable ?? '',
    motivation: candidate.motivation ?? '',
    consentToShare: candidate.consentToShare,
    consentOn: candidate.consentOn ?? '',
    meetingLine: candidate.meetingLine ?? '',
  };
}
