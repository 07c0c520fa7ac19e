import {
  candidateExtrasSchema,
  emptyCandidateExtras,
  emptyCandidateInput,
  type Candidate,
  type CandidateExtras,
  type CandidateInput,
} from '../../src-shared/domain/candidate';
import type { InstapDatabase } from '../db/database';
import { createRecord, setDeleted, updateRecord } from '../db/records';

export function createCandidate(
  db: InstapDatabase,
  input: Partial<CandidateInput> & Pick<CandidateInput, 'firstName' | 'lastName'>,
): Promise<Candidate> {
  return createRecord(db, db.candidates, 'candidate', {
    ...emptyCandidateInput(),
    ...emptyCandidateExtras(),
    ...input,
    anonymisedAt: null,
  });
}

export function updateCandidate(db: InstapDatabase, id: string, input: CandidateInput) {
  return updateRecord(db, db.candidates, 'candidate', id, input);
}

/**
 * The candidate's municipality (woongemeente) and why a discussed candidate did not start
 * (closing the discussion; null reopens it). Saved apart from the candidate form, which does not
 * hold them. Throws a ZodError for a value the schema refuses.
 */
export async function updateCandidateExtras(
  db: InstapDatabase,
  id: string,
  changes: Partial<CandidateExtras>,
) {
  return updateRecord(
    db,
    db.candidates,
    'candidate',
    id,
    candidateExtrasSchema.partial().parse(changes),
  );
}

/** To the trash: the candidate and their trajectories disappear from every list until restored. */
export const deleteCandidate = (db: InstapDatabase, id: string) =>
  setDeleted(db, db.candidates, 'candidate', id, true);
export const restoreCandidate = (db: InstapDatabase, id: string) =>
  setDeleted(db, db.candidates, 'candidate', id, false);

/** Reads for the screens; `null` (not undefined) tells a live query "loaded, but not found". */
export const findCandidate = async (db: InstapDatabase, id: string) =>
  (await db.candidates.get(id)) ?? null;
/** Every candidate, those in the trash and anonymised ones included: screens filter. */
export const allCandidates = (db: InstapDatabase) => db.candidates.toArray();
