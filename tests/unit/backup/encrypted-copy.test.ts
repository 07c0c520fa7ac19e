import 'fake-indexeddb/auto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InstapDatabase } from '../../../src-renderer/db/database';
import { encryptedCopy, openBackupFile } from '../../../src-renderer/features/backup/backup-copy';
import { backupText, restoreBackup } from '../../../src-renderer/features/backup/backup-repository';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import { saveRetentionPolicy } from '../../../src-renderer/data/settings-repository';
import { todayIso } from '../../../src-renderer/ui/format';
import { runAppBridge, sampleDatabase, snapshot } from './fixtures';

/**
 * "Versleutelde kopie opslaan…" and restoring that file, as the backup panel does it: the copy is
 * made from the database, opened with the passphrase and restored with the real restore.
 */
const passphrase = 'de koffie is op, zet nieuwe';

const opened: InstapDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Sample data kept for 30 years, so a restore has nobody to anonymise and changes nothing. */
async function keptDatabase() {
  const db = await sampleDatabase();
  opened.push(db);
  await saveRetentionPolicy(db, { yearsAfterEnd: 30, yearsAfterDiscussion: 30 });
  return db;
}

/** The panel's steps: open the chosen file with the passphrase, restore only a ready backup. */
async function restoreChosenFile(db: InstapDatabase, text: string, typed: string) {
  const file = await openBackupFile(text, typed);
  if (file.state === 'ready') await restoreBackup(db, file.backup);
  return file;
}

/** Every backup file in the data folder (none when the folder was never made). */
const backupFiles = (folder: string) =>
  existsSync(path.join(folder, 'backups')) ? readdirSync(path.join(folder, 'backups')) : [];

describe('an encrypted copy through the app', { timeout: 120_000 }, () => {
  it('round-trips: the copy restores every table as it was', async () => {
    runAppBridge();
    const db = await keptDatabase();
    const original = await snapshot(db);
    const copy = await encryptedCopy(db, passphrase);
    const text = new TextDecoder().decode(copy.bytes);
    expect(copy.fileName).toBe(`instap-back-up-${todayIso()}.instapbak`);
    // Nothing but the fixed header and base64: no JSON of the backup, so no name or note.
    const [header = '', body = '', ...rest] = text.split('\n');
    expect(Object.keys(JSON.parse(header) as object)).toEqual([
      'format',
      'version',
      'kdf',
      'cipher',
    ]);
    expect(body).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(rest).toEqual(['']);
    await createCandidate(db, { firstName: 'Nieuw', lastName: 'Na de kopie' });

    expect(await openBackupFile(text)).toEqual({ state: 'locked' });
    const file = await restoreChosenFile(db, text, passphrase);

    expect(file.state).toBe('ready');
    expect(await snapshot(db)).toEqual(original);
  });

  it('a wrong passphrase says so and leaves the database exactly as it was', async () => {
    const folder = runAppBridge();
    const db = await keptDatabase();
    const text = new TextDecoder().decode((await encryptedCopy(db, passphrase)).bytes);
    await createCandidate(db, { firstName: 'Nieuw', lastName: 'Na de kopie' });
    const before = await snapshot(db);

    const file = await restoreChosenFile(db, text, 'de koffie is op, zet nieuwE');

    expect(file).toEqual({
      state: 'refused',
      message: 'Het wachtwoord klopt niet of het bestand is beschadigd. Er is niets gewijzigd.',
    });
    expect(await snapshot(db)).toEqual(before);
    // Not even the safety backup a restore starts with was written.
    expect(backupFiles(folder)).toEqual([]);
  });

  it('still restores a plain backup file, without a passphrase', async () => {
    runAppBridge();
    const db = await keptDatabase();
    const plain = await backupText(db);
    const file = await openBackupFile(plain);
    expect(file.state === 'ready' && file.counts.candidates).toBe(await db.candidates.count());
  });
});
