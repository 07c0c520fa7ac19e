import type { Table } from 'dexie';
import { audit, changedFields } from './audit';
import { newId, now, type AuditEntity, type InstapDatabase } from './database';

/**
 * Create, update, soft-delete and restore for every table, each in one transaction with its
 * audit entry: the record and its log line commit together or not at all.
 */
interface Stamped {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export async function createRecord<T extends Stamped>(
  db: InstapDatabase,
  table: Table<T, string>,
  entity: AuditEntity,
  input: Omit<T, keyof Stamped>,
): Promise<T> {
  const stamp = now();
  const record = {
    ...input,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  } as T;
  await db.transaction('rw', table, db.auditLog, async () => {
    await table.add(record);
    await audit(db, 'create', entity, record.id, changedFields(undefined, input));
  });
  return record;
}

export async function updateRecord<T extends Stamped>(
  db: InstapDatabase,
  table: Table<T, string>,
  entity: AuditEntity,
  id: string,
  changes: Partial<Omit<T, keyof Stamped>>,
  check?: (next: T) => Promise<void>,
): Promise<T> {
  return db.transaction('rw', [table, db.auditLog, db.trajectories], async () => {
    const before = await table.get(id);
    if (!before) throw new RecordMissingError();
    const next = { ...before, ...changes, updatedAt: now() } as T;
    await check?.(next);
    const fields = changedFields(before, next);
    if (fields.length === 0) return before;
    await table.put(next);
    await audit(db, 'update', entity, id, fields);
    return next;
  });
}

export async function setDeleted<T extends Stamped>(
  db: InstapDatabase,
  table: Table<T, string>,
  entity: AuditEntity,
  id: string,
  deleted: boolean,
): Promise<void> {
  await db.transaction('rw', table, db.auditLog, async () => {
    const before = await table.get(id);
    if (!before) throw new RecordMissingError();
    await table.put({ ...before, deletedAt: deleted ? now() : null });
    await audit(db, deleted ? 'delete' : 'restore', entity, id);
  });
}

export class RecordMissingError extends Error {
  constructor() {
    super('record-missing');
    this.name = 'RecordMissingError';
  }
}

/** A rule that spans records (e.g. one running trajectory): carries an i18n key and a field. */
export class RuleViolation extends Error {
  constructor(
    readonly messageKey: string,
    readonly field: string,
  ) {
    super(messageKey);
    this.name = 'RuleViolation';
  }
}
