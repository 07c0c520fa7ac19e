import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupTables, parseBackup, serialiseBackup } from '../../../src-shared/domain/backup';
import { SCHEMA_VERSION } from '../../../src-renderer/db/database';
import {
  createBackup,
  replaceAll,
  type KeptByRestore,
} from '../../../src-renderer/features/backup/backup-repository';
import { dispatch } from '../../../src-main/handlers';
import { anonymise, candidatesPastRetention } from '../../../src-renderer/data/privacy-repository';
import { saveImage } from '../../../src-renderer/data/images';
import { todayIso } from '../../../src-renderer/ui/format';
import { defaultRetention } from '../../../src-shared/domain/retention';
import { dataFolder, newDatabase, sampleDatabase, serviceHandlers, snapshot } from './fixtures';

/** A restore into an installation that erased nobody, with the default retention periods. */
const keptByRestore: KeptByRestore = {
  policy: defaultRetention,
  forgotten: { erased: [], anonymised: [] },
};

/** Sample data with the retention rule already applied, as the app keeps it. */
async function filledDatabase() {
  const db = await sampleDatabase();
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

// Sample data in fake-indexeddb on two shared cores: seconds, not milliseconds.
describe('backups', { timeout: 60_000 }, () => {
  it('restores every table exactly, bytes included', async () => {
    const source = await filledDatabase();
    const text = serialiseBackup(await createBackup(source, 'Instap test'));
    const check = parseBackup(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.counts.candidates).toBe(await source.candidates.count());

    const target = await newDatabase();
    await replaceAll(target, check.backup, keptByRestore);
    const restored = await snapshot(target);
    const original = await snapshot(source);
    for (const table of backupTables) expect(restored[table], table).toEqual(original[table]);
    source.close();
    target.close();
  });

  it('never brings back people the retention rule removed', async () => {
    const old = await sampleDatabase();
    const stale = parseBackup(serialiseBackup(await createBackup(old, 'old')));
    if (!stale.ok) throw new Error(stale.message);
    const expired = await candidatesPastRetention(old, todayIso(), defaultRetention);
    expect(expired.length).toBeGreaterThan(0);

    const target = await newDatabase();
    await replaceAll(target, stale.backup, keptByRestore);
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
  ])('refuses %s, and the backup store will not keep it either', async (_name, damage, message) => {
    const db = await filledDatabase();
    const text = damage(serialiseBackup(await createBackup(db, 'Instap test')));
    const check = parseBackup(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(message);
    const handlers = serviceHandlers(dataFolder());
    const written = await dispatch(handlers, 'backup:write', { reason: 'manual', text });
    expect(written).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch(handlers, 'backup:list', {})).toEqual({
      ok: true,
      value: { backups: [] },
    });
    db.close();
  });
});
