import Dexie, { type Table } from 'dexie';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The schema versions of the app's IndexedDB. Each later version is added below the previous
 * ones with its upgrade function; a shipped version is never edited.
 */
export const SCHEMA_VERSION = 1;

export class DatabaseTooNewError extends Error {
  constructor() {
    super('database-too-new');
    this.name = 'DatabaseTooNewError';
  }
}

export class InstapDatabase extends Dexie {
  settings!: Table<SettingRow, string>;

  constructor(name = 'instap') {
    super(name);
    this.version(1).stores({ settings: 'key' });
  }
}

/**
 * Opens the database, refusing one written by a newer Instap: Dexie 4 would open it at its newer
 * version without complaint, and this version would then write rows the newer one cannot read.
 */
export async function openDatabase(name?: string): Promise<InstapDatabase> {
  const db = new InstapDatabase(name);
  await db.open();
  // Dexie stores version N as IndexedDB version N * 10.
  if (db.backendDB().version / 10 > SCHEMA_VERSION) {
    db.close();
    throw new DatabaseTooNewError();
  }
  return db;
}
