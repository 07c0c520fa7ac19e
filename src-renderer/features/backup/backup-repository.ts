import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupTables,
  serialiseBackup,
  type Backup,
  type BackupTables,
} from '../../../src-shared/domain/backup';
import type { RetentionPolicy } from '../../../src-shared/domain/retention';
import type { BackupReason, Erasures } from '../../../src-shared/ipc/backups';
import { SCHEMA_VERSION, type InstapDatabase } from '../../db/database';
import { bridge } from '../../bridge';
import { todayIso } from '../../ui/format';
import { anonymise, candidatesPastRetention, erase } from '../../data/privacy-repository';
import { loadSettings, saveRetentionPolicy } from '../../data/settings-repository';
import { noteBackupFailed, noteBackupWritten } from './backup-status';
import { forgottenPeople, markReplacing } from './erasures';

const tablesOf = (db: InstapDatabase) => backupTables.map((name) => db.table(name));

/** Every table in one read transaction: a consistent picture even while the coach works. */
export async function createBackup(db: InstapDatabase, generator: string): Promise<Backup> {
  return db.transaction('r', tablesOf(db), async () => {
    const rows = await Promise.all(backupTables.map((name) => db.table(name).toArray()));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: SCHEMA_VERSION,
      createdAt: new Date().toISOString(),
      generator,
      tables: Object.fromEntries(
        backupTables.map((name, index) => [name, rows[index]]),
      ) as BackupTables,
    };
  });
}

/** A backup's file text, signed with this Instap's version. */
export async function backupText(db: InstapDatabase): Promise<string> {
  const info = await bridge['app:info']({});
  return serialiseBackup(await createBackup(db, `Instap ${info.version}`));
}

export async function writeBackup(db: InstapDatabase, reason: BackupReason): Promise<string> {
  try {
    const { name } = await bridge['backup:write']({ reason, text: await backupText(db) });
    noteBackupWritten();
    return name;
  } catch (error) {
    noteBackupFailed(error);
    throw error;
  }
}

/** What a restore keeps from the installation as it is now, whatever the backup says. */
export interface KeptByRestore {
  /** The retention periods in force before the restore (not those in the backup's settings). */
  policy: RetentionPolicy;
  /** People erased or anonymised here: they stay so. */
  forgotten: Erasures;
}

export async function retentionInForce(db: InstapDatabase): Promise<RetentionPolicy> {
  const settings = await loadSettings(db);
  return {
    yearsAfterEnd: settings.retentionYearsAfterEnd,
    yearsAfterDiscussion: settings.retentionYearsAfterDiscussion,
  };
}

const samePolicy = (a: RetentionPolicy, b: RetentionPolicy) =>
  a.yearsAfterEnd === b.yearsAfterEnd && a.yearsAfterDiscussion === b.yearsAfterDiscussion;

/**
 * Replaces everything with a checked backup: first a backup of the current state, then one
 * transaction (all or nothing) that also erases and anonymises again whom the installation had
 * erased or anonymised, keeps today's retention periods (in the settings too) and runs the
 * retention rule with them, so a restore never brings anyone back, not even for a moment on
 * screen.
 */
export async function restoreBackup(db: InstapDatabase, backup: Backup): Promise<void> {
  const kept: KeptByRestore = {
    policy: await retentionInForce(db),
    forgotten: await forgottenPeople(db),
  };
  await writeBackup(db, 'before-restore');
  await replaceAll(db, backup, kept);
}

/** The database part of a restore, for a backup `parseBackup` accepted. */
export async function replaceAll(
  db: InstapDatabase,
  backup: Backup,
  { policy, forgotten }: KeptByRestore,
): Promise<void> {
  await db.transaction('rw', db.tables, async (transaction) => {
    markReplacing(transaction);
    for (const name of backupTables) {
      const table = db.table(name);
      await table.clear();
      await table.bulkAdd(backup.tables[name]);
    }
    // Instellingen shows the periods that were applied, not those inside the backup.
    const restored = await retentionInForce(db);
    if (!samePolicy(restored, policy)) await saveRetentionPolicy(db, policy);
    await erase(db, forgotten.erased);
    const expired = await candidatesPastRetention(db, todayIso(), policy);
    await anonymise(db, [...forgotten.anonymised, ...expired.map((candidate) => candidate.id)]);
  });
}
