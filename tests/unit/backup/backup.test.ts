import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupTables, parseBackup, serialiseBackup } from '../../../src-shared/domain/backup';
import { sampleDataset } from '../../../src-shared/sample';
import {
  SCHEMA_VERSION,
  openDatabase,
  type InstapDatabase,
} from '../../../src-renderer/db/database';
import { createBackup, replaceAll } from '../../../src-renderer/features/backup/backup-repository';
import {
  anonymise,
  candidatesPastRetention,
} from '../../../src-renderer/features/privacy/privacy-repository';
import { saveImage } from '../../../src-renderer/features/settings/images';
import { todayIso } from '../../../src-renderer/ui/format';
import { defaultRetention } from '../../../src-shared/domain/retention';
import { loadDataset } from '../../../src-renderer/features/settings/sample-data';

let counter = 0;

async function snapshot(db: InstapDatabase) {
  return Object.fromEntries(
    await Promise.all(backupTables.map(async (name) => [name, await db.table(name).toArray()])),
  );
}

/** Sample data with the retention rule already applied, as the app keeps it. */
async function filledDatabase() {
  const db = await openDatabase(`instap-backup-${counter++}`);
  await loadDataset(db, sampleDataset({ today: '2026-11-23' }));
  const expired = await candidatesPastRetention(db, todayIso(), defaultRetention);
  await anonymise(
    db,
    expired.map((candidate) => candidate.id),
  );
  await saveImage(
    db,
    'logo',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]),
  );
  return db;
}

describe('backups', () => {
  it('restores every table exactly, bytes included', async () => {
    const source = await filledDatabase();
    const text = serialiseBackup(await createBackup(source, 'Instap test'));
    const check = parseBackup(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.counts.candidates).toBe(await source.candidates.count());

    const target = await openDatabase(`instap-backup-${counter++}`);
    await replaceAll(target, check.backup);
    const restored = await snapshot(target);
    const original = await snapshot(source);
    for (const table of backupTables) expect(restored[table], table).toEqual(original[table]);
    source.close();
    target.close();
  });

  it('never brings back people the retention rule removed', async () => {
    const old = await openDatabase(`instap-backup-${counter++}`);
    await loadDataset(old, sampleDataset({ today: '2026-11-23' }));
    const stale = parseBackup(serialiseBackup(await createBackup(old, 'old')));
    if (!stale.ok) throw new Error(stale.message);
    const expired = await candidatesPastRetention(old, todayIso(), defaultRetention);
    expect(expired.length).toBeGreaterThan(0);

    const target = await openDatabase(`instap-backup-${counter++}`);
    await replaceAll(target, stale.backup);
    for (const candidate of expired) {
      const restored = await target.candidates.get(candidate.id);
      expect(restored?.anonymisedAt).not.toBeNull();
      expect(restored?.lastName).toBe('');
      expect(restored?.phone).toBeNull();
    }
    old.close();
    target.close();
  });

  it.each([
    [
      'a truncated file',
      (text: string) => text.slice(0, Math.floor(text.length / 2)),
      'geen geldige JSON',
    ],
    [
      'a foreign JSON file',
      () => '{"format":"wep-regional-export","version":1}',
      'geen back-up van Instap',
    ],
    ['an empty file', () => '', 'geen geldige JSON'],
    [
      'a newer schema version',
      (text: string) =>
        text.replace(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${SCHEMA_VERSION + 1}`),
      'nieuwere versie',
    ],
    [
      'a trajectory that breaks a rule',
      (text: string) =>
        text.replace(
          /"endedOn":"\d{4}-\d{2}-\d{2}","stopReason":null/,
          '"endedOn":null,"stopReason":null',
        ),
      'beschadigd',
    ],
    [
      'a goal of an unknown trajectory',
      (text: string) => text.replace(/"trajectoryId":"sample-t-0001"/, '"trajectoryId":"nope"'),
      'niet samenhangend',
    ],
  ])('refuses %s and the database stays as it was', async (_name, damage, message) => {
    const db = await filledDatabase();
    const before = await snapshot(db);
    const text = damage(serialiseBackup(await createBackup(db, 'Instap test')));
    const check = parseBackup(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(message);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});
