import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../src-shared/domain/backup';
import { defaultRetention } from '../../../src-shared/domain/retention';
import { decodeWire } from '../../../src-shared/ipc/envelope';
import {
  tablesAt,
  type Row,
  type SchemaVersion,
  type TableRows,
} from '../../../src-shared/schema/upgrade';
import { schemaVersions } from '../../../src-shared/schema/versions';
import {
  openDatabase,
  openFailureMessage,
  type InstapDatabase,
} from '../../../src-renderer/db/database';
import { replaceAll } from '../../../src-renderer/features/backup/backup-repository';
import { committedBackup } from '../../fixtures/backups/committed';
import { shippedSnapshot, shippedVersions } from './shipped-versions';

let counter = 0;
const freshName = () => `instap-upgrade-${counter++}`;

/** The committed backup of every shipped version (tests/fixtures/backups, never regenerated). */
const fixtureVersions = shippedSnapshot.map((shipped) => shipped.version);
const fixtureRows = (text: string) => (decodeWire(text) as { tables: TableRows }).tables;

/** The fixture's rows of every table, in whatever order the database keeps them. */
function expectFixtureRows(actual: Record<string, unknown[] | undefined>, text: string) {
  for (const [table, rows] of Object.entries(fixtureRows(text))) {
    expect(actual[table], table).toHaveLength(rows.length);
    expect(actual[table], table).toEqual(expect.arrayContaining(rows));
  }
}

/** A table's primary key as its version declared it ('++seq, at' → 'seq'). */
function primaryKey(table: string): string {
  const spec = shippedVersions.findLast((version) => version.stores[table])?.stores[table];
  const [key = ''] = (spec ?? '').split(',');
  return key.trim().replace(/^(\+\+|&)/, '');
}

/** Every record of the fixture is still there (a step may change rows, or add some). */
function expectEveryRecordKept(actual: Record<string, Row[] | undefined>, text: string) {
  for (const [table, rows] of Object.entries(fixtureRows(text))) {
    const key = primaryKey(table);
    const kept = new Set((actual[table] ?? []).map((row) => row[key]));
    expect(
      rows.filter((row) => !kept.has(row[key])),
      table,
    ).toEqual([]);
  }
}

// The fixtures were made on this day; the restore's retention run must see the same "today".
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T12:00:00.000Z'));
});
afterAll(() => vi.useRealTimers());

async function readAll(db: InstapDatabase, versions: readonly SchemaVersion[]) {
  const names = tablesAt(versions, versions.length);
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await db.table(name).toArray()] as const)),
  );
}

/** A database made by version `version` exactly as it shipped, holding the fixture's rows. */
async function shippedDatabase(version: number, text: string): Promise<string> {
  const name = freshName();
  const old = new Dexie(name);
  shippedVersions.slice(0, version).forEach(({ stores }, index) => {
    old.version(index + 1).stores(stores);
  });
  await old.open();
  const rows = fixtureRows(text);
  for (const table of tablesAt(shippedVersions, version)) {
    await old.table(table).bulkAdd(rows[table] ?? []);
  }
  old.close();
  return name;
}

/** What the live path gives: the old database opened by the app, upgraded by Dexie. */
async function upgradedInPlace(version: number, text: string, versions: readonly SchemaVersion[]) {
  const db = await openDatabase(await shippedDatabase(version, text), versions);
  const rows = await readAll(db, versions);
  db.close();
  return rows;
}

const keptByRestore = { policy: defaultRetention, forgotten: { erased: [], anonymised: [] } };

/** As the backup screen does it: check (and upgrade) the file, and restore only what passed. */
async function restoreText(db: InstapDatabase, text: string, versions: readonly SchemaVersion[]) {
  const check = parseBackup(text, versions);
  if (check.ok) await replaceAll(db, check.backup, keptByRestore);
  return check;
}

/** What the restore path gives: the backup restored into a new database of the app. */
async function restored(text: string, versions: readonly SchemaVersion[]) {
  const db = await openDatabase(freshName(), versions);
  const check = await restoreText(db, text, versions);
  if (!check.ok) throw new Error(check.message);
  const rows = await readAll(db, versions);
  db.close();
  return rows;
}

const organisationOf = (rows: Record<string, unknown[]>) =>
  (rows.settings as { key: string; value: Record<string, unknown> }[]).find(
    (row) => row.key === 'organisation',
  )?.value;

/** A future version that changes data: the coach's name in the settings moves to a new field. */
const renameCoach: SchemaVersion = {
  stores: {},
  upgrade: (tables) => ({
    ...tables,
    settings: (tables.settings ?? []).map((row) => {
      if (row.key !== 'organisation') return row;
      const { coachName, ...rest } = row.value as Record<string, unknown>;
      return { ...row, value: { ...rest, coach: coachName } };
    }),
  }),
};
const throwing: SchemaVersion = {
  stores: {},
  upgrade: () => {
    throw new Error('step failed');
  },
};

describe('restoring a backup of every earlier schema version', () => {
  it.each(fixtureVersions)('has a fixture of version %i with rows in every table', (version) => {
    const backup = decodeWire(committedBackup(version)) as {
      schemaVersion: number;
      tables: TableRows;
    };
    expect(backup.schemaVersion).toBe(version);
    const empty = tablesAt(shippedVersions, version).filter(
      (table) => !backup.tables[table]?.length,
    );
    expect(empty, 'tables without rows prove nothing').toEqual([]);
  });

  it.each(fixtureVersions)(
    'gives the version %i rows exactly as the in-place upgrade keeps them',
    async (version) => {
      const text = committedBackup(version);
      const inPlace = await upgradedInPlace(version, text, schemaVersions);
      expect(await restored(text, schemaVersions)).toEqual(inPlace);
      expectEveryRecordKept(inPlace, text);
    },
  );

  it.each(fixtureVersions)(
    'runs a future step that changes data on the version %i backup as on the live database',
    async (version) => {
      const text = committedBackup(version);
      const versions = [...schemaVersions, renameCoach];
      const inPlace = await upgradedInPlace(version, text, versions);
      const restoredRows = await restored(text, versions);
      expect(restoredRows).toEqual(inPlace);
      expect(organisationOf(restoredRows)).toMatchObject({ coach: 'Fatma Çelik' });
      expect(organisationOf(restoredRows)).not.toHaveProperty('coachName');
    },
  );
});

describe('a backup or database the app cannot upgrade', () => {
  const current = committedBackup(fixtureVersions.length);
  const withVersion = (schemaVersion: number) =>
    current.replace(/"schemaVersion": \d+/, `"schemaVersion": ${schemaVersion}`);

  it.each([
    [
      'newer than the app',
      withVersion(schemaVersions.length + 1),
      schemaVersions,
      'nieuwere versie',
    ],
    ['older than any version', withVersion(0), schemaVersions, 'niet kan bijwerken'],
    [
      'whose upgrade fails halfway',
      committedBackup(2),
      [...schemaVersions, renameCoach, throwing],
      'kon niet worden bijgewerkt',
    ],
  ] as const)(
    'refuses a backup %s with a Dutch message and changes nothing',
    async (_name, text, versions, message) => {
      const db = await openDatabase(freshName(), versions);
      await restoreText(db, committedBackup(3), versions);
      const before = await readAll(db, versions);
      const check = await restoreText(db, text, versions);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toContain(message);
      expect(await readAll(db, versions)).toEqual(before);
      db.close();
    },
  );

  it('leaves a database whose upgrade fails at its old version with its rows, and says why', async () => {
    const version = fixtureVersions.length;
    const text = committedBackup(version);
    const name = await shippedDatabase(version, text);
    const error = await openDatabase(name, [...schemaVersions, renameCoach, throwing]).catch(
      (reason: unknown) => reason,
    );
    expect(openFailureMessage(error)).toBe('errors.databaseUpgradeFailed');

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(version);
    const kept = Object.fromEntries(
      await Promise.all(again.tables.map(async (table) => [table.name, await table.toArray()])),
    );
    expectFixtureRows(kept, text);
    again.close();
  });
});
