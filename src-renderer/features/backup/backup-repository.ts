import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupTables,
  serialiseBackup,
  type Backup,
  type BackupTables,
} from '../../../src-shared/domain/backup';
import { SCHEMA_VERSION, type InstapDatabase } from '../../db/database';
import { bridge } from '../../bridge';
import { todayIso } from '../../ui/format';
import { anonymise, candidatesPastRetention } from '../privacy/privacy-repository';
import { loadSettings } from '../settings/settings-repository';

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

export async function writeBackup(
  db: InstapDatabase,
  reason: 'daily' | 'manual' | 'before-restore',
): Promise<string> {
  const info = await bridge['app:info']({});
  const text = serialiseBackup(await createBackup(db, `Instap ${info.version}`));
  return (await bridge['backup:write']({ reason, text })).name;
}

const LAST_DAILY = 'last-daily-backup';

/** The daily backup, once per day the app is used. */
export async function ensureDailyBackup(db: InstapDatabase): Promise<void> {
  const last = (await db.settings.get(LAST_DAILY))?.value;
  if (last === todayIso()) return;
  await writeBackup(db, 'daily');
  await db.settings.put({ key: LAST_DAILY, value: todayIso() });
}

/**
 * Replaces everything with a checked backup: first a backup of the current state, then one
 * transaction (all or nothing), then the retention rule again so a restore never brings
 * anonymised people back.
 */
export async function restoreBackup(db: InstapDatabase, backup: Backup): Promise<void> {
  await writeBackup(db, 'before-restore');
  await replaceAll(db, backup);
}

/** The database part of a restore, for a backup `parseBackup` accepted. */
export async function replaceAll(db: InstapDatabase, backup: Backup): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    for (const name of backupTables) {
      const table = db.table(name);
      await table.clear();
      await table.bulkAdd(backup.tables[name]);
    }
  });
  const settings = await loadSettings(db);
  const expired = await candidatesPastRetention(db, todayIso(), {
    yearsAfterEnd: settings.retentionYearsAfterEnd,
    yearsAfterDiscussion: settings.retentionYearsAfterDiscussion,
  });
  await anonymise(
    db,
    expired.map((candidate) => candidate.id),
  );
}
