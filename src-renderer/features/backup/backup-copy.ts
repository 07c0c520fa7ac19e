import { parseBackup, type Backup, type BackupTable } from '../../../src-shared/domain/backup';
import {
  decryptBackup,
  encryptBackup,
  ENCRYPTED_BACKUP_EXTENSION,
  isEncryptedBackup,
  readEncryptedHeader,
} from '../../../src-shared/domain/backup-encryption';
import type { InstapDatabase } from '../../db/database';
import type { MadeFile } from '../../ui/FileButton';
import { todayIso } from '../../ui/format';
import { backupText } from './backup-repository';

/**
 * A copy the coach saves outside the data folder is always encrypted with their passphrase: it
 * can travel on a USB stick or a share. The automatic backups stay plain inside the private data
 * folder, where the computer's own disk encryption protects them.
 */
export async function encryptedCopy(db: InstapDatabase, passphrase: string): Promise<MadeFile> {
  const text = await encryptBackup(await backupText(db), passphrase);
  return {
    fileName: `instap-back-up-${todayIso()}.${ENCRYPTED_BACKUP_EXTENSION}`,
    bytes: new TextEncoder().encode(text),
  };
}

/** A backup file the coach chose, as far as it could be opened. */
export type OpenedBackupFile =
  | { state: 'ready'; backup: Backup; counts: Record<BackupTable, number> }
  /** An encrypted copy whose header this version accepts: ask for the passphrase. */
  | { state: 'locked' }
  | { state: 'refused'; message: string };
export type ReadyBackup = Extract<OpenedBackupFile, { state: 'ready' }>;
export type RefusedFile = Extract<OpenedBackupFile, { state: 'refused' }>;

/**
 * Opens a chosen file up to the point of restoring: a plain backup is checked at once; an
 * encrypted copy needs `passphrase`, and a wrong one is refused like any broken file (nothing is
 * restored from a refused file).
 */
export async function openBackupFile(
  text: string,
  passphrase: string | null = null,
): Promise<OpenedBackupFile> {
  let plain = text;
  if (isEncryptedBackup(text)) {
    const header = readEncryptedHeader(text);
    if (!header.ok) return { state: 'refused', message: header.message };
    if (passphrase === null) return { state: 'locked' };
    const opened = await decryptBackup(text, passphrase);
    if (!opened.ok) return { state: 'refused', message: opened.message };
    plain = opened.text;
  }
  const check = parseBackup(plain);
  if (!check.ok) return { state: 'refused', message: check.message };
  return { state: 'ready', backup: check.backup, counts: check.counts };
}
