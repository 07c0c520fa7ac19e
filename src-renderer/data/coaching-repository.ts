import type {
  CoachingEntry,
  CoachingEntryInput,
  ProfileInput,
  TrajectoryProfile,
} from '../../src-shared/domain/coaching';
import { audit, changedFields } from '../db/audit';
import { newId, now, type InstapDatabase } from '../db/database';

/** The coaching log and the profile: every write in one transaction with its audit entry. */

export async function coachingEntriesOf(
  db: InstapDatabase,
  trajectoryId: string,
): Promise<CoachingEntry[]> {
  const entries = await db.coachingEntries.where('trajectoryId').equals(trajectoryId).toArray();
  return entries.sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

export async function addCoachingEntry(
  db: InstapDatabase,
  input: CoachingEntryInput,
): Promise<CoachingEntry> {
  const stamp = now();
  const entry: CoachingEntry = { ...input, id: newId(), createdAt: stamp, updatedAt: stamp };
  await db.transaction('rw', db.coachingEntries, db.auditLog, async () => {
    await db.coachingEntries.add(entry);
    await audit(db, 'create', 'coachingEntry', entry.id, changedFields(undefined, input));
  });
  return entry;
}

export async function updateCoachingEntry(
  db: InstapDatabase,
  id: string,
  input: CoachingEntryInput,
): Promise<void> {
  await db.transaction('rw', db.coachingEntries, db.auditLog, async () => {
    const before = await db.coachingEntries.get(id);
    if (!before) return;
    const next: CoachingEntry = { ...before, ...input, updatedAt: now() };
    const fields = changedFields(before, next);
    if (fields.length === 0) return;
    await db.coachingEntries.put(next);
    await audit(db, 'update', 'coachingEntry', id, fields);
  });
}

export async function removeCoachingEntry(db: InstapDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.coachingEntries, db.auditLog, async () => {
    await db.coachingEntries.delete(id);
    await audit(db, 'purge', 'coachingEntry', id);
  });
}

/** The profile row of a trajectory, created on the first save. */
export async function saveProfile(
  db: InstapDatabase,
  trajectoryId: string,
  input: ProfileInput,
): Promise<TrajectoryProfile> {
  return db.transaction('rw', db.profiles, db.auditLog, async () => {
    const before = await db.profiles.get(trajectoryId);
    const next: TrajectoryProfile = { ...before, ...input, trajectoryId, updatedAt: now() };
    const fields = changedFields(before, next).filter((field) => field !== 'trajectoryId');
    if (before && fields.length === 0) return before;
    await db.profiles.put(next);
    await audit(db, before ? 'update' : 'create', 'profile', trajectoryId, fields);
    return next;
  });
}

export const findProfile = async (db: InstapDatabase, trajectoryId: string) =>
  (await db.profiles.get(trajectoryId)) ?? null;
export const allCoachingEntries = (db: InstapDatabase) => db.coachingEntries.toArray();
