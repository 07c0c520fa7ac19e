import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { serialiseBackup } from '../../../src-shared/domain/backup';
import { emptySettings } from '../../../src-shared/domain/settings';
import { sampleDataset, type SampleDataset } from '../../../src-shared/sample';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { createBackup } from '../../../src-renderer/features/backup/backup-repository';
import { importExchangeFiles } from '../../../src-renderer/features/regional/import-files';
import { loadInstallation } from '../../../src-renderer/data/installation';
import { loadDataset } from '../../../src-renderer/data/sample-data';
import { saveSettings } from '../../../src-renderer/data/settings-repository';

/**
 * A database with a row in every table, and the tools to plant known values in one person's
 * rows and to look for them everywhere afterwards. "Nothing personal is left" proves nothing
 * unless every table was filled first (DESIGN.md, Known pitfalls).
 */

let counter = 0;
const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../fixtures/exchange', name), 'utf8');

export async function filledDatabase(): Promise<{ db: InstapDatabase; dataset: SampleDataset }> {
  const db = await openDatabase(`instap-privacy-filled-${counter++}`);
  const dataset = sampleDataset({ today: '2026-11-23' });
  await loadDataset(db, dataset);
  await loadInstallation(db);
  await saveSettings(db, { ...emptySettings, organisationName: 'Stichting Werkkracht Zwolle' });
  const partner = fixture('zorggroep-oost-2019-counts.json');
  const imported = await importExchangeFiles(
    db,
    [{ name: 'partner.json', size: partner.length, text: () => Promise.resolve(partner) }],
    'eigen-organisatie',
  );
  expect(imported.ok).toBe(true);
  for (const table of db.tables) expect(await table.count(), table.name).toBeGreaterThan(0);
  return { db, dataset };
}

/**
 * Fields that are not about the person: references, time stamps, dates, codes and numbers (they
 * keep the figures of past years), the placement and the organisation. Everything else in a row
 * of the person is planted, so a field added later is planted (and must go) by default.
 */
const notAboutThePerson = new Set([
  // references and stamps
  'id',
  'candidateId',
  'trajectoryId',
  'goalId',
  'employerId',
  'locationId',
  'replacedBy',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'anonymisedAt',
  'issuedAt',
  // dates, codes and numbers
  'discussedOn',
  'consentOn',
  'startedOn',
  'plannedEndOn',
  'endedOn',
  'date',
  'reachedOn',
  'benefit',
  'referrer',
  'kind',
  'status',
  'stopReason',
  'outcome',
  'hoursAvailable',
  'hoursPerWeek',
  'outcomeHours',
  // "More of the programme": codes, dates, counts and the programme's label stay
  'notStartedReason',
  'programme',
  'benefitApproval.agency',
  'benefitApproval.approvedOn',
  'outflow',
  'outflow.contractType',
  'outflow.instruments.*',
  'followUp',
  'followUp.months6',
  'followUp.months12',
  'completedOn',
  'weekStart',
  // the placement and the people of the organisation
  'coach',
  'role',
  'outcomeEmployer',
  // the certificate register: number and the organisation's part of the snapshot
  'number',
  'content.organisation.name',
  'content.organisation.place',
  'content.logo',
  'content.signature',
  'content.accentColour',
  'content.signatory.name',
  'content.signatory.function',
  'content.issuedOn',
  'content.placement.kind',
  'content.placement.role',
  'content.placement.employer',
  'content.placement.location',
  'content.placement.startedOn',
  'content.placement.endedOn',
  'content.placement.hoursPerWeek',
]);

const isKept = (path: string) =>
  notAboutThePerson.has(path) || notAboutThePerson.has(path.split('.').at(-1) ?? path);

/** Does this row belong to the person: their candidate row, or a row of one of their trajectories. */
function belongsTo(row: Record<string, unknown>, candidateId: string, trajectories: Set<string>) {
  return (
    row.id === candidateId ||
    row.candidateId === candidateId ||
    (typeof row.trajectoryId === 'string' && trajectories.has(row.trajectoryId))
  );
}

export interface Planted {
  /** Every planted value, e.g. `Zxqplant-17`. */
  values: string[];
  /** `table:path` of every planted field, e.g. `certificates:content.personalText`. */
  fields: Set<string>;
}

/**
 * Replaces every string (or empty) field about the person in every row of theirs, in every table,
 * with a unique value. Returns what was planted.
 */
export async function plantValues(db: InstapDatabase, candidateId: string): Promise<Planted> {
  const trajectories = new Set(
    await db.trajectories.where('candidateId').equals(candidateId).primaryKeys(),
  );
  const planted: Planted = { values: [], fields: new Set() };
  const plant = (value: unknown, path: string, table: string): unknown => {
    if (value instanceof Uint8Array) return value;
    if (Array.isArray(value)) return value.map((item) => plant(item, `${path}.*`, table));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          plant(inner, path ? `${path}.${key}` : key, table),
        ]),
      );
    }
    if ((typeof value !== 'string' && value !== null) || isKept(path)) return value;
    const marker = `Zxqplant-${planted.values.length + 1}`;
    planted.values.push(marker);
    planted.fields.add(`${table}:${path}`);
    return marker;
  };
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = (await table.toArray()) as Record<string, unknown>[];
      const own = rows.filter((row) => belongsTo(row, candidateId, trajectories));
      await table.bulkPut(own.map((row) => plant(row, '', table.name)));
    }
  });
  return planted;
}

/** Every planted value still found in any row of any table, or in a backup made now. */
export async function plantedValuesLeft(db: InstapDatabase, planted: Planted) {
  const tables: string[] = [];
  for (const table of db.tables) {
    const text = JSON.stringify(await table.toArray());
    tables.push(...planted.values.filter((value) => text.includes(`"${value}"`)));
  }
  const backup = serialiseBackup(await createBackup(db, 'Instap test'));
  return {
    database: tables,
    backup: planted.values.filter((value) => backup.includes(`"${value}"`)),
  };
}

/**
 * A candidate with a row in every table that can hold a person: a trajectory with goals, steps,
 * evaluations with remarks, coaching notes, a profile, trainings, the benefit agency's approval
 * and a certificate with goals and steps. (Attendance holds no text: hours and days only.)
 */
export function fullyRecordedCandidate(dataset: SampleDataset): string {
  const has = (rows: readonly { trajectoryId: string }[], id: string) =>
    rows.some((row) => row.trajectoryId === id);
  const certificate = dataset.certificates.find(
    (c) =>
      has(dataset.trainings, c.trajectoryId) &&
      dataset.trajectories.some((t) => t.id === c.trajectoryId && t.benefitApproval !== null) &&
      // A certificate no longer lists build-up steps (issue 16): its goals and trainings do.
      c.content.achievedGoals.length > 0 &&
      has(dataset.profiles, c.trajectoryId) &&
      dataset.coachingEntries.some(
        (entry) => entry.trajectoryId === c.trajectoryId && entry.note,
      ) &&
      dataset.evaluations.some(
        (e) => e.trajectoryId === c.trajectoryId && e.progress.some((p) => p.remark),
      ),
  );
  if (!certificate) throw new Error('the sample set has no fully recorded candidate');
  return certificate.candidateId;
}
