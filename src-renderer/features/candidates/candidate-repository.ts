import {
  emptyCandidateInput,
  type Candidate,
  type CandidateInput,
} from '../../../src-shared/domain/candidate';
import { audit } from '../../db/audit';
import type { InstapDatabase } from '../../db/database';
import { createRecord, setDeleted, updateRecord } from '../../db/records';

export function createCandidate(
  db: InstapDatabase,
  input: Partial<CandidateInput> & Pick<CandidateInput, 'firstName' | 'lastName'>,
): Promise<Candidate> {
  return createRecord(db, db.candidates, 'candidate', {
    ...emptyCandidateInput(),
    ...input,
    anonymisedAt: null,
  });
}

export function updateCandidate(db: InstapDatabase, id: string, input: CandidateInput) {
  return updateRecord(db, db.candidates, 'candidate', id, input);
}

/** To the trash: the candidate and their trajectories disappear from every list until restored. */
export const deleteCandidate = (db: InstapDatabase, id: string) =>
  setDeleted(db, db.candidates, 'candidate', id, true);
export const restoreCandidate = (db: InstapDatabase, id: string) =>
  setDeleted(db, db.candidates, 'candidate', id, false);

/** For good: the candidate with everything recorded about them, in one transaction. */
export async function purgeCandidate(db: InstapDatabase, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.candidates,
      db.trajectories,
      db.learningGoals,
      db.buildUpSteps,
      db.evaluations,
      db.coachingEntries,
      db.profiles,
      db.auditLog,
    ],
    async () => {
      const trajectoryIds = await db.trajectories.where('candidateId').equals(id).primaryKeys();
      for (const trajectoryId of trajectoryIds) await purgeTrajectoryRows(db, trajectoryId);
      await db.candidates.delete(id);
      await audit(db, 'purge', 'candidate', id);
    },
  );
}

/** Removes a trajectory and its children; the caller holds the transaction. */
export async function purgeTrajectoryRows(db: InstapDatabase, trajectoryId: string) {
  await db.learningGoals.where('trajectoryId').equals(trajectoryId).delete();
  await db.buildUpSteps.where('trajectoryId').equals(trajectoryId).delete();
  await db.evaluations.where('trajectoryId').equals(trajectoryId).delete();
  await db.coachingEntries.where('trajectoryId').equals(trajectoryId).delete();
  await db.profiles.delete(trajectoryId);
  await db.trajectories.delete(trajectoryId);
  await audit(db, 'purge', 'trajectory', trajectoryId);
}
