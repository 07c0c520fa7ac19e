import type { SampleDataset } from '../../src-shared/sample';
import { audit } from '../db/audit';
import type { InstapDatabase } from '../db/database';

/** Whether the coach has recorded anything yet: sample data only goes into an empty database. */
export async function isDatabaseEmpty(db: InstapDatabase): Promise<boolean> {
  const counts = await Promise.all([
    db.candidates.count(),
    db.trajectories.count(),
    db.employers.count(),
  ]);
  return counts.every((count) => count === 0);
}

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('database-not-empty');
    this.name = 'DatabaseNotEmptyError';
  }
}

/** Loads a data set in one transaction: all of it, or nothing. */
export async function loadDataset(db: InstapDatabase, dataset: SampleDataset): Promise<void> {
  const tables = [
    db.candidates,
    db.employers,
    db.trajectories,
    db.learningGoals,
    db.buildUpSteps,
    db.evaluations,
    db.coachingEntries,
    db.profiles,
    db.certificates,
    db.trainings,
    db.attendance,
    db.openPlacements,
    db.auditLog,
  ];
  await db.transaction('rw', tables, async () => {
    if (!(await isDatabaseEmpty(db))) throw new DatabaseNotEmptyError();
    await db.employers.bulkAdd(dataset.employers);
    await db.candidates.bulkAdd(dataset.candidates);
    await db.trajectories.bulkAdd(dataset.trajectories);
    await db.learningGoals.bulkAdd(dataset.learningGoals);
    await db.buildUpSteps.bulkAdd(dataset.buildUpSteps);
    await db.evaluations.bulkAdd(dataset.evaluations);
    await db.coachingEntries.bulkAdd(dataset.coachingEntries);
    await db.profiles.bulkAdd(dataset.profiles);
    await db.certificates.bulkAdd(dataset.certificates);
    await db.trainings.bulkAdd(dataset.trainings);
    await db.attendance.bulkAdd(dataset.attendance);
    await db.openPlacements.bulkAdd(dataset.openPlacements);
    await audit(db, 'create', 'candidate', 'sample-data', [`count:${dataset.candidates.length}`]);
  });
}
