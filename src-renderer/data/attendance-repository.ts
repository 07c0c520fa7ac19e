import type { AttendanceInput, AttendanceWeek } from '../../src-shared/domain/attendance';
import { newId, type InstapDatabase } from '../db/database';
import { putAudited, removeAudited } from './audited-rows';

/** The weeks of a trajectory, oldest first. */
export const attendanceOf = (db: InstapDatabase, trajectoryId: string): Promise<AttendanceWeek[]> =>
  db.attendance
    .where('[trajectoryId+weekStart]')
    .between([trajectoryId, ''], [trajectoryId, '\uffff'])
    .toArray();

/**
 * Records one week (parse the input with `attendanceInputSchema` first): a week already recorded
 * for the trajectory is changed, never doubled (one row per trajectory and Monday).
 */
export async function saveAttendanceWeek(
  db: InstapDatabase,
  trajectoryId: string,
  input: AttendanceInput,
): Promise<AttendanceWeek> {
  return db.transaction('rw', db.attendance, db.auditLog, async () => {
    const existing = await db.attendance.get({ trajectoryId, weekStart: input.weekStart });
    return putAudited(db, db.attendance, 'attendance', {
      ...input,
      id: existing?.id ?? newId(),
      trajectoryId,
    });
  });
}

export const removeAttendanceWeek = (db: InstapDatabase, id: string) =>
  removeAudited(db, db.attendance, 'attendance', id);

export const allAttendance = (db: InstapDatabase) => db.attendance.toArray();

/** What saving the week grid writes: new and changed weeks, and the ids of emptied weeks. */
export interface AttendanceChanges {
  save: AttendanceInput[];
  remove: string[];
}

/** The week grid's save: every week at once, or none (one transaction). */
export async function saveAttendanceChanges(
  db: InstapDatabase,
  trajectoryId: string,
  changes: AttendanceChanges,
): Promise<void> {
  await db.transaction('rw', db.attendance, db.auditLog, async () => {
    for (const input of changes.save) await saveAttendanceWeek(db, trajectoryId, input);
    for (const id of changes.remove) await removeAttendanceWeek(db, id);
  });
}
