import type { AuditAction, AuditEntity, InstapDatabase } from './database';
import { now } from './database';

/** The names of the fields whose values differ; values themselves are never logged. */
export function changedFields(before: object | undefined, after: object | undefined): string[] {
  const left = (before ?? {}) as Record<string, unknown>;
  const right = (after ?? {}) as Record<string, unknown>;
  const ignored = new Set(['updatedAt', 'createdAt']);
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys]
    .filter((key) => !ignored.has(key))
    .filter((key) => JSON.stringify(left[key]) !== JSON.stringify(right[key]))
    .sort();
}

/** Call inside the transaction that makes the change, so log and data commit together. */
export function audit(
  db: InstapDatabase,
  action: AuditAction,
  entity: AuditEntity,
  entityId: string,
  fields: string[] = [],
): Promise<number> {
  return db.auditLog.add({ at: now(), action, entity, entityId, fields });
}
