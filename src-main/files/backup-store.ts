import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { backupProblem } from '../../src-shared/domain/backup';
import {
  backupNameSchema,
  type BackupEntry,
  type BackupReason,
} from '../../src-shared/ipc/backups';
import { makePrivateFolder, PRIVATE_FILE_MODE } from './data-folder';

/** Automatic backups kept: the last 14 days and the last 12 months (DOMAIN: nothing lost). */
export const KEEP_DAILY = 14;
export const KEEP_MONTHLY = 12;
const KEEP_OTHER = 20;

const day = (at: Date) => at.toISOString().slice(0, 10);
const stamp = (at: Date) => at.toISOString().slice(0, 19).replace(/[:T]/g, '-');

const patterns = {
  daily: /^instap-dag-\d{4}-\d{2}-\d{2}\.json$/,
  monthly: /^instap-maand-\d{4}-\d{2}\.json$/,
  manual: /^instap-handmatig-[\d-]+\.json$/,
  'before-restore': /^instap-voor-terugzetten-[\d-]+\.json$/,
};

/**
 * The backups folder inside the data folder. Every file is written atomically (temp file, fsync,
 * rename) and readable by its user only, so a crash mid-write leaves the previous backup as it was.
 */
export function createBackupStore(dataFolder: string, now: () => Date = () => new Date()) {
  const folder = path.join(dataFolder, 'backups');
  const file = (name: string) => path.join(folder, backupNameSchema.parse(name));
  // Written by this store: their text was checked on arrival (the contract's schema).
  const checked = new Set<string>();

  async function names(): Promise<string[]> {
    await makePrivateFolder(folder);
    return (await readdir(folder))
      .filter((name) => backupNameSchema.safeParse(name).success)
      .sort();
  }

  const save = (name: string, text: string) =>
    writeFileAtomic(file(name), text, { fsync: true, mode: PRIVATE_FILE_MODE });

  async function usable(name: string): Promise<boolean> {
    if (checked.has(name)) return true;
    try {
      return backupProblem(await readFile(file(name), 'utf8')) === null;
    } catch {
      return false;
    }
  }

  async function newestUsable(candidates: readonly string[]): Promise<string | null> {
    for (const name of [...candidates].reverse()) if (await usable(name)) return name;
    return null;
  }

  /**
   * Keeps the newest `keep` of a kind, and never lets files that are no backup (an older
   * version stored any text) push out the newest one that is. The backup just written stays
   * even when the computer's clock stands behind the names of the others.
   */
  async function keepNewest(pattern: RegExp, keep: number, justWritten: string) {
    const matching = (await names()).filter((name) => pattern.test(name));
    const surplus = matching.slice(0, Math.max(0, matching.length - keep));
    if (surplus.length === 0) return;
    const spared = (await newestUsable(matching.slice(surplus.length)))
      ? null
      : await newestUsable(surplus);
    for (const name of surplus) {
      if (name !== spared && name !== justWritten) await unlink(file(name));
    }
  }

  async function entry(name: string): Promise<BackupEntry> {
    const info = await stat(file(name));
    return { name, size: info.size, modifiedAt: info.mtime.toISOString() };
  }

  return {
    folder,
    /** `text` is a checked backup: the contract's schema refuses anything else on arrival. */
    async write(reason: BackupReason, text: string): Promise<BackupEntry> {
      await makePrivateFolder(folder);
      const at = now();
      const name =
        reason === 'daily'
          ? `instap-dag-${day(at)}.json`
          : reason === 'manual'
            ? `instap-handmatig-${stamp(at)}.json`
            : `instap-voor-terugzetten-${stamp(at)}.json`;
      await save(name, text);
      checked.add(name);
      if (reason === 'daily') {
        // The first backup of a month stays as that month's.
        const monthly = `instap-maand-${day(at).slice(0, 7)}.json`;
        if (!(await names()).includes(monthly)) {
          await save(monthly, text);
          checked.add(monthly);
        }
        await keepNewest(patterns.daily, KEEP_DAILY, name);
        await keepNewest(patterns.monthly, KEEP_MONTHLY, monthly);
      } else {
        await keepNewest(patterns[reason], KEEP_OTHER, name);
      }
      return entry(name);
    },
    async list(): Promise<BackupEntry[]> {
      const all = await Promise.all((await names()).map(entry));
      return all.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
    },
    async read(name: string): Promise<string> {
      return readFile(file(name), 'utf8');
    },
  };
}
