import Dexie, { type Table, type Transaction } from 'dexie';
import type { AttendanceWeek } from '../../src-shared/domain/attendance';
import type { Candidate } from '../../src-shared/domain/candidate';
import type { CoachingEntry, TrajectoryProfile } from '../../src-shared/domain/coaching';
import type { Certificate } from '../../src-shared/domain/certificate';
import type { Employer } from '../../src-shared/domain/employer';
import type { OpenPlacement } from '../../src-shared/domain/open-placement';
import type { Training } from '../../src-shared/domain/training';
import type { ExchangeFileV1 } from '../../src-shared/exchange';
import {
  SchemaUpgradeError,
  tablesAt,
  upgradeStep,
  type SchemaVersion,
} from '../../src-shared/schema/upgrade';
import { schemaVersions } from '../../src-shared/schema/versions';
import type {
  BuildUpStep,
  Evaluation,
  LearningGoal,
  Trajectory,
} from '../../src-shared/domain/trajectory';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** One validated exchange file of a partner, as imported; merged on reading (newest wins). */
export interface ExchangeImport {
  id?: number;
  organisationId: string;
  fileName: string;
  importedAt: string;
  file: ExchangeFileV1;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'purge';
export type AuditEntity =
  | 'candidate'
  | 'employer'
  | 'trajectory'
  | 'learningGoal'
  | 'buildUpStep'
  | 'evaluation'
  | 'settings'
  | 'exchangeImport'
  | 'certificate'
  | 'coachingEntry'
  | 'profile'
  | 'training'
  | 'attendance'
  | 'openPlacement';

/** What changed, never the values: the log must hold no personal data. */
export interface AuditEntry {
  seq?: number;
  at: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  fields: string[];
}

// The schema versions (stores and pure upgrade steps) live in src-shared/schema/versions.ts: the
// backup restore runs the same steps. Add a new version there, at the end.
export { SCHEMA_VERSION } from '../../src-shared/schema/versions';

export class DatabaseTooNewError extends Error {
  constructor() {
    super('database-too-new');
    this.name = 'DatabaseTooNewError';
  }
}

export class InstapDatabase extends Dexie {
  settings!: Table<SettingRow, string>;
  candidates!: Table<Candidate, string>;
  employers!: Table<Employer, string>;
  trajectories!: Table<Trajectory, string>;
  learningGoals!: Table<LearningGoal, string>;
  buildUpSteps!: Table<BuildUpStep, string>;
  evaluations!: Table<Evaluation, string>;
  auditLog!: Table<AuditEntry, number>;
  exchangeImports!: Table<ExchangeImport, number>;
  certificates!: Table<Certificate, string>;
  coachingEntries!: Table<CoachingEntry, string>;
  profiles!: Table<TrajectoryProfile, string>;
  trainings!: Table<Training, string>;
  attendance!: Table<AttendanceWeek, string>;
  openPlacements!: Table<OpenPlacement, string>;

  /** `versions` is the app's schema history; tests pass a longer one to try a future step. */
  constructor(name = 'instap', versions: readonly SchemaVersion[] = schemaVersions) {
    // No live-query cache: since Dexie 4.4.4 it deep-clones every row of every live read (a
    // fifth of opening the list at 10,000 candidates, issue 18), to guard rows that a screen
    // changes in place; it would only share reads between screens, and ours each read their own.
    super(name, { cache: 'disabled' });
    versions.forEach(({ stores, upgrade }, index) => {
      const version = this.version(index + 1).stores(stores);
      if (upgrade) version.upgrade((tx) => upgradeInPlace(tx, versions, index + 1));
    });
  }
}

/**
 * Dexie's side of an upgrade: every table of the previous version read in the upgrade
 * transaction, the shared pure step applied, and every table of the new version written back
 * (a step may change rows in place, so none is assumed untouched). A step that throws aborts the
 * transaction: the database stays at its old version with its old rows.
 */
async function upgradeInPlace(
  tx: Transaction,
  versions: readonly SchemaVersion[],
  version: number,
) {
  const before = Object.fromEntries(
    await Promise.all(
      tablesAt(versions, version - 1).map(async (name) => [name, await tx.table(name).toArray()]),
    ),
  );
  const after = upgradeStep(versions, version, before);
  for (const [name, rows] of Object.entries(after)) {
    await tx.table(name).clear();
    await tx.table(name).bulkAdd(rows);
  }
}

/**
 * Opens the database, refusing one written by a newer Instap. Dexie 4 would open it without
 * complaint and even add this version's tables to it, so the installed version is read first,
 * without opening the database at all.
 */
export async function openDatabase(
  name = 'instap',
  versions: readonly SchemaVersion[] = schemaVersions,
): Promise<InstapDatabase> {
  const installed = (await indexedDB.databases()).find((info) => info.name === name);
  // Dexie stores version N as IndexedDB version N * 10.
  if (installed?.version !== undefined && installed.version / 10 > versions.length) {
    throw new DatabaseTooNewError();
  }
  const db = new InstapDatabase(name, versions);
  await db.open();
  return db;
}

/** Why the database could not be opened, as the i18n key of the screen's message. */
export function openFailureMessage(
  error: unknown,
): 'errors.databaseTooNew' | 'errors.databaseUpgradeFailed' | 'errors.databaseFailed' {
  if (error instanceof DatabaseTooNewError) return 'errors.databaseTooNew';
  if (error instanceof SchemaUpgradeError) return 'errors.databaseUpgradeFailed';
  return 'errors.databaseFailed';
}

export const newId = () => crypto.randomUUID();
export const now = () => new Date().toISOString();
