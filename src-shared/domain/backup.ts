import { z } from 'zod';
import { exchangeFileV1Schema } from '../exchange';
import { decodeWire, encodeWire } from '../ipc/envelope';
import { upgradeTables, type SchemaVersion } from '../schema/upgrade';
import { schemaVersions } from '../schema/versions';
import { attendanceInputSchema } from './attendance';
import { MEETING_LINE_MAX, candidateExtrasSchema, candidateRecordSchema } from './candidate';
import { certificateContentSchema } from './certificate';
import { benefitSchema } from './codes';
import { coachingEntryInputSchema, profileInputSchema } from './coaching';
import { employerInputSchema } from './employer';
import { id, optionalDate } from './fields';
import { openPlacementInputSchema } from './open-placement';
import { trainingInputSchema } from './training';
import {
  buildUpStepInputSchema,
  evaluationInputSchema,
  learningGoalInputSchema,
  extrasRules,
  trajectoryExtrasSchema,
  trajectoryFieldsSchema,
  trajectoryRules,
} from './trajectory';

export const BACKUP_FORMAT = 'instap-backup';
export const BACKUP_VERSION = 1;

const stamps = {
  id,
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
};

/**
 * Every table as stored, checked with the domain's own schemas: a backup is validated completely
 * before anything is replaced (a broken or foreign file changes nothing).
 */
const tableSchemas = {
  settings: z.object({ key: z.string().min(1), value: z.unknown() }),
  candidates: candidateRecordSchema.extend({
    firstName: z.string().max(200),
    infix: z.string().max(50).nullable(),
    lastName: z.string().max(200),
    birthDate: optionalDate,
    phone: z.string().max(50).nullable(),
    email: z.string().max(200).nullable(),
    discussedOn: optionalDate,
    benefit: benefitSchema,
    referrer: z.string().nullable(),
    hoursAvailable: z.number().nullable(),
    motivation: z.string().max(5000).nullable(),
    consentToShare: z.boolean(),
    consentOn: optionalDate,
    // Since schema version 6; the upgrade gives older backups null.
    meetingLine: z.string().max(MEETING_LINE_MAX).nullable(),
    // Since schema version 7; the upgrade gives older backups null.
    ...candidateExtrasSchema.shape,
  }),
  employers: employerInputSchema.extend(stamps),
  trajectories: trajectoryFieldsSchema
    .extend(stamps)
    .extend(trajectoryExtrasSchema.shape)
    .superRefine(trajectoryRules)
    .superRefine(extrasRules),
  learningGoals: learningGoalInputSchema.extend({ id, trajectoryId: id, order: z.number() }),
  buildUpSteps: buildUpStepInputSchema.extend({ id, trajectoryId: id, order: z.number() }),
  evaluations: evaluationInputSchema.extend({ id, trajectoryId: id }),
  auditLog: z.object({
    seq: z.number().int().positive(),
    at: z.string(),
    action: z.enum(['create', 'update', 'delete', 'restore', 'purge']),
    entity: z.string(),
    entityId: z.string(),
    fields: z.array(z.string()),
  }),
  exchangeImports: z.object({
    id: z.number().int().positive(),
    organisationId: z.string(),
    fileName: z.string(),
    importedAt: z.string(),
    file: exchangeFileV1Schema,
  }),
  certificates: z.object({
    id,
    number: z.string().regex(/^\d{4}-\d{4,}$/),
    year: z.number().int(),
    sequence: z.number().int().positive(),
    trajectoryId: id,
    candidateId: id,
    issuedAt: z.string(),
    status: z.enum(['issued', 'replaced']),
    replacedBy: z.string().nullable(),
    content: certificateContentSchema,
  }),
  coachingEntries: coachingEntryInputSchema.extend({
    id,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  profiles: profileInputSchema.extend({ trajectoryId: id, updatedAt: z.string() }),
  // Since schema version 7.
  trainings: trainingInputSchema.extend({ id, trajectoryId: id }),
  attendance: attendanceInputSchema.extend({ id, trajectoryId: id }),
  openPlacements: openPlacementInputSchema.extend({
    id,
    employerId: id,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
};

export type BackupTable = keyof typeof tableSchemas;
export const backupTables = Object.keys(tableSchemas) as BackupTable[];
export type BackupTables = { [T in BackupTable]: z.output<(typeof tableSchemas)[T]>[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  createdAt: string;
  generator: string;
  tables: BackupTables;
}

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  generator: z.string(),
  tables: z.object(
    Object.fromEntries(
      backupTables.map((table) => [table, z.array(tableSchemas[table]).default([])]),
    ) as { [T in BackupTable]: z.ZodDefault<z.ZodArray<(typeof tableSchemas)[T]>> },
  ),
});

/** The text of a backup file; bytes (logos, signatures) travel as tagged base64. */
export function serialiseBackup(backup: Backup): string {
  return encodeWire(backup);
}

export type BackupCheck =
  | { ok: true; backup: Backup; counts: Record<BackupTable, number> }
  | { ok: false; message: string };

const upgradeRefusals = {
  damaged: 'De back-up is beschadigd of onvolledig (bij tables). Er is niets gewijzigd.',
  'too-new': 'Deze back-up is gemaakt met een nieuwere versie van Instap. Werk Instap eerst bij.',
  'too-old':
    'Deze back-up is gemaakt met een versie van Instap die deze versie niet kan bijwerken. Er is niets gewijzigd.',
  'step-failed':
    'De back-up kon niet worden bijgewerkt naar de indeling van deze versie van Instap. Er is niets gewijzigd.',
};

/**
 * Reads and checks a backup completely; the message is Dutch and names what is wrong. A backup
 * of an older schema version first goes through the same upgrade steps as the live database
 * (`versions`: the app's schema history), then the current domain schemas check it.
 */
export function parseBackup(
  text: string,
  versions: readonly SchemaVersion[] = schemaVersions,
): BackupCheck {
  let raw: unknown;
  try {
    raw = decodeWire(text);
  } catch {
    return {
      ok: false,
      message: 'Dit bestand is geen leesbare back-up van Instap (geen geldige JSON).',
    };
  }
  const head = z
    .object({ format: z.string(), schemaVersion: z.number(), tables: z.unknown() })
    .safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return { ok: false, message: 'Dit bestand is geen back-up van Instap.' };
  }
  const upgraded = upgradeTables(head.data.tables, head.data.schemaVersion, versions);
  if (!upgraded.ok) return { ok: false, message: upgradeRefusals[upgraded.refused] };
  const parsed = backupSchema.safeParse({
    ...(raw as object),
    schemaVersion: versions.length,
    tables: upgraded.tables,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(' › ') : '';
    return {
      ok: false,
      message: `De back-up is beschadigd of onvolledig (bij ${where}). Er is niets gewijzigd.`,
    };
  }
  const backup = parsed.data as Backup;
  const problem = brokenRule(backup.tables);
  if (problem) {
    return {
      ok: false,
      message: `De back-up is niet samenhangend: ${problem}. Er is niets gewijzigd.`,
    };
  }
  const counts = Object.fromEntries(
    backupTables.map((table) => [table, backup.tables[table].length]),
  ) as Record<BackupTable, number>;
  return { ok: true, backup, counts };
}

/**
 * What keeps a text from being a backup this Instap can restore (null: nothing): the main process
 * checks what it is asked to store. An older backup counts once upgraded; one of a newer Instap
 * does not (this app's renderer never writes one).
 */
export function backupProblem(text: string): string | null {
  const check = parseBackup(text);
  return check.ok ? null : check.message;
}

/**
 * The installation's identity (see the renderer's settings/installation): the pseudonyms of every
 * regional export are an HMAC with this secret, so a restore must bring back a usable one.
 */
const INSTALLATION_KEY = 'installation';
const installationSchema = z.object({
  organisationId: id,
  secret: z.instanceof(Uint8Array).refine((secret) => secret.length >= 32),
});

/** The domain rules the table schemas cannot see, each named in Dutch without any value. */
function brokenRule(tables: BackupTables): string | null {
  const installation = tables.settings.find((row) => row.key === INSTALLATION_KEY);
  if (!installationSchema.safeParse(installation?.value).success) {
    return 'de installatiesleutel voor de pseudoniemen ontbreekt of is ongeldig';
  }
  const running = new Set<string>();
  for (const trajectory of tables.trajectories) {
    if (trajectory.status !== 'ongoing' || trajectory.deletedAt) continue;
    if (running.has(trajectory.candidateId))
      return 'een kandidaat heeft meer dan één lopend traject';
    running.add(trajectory.candidateId);
  }
  return danglingReference(tables);
}

function danglingReference(tables: BackupTables): string | null {
  const candidates = new Set(tables.candidates.map((row) => row.id));
  const trajectories = new Set(tables.trajectories.map((row) => row.id));
  if (tables.trajectories.some((row) => !candidates.has(row.candidateId))) {
    return 'een traject hoort bij een onbekende kandidaat';
  }
  for (const table of [
    'learningGoals',
    'buildUpSteps',
    'evaluations',
    'coachingEntries',
    'profiles',
    'trainings',
    'attendance',
  ] as const) {
    if (tables[table].some((row) => !trajectories.has(row.trajectoryId))) {
      return 'een leerdoel, stap, evaluatie, training of aanwezigheidsweek hoort bij een onbekend traject';
    }
  }
  const employers = new Set(tables.employers.map((row) => row.id));
  if (tables.openPlacements.some((row) => !employers.has(row.employerId))) {
    return 'een openstaande plek hoort bij een onbekende werkgever';
  }
  const weeks = new Set<string>();
  for (const row of tables.attendance) {
    const key = `${row.trajectoryId} ${row.weekStart}`;
    if (weeks.has(key)) return 'een traject heeft een week twee keer in de aanwezigheid';
    weeks.add(key);
  }
  return null;
}
