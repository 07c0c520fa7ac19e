import Dexie, { type Table } from 'dexie';
import type { Candidate } from '../../src-shared/domain/candidate';
import type { CoachingEntry, TrajectoryProfile } from '../../src-shared/domain/coaching';
import type { Certificate } from '../../src-shared/domain/certificate';
import type { Employer } from '../../src-shared/domain/employer';
import type { ExchangeFileV1 } from '../../src-shared/exchange';
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
  | 'profile';

/** What changed, never the values: the log must hold no personal data. */
export interface AuditEntry {
  seq?: number;
  at: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  fields: string[];
}

/**
 * The schema versions of the app's IndexedDB, oldest first. A later version is added at the end
 * (with an upgrade function when data must change); a shipped version is never edited.
 */
export const schemaVersions: readonly Record<string, string>[] = [
  { settings: 'key' },
  // v2: tracking. New tables only; the settings of v1 stay as they are.
  {
    candidates: 'id, lastName, discussedOn',
    employers: 'id',
    trajectories: 'id, candidateId, employerId, status, startedOn',
    learningGoals: 'id, trajectoryId',
    buildUpSteps: 'id, trajectoryId',
    evaluations: 'id, trajectoryId, date',
    auditLog: '++seq, at, [entity+entityId]',
  },
  // v3: partners' exchange files, kept apart from the organisation's own records.
  { exchangeImports: '++id, organisationId' },
  // v4: the certificate register.
  { certificates: 'id, &number, year, trajectoryId, status' },
  // v5: the coaching log and the worker/workplace profile of a trajectory (one row each).
  { coachingEntries: 'id, trajectoryId, date', profiles: 'trajectoryId' },
];

export const SCHEMA_VERSION = schemaVersions.length;

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

  constructor(name = 'instap') {
    super(name);
    schemaVersions.forEach((stores, index) => this.version(index + 1).stores(stores));
  }
}

/**
 * Opens the database, refusing one written by a newer Instap. Dexie 4 would open it without
 * complaint and even add this version's tables to it, so the installed version is read first,
 * without opening the database at all.
 */
export async function openDatabase(name = 'instap'): Promise<InstapDatabase> {
  const installed = (await indexedDB.databases()).find((info) => info.name === name);
  // Dexie stores version N as IndexedDB version N * 10.
  if (installed?.version !== undefined && installed.version / 10 > SCHEMA_VERSION) {
    throw new DatabaseTooNewError();
  }
  const db = new InstapDatabase(name);
  await db.open();
  return db;
}

export const newId = () => crypto.randomUUID();
export const now = () => new Date().toISOString();
