import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  backupNameSchema,
  type BackupEntry,
  type BackupReason,
} from '../../src-shared/ipc/backups';

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
 * rename), so a crash mid-write leaves the previous backup as it was.
 */
export function createBackupStore(dataFolder: string, now: () => Date = () => new Date()) {
  const folder = path.join(dataFolder, 'backups');
  const file = (name: string) => path.join(folder, backupNameSchema.parse(name));

  async function names(): Promise<string[]> {
    await mkdir(folder, { recursive: true });
    return (await readdir(folder))
      .filter((name) => backupNameSchema.safeParse(name).success)
      .sort();
  }

  async function keepNewest(pattern: RegExp, keep: number) {
    const matching = (await names()).filter((name) => pattern.test(name));
    for (const name of matching.slice(0, Math.max(0, matching.length - keep))) {
      await unlink(file(name));
    }
  }

  async function entry(name: string): Promise<BackupEntry> {
    const info = await stat(file(name));
    return { name, size: info.size, modifiedAt: info.mtime.toISOString() };
  }

  return {
    folder,
    async write(reason: BackupReason, text: string): Promise<BackupEntry> {
      await mkdir(folder, { recursive: true });
      const at = now();
      const name =
        reason === 'daily'
          ? `instap-dag-${day(at)}.json`
          : reason === 'manual'
            ? `instap-handmatig-${stamp(at)}.json`
            : `instap-voor-terugzetten-${stamp(at)}.json`;
      await writeFileAtomic(file(name), text, { fsync: true });
      if (reason === 'daily') {
        // The first backup of a month stays as that month's.
        const monthly = `instap-maand-${day(at).slice(0, 7)}.json`;
        if (!(await names()).includes(monthly)) await writeFileAtomic(file(monthly), text);
        await keepNewest(patterns.daily, KEEP_DAILY);
        await keepNewest(patterns.monthly, KEEP_MONTHLY);
      } else {
        await keepNewest(patterns[reason], KEEP_OTHER);
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
