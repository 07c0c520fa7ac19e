import type { Training, TrainingInput } from '../../src-shared/domain/training';
import { newId, type InstapDatabase } from '../db/database';
import { putAudited, removeAudited } from './audited-rows';

/** The trainings of a trajectory, in the order they were completed (not yet completed last). */
export async function trainingsOf(db: InstapDatabase, trajectoryId: string): Promise<Training[]> {
  const rows = await db.trainings.where('trajectoryId').equals(trajectoryId).toArray();
  return rows.sort(
    (a, b) =>
      (a.completedOn ?? '9999').localeCompare(b.completedOn ?? '9999') ||
      a.name.localeCompare(b.name, 'nl'),
  );
}

/** Adds a training (no id) or changes one. Parse the input with `trainingInputSchema` first. */
export const saveTraining = (
  db: InstapDatabase,
  trajectoryId: string,
  input: TrainingInput,
  id: string = newId(),
): Promise<Training> => putAudited(db, db.trainings, 'training', { ...input, id, trajectoryId });

export const removeTraining = (db: InstapDatabase, id: string) =>
  removeAudited(db, db.trainings, 'training', id);

export const allTrainings = (db: InstapDatabase) => db.trainings.toArray();
