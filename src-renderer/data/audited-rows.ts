import type { Table } from 'dexie';
import { audit, changedFields } from '../db/audit';
import type { AuditEntity, InstapDatabase } from '../db/database';

/**
 * Writes and removes for the small tables of rows that hang off a trajectory or an employer
 * (trainings, attendance weeks, open placements): one transaction with the audit entry each.
 */
export async function putAudited<T extends { id: string }>(
  db: InstapDatabase,
  table: Table<T, string>,
  entity: AuditEntity,
  next: T,
): Promise<T> {
  return db.transaction('rw', table, db.auditLog, async () => {
    const before = await table.get(next.id);
    const fields = changedFields(before, next);
    if (before && fields.length === 0) return before;
    await table.put(next);
    await audit(db, before ? 'update' : 'create', entity, next.id, fields);
    return next;
  });
}

export async function removeAudited<T>(
  db: InstapDatabase,
  table: Table<T, string>,
  entity: AuditEntity,
  id: string,
): Promise<void> {
  await db.transaction('rw', table, db.auditLog, async () => {
    await table.delete(id);
    await audit(db, 'purge', entity, id);
  });
}
