import {
  retentionDue,
  type RetentionDue,
  type RetentionPolicy,
} from '../../src-shared/domain/retention';
import { audit } from '../db/audit';
import { now, type InstapDatabase } from '../db/database';
import { personalData, undeclaredTables, type People } from './personal-data';

/** Who is past the retention period on `today`, why and since when (oldest first). */
export async function retentionList(
  db: InstapDatabase,
  today: string,
  policy: RetentionPolicy,
): Promise<RetentionDue[]> {
  const [candidates, trajectories] = await Promise.all([
    db.candidates.toArray(),
    db.trajectories.toArray(),
  ]);
  return retentionDue(candidates, trajectories, today, policy);
}

export async function candidatesPastRetention(
  db: InstapDatabase,
  today: string,
  policy: RetentionPolicy,
) {
  return (await retentionList(db, today, policy)).map((due) => due.candidate);
}

/** The candidates that exist, with every trajectory of theirs (the trashed ones too). */
async function peopleOf(db: InstapDatabase, candidateIds: readonly string[]): Promise<People> {
  const existing = await db.candidates
    .where('id')
    .anyOf([...candidateIds])
    .primaryKeys();
  const trajectoryIds = await db.trajectories.where('candidateId').anyOf(existing).primaryKeys();
  return { candidateIds: existing, trajectoryIds };
}

/** Runs one action on every table that holds people; the caller holds the transaction. */
async function applyToEveryTable(
  db: InstapDatabase,
  people: People,
  action: 'anonymise' | 'erase',
): Promise<void> {
  // A table nobody declared could hold the person: refuse rather than leave them behind.
  const undeclared = undeclaredTables(db);
  if (undeclared.length > 0) throw new Error(`privacy-undeclared-tables:${undeclared.join(',')}`);
  const at = now();
  for (const handling of Object.values(personalData)) {
    if (handling.holdsPeople) await handling[action](db, people, at);
  }
}

/**
 * Anonymises the given candidates and everything about them in every table, in one
 * transaction. Returns how many were not anonymised before; people already anonymised are
 * walked again, so rows an older version of Instap left behind are cleaned as well.
 */
export async function anonymise(
  db: InstapDatabase,
  candidateIds: readonly string[],
): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    const fresh = await db.candidates
      .where('id')
      .anyOf([...candidateIds])
      .filter((candidate) => !candidate.anonymisedAt)
      .primaryKeys();
    await applyToEveryTable(db, await peopleOf(db, candidateIds), 'anonymise');
    for (const id of fresh) await audit(db, 'update', 'candidate', id, ['anonymisedAt']);
    return fresh.length;
  });
}

/**
 * Removes the given candidates for good ("definitief verwijderen"), from every table, in one
 * transaction. Their certificates stay in the register with number, year and status only.
 */
export async function erase(db: InstapDatabase, candidateIds: readonly string[]): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    const people = await peopleOf(db, candidateIds);
    await applyToEveryTable(db, people, 'erase');
    for (const id of people.trajectoryIds) await audit(db, 'purge', 'trajectory', id);
    for (const id of people.candidateIds) await audit(db, 'purge', 'candidate', id);
    return people.candidateIds.length;
  });
}

/** Removes one trajectory for good, with everything recorded in it. */
export async function eraseTrajectory(db: InstapDatabase, trajectoryId: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await applyToEveryTable(db, { candidateIds: [], trajectoryIds: [trajectoryId] }, 'erase');
    await audit(db, 'purge', 'trajectory', trajectoryId);
  });
}
