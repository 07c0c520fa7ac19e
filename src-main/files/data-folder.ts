import { chmod, mkdir, readdir, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The per-user data folder when nothing else is given: the platform's usual place. */
export function defaultDataFolder(): string {
  const home = os.homedir();
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Instap');
  }
  if (process.platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', 'Instap');
  }
  return path.join(process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'instap');
}

/**
 * The data folder holds every personal value and the installation's pseudonym secret (in each
 * backup), so only its user may enter it or read what is in it. Set at creation; repaired at start
 * by `secureDataFolder`. (Windows ignores these bits; there the profile folder's ACL protects it.)
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Instap's own subfolders; others (Chromium's profile in Electron) are left as Chromium made them. */
const OWN_FOLDERS = ['backups'];

/** write-file-atomic writes `<file>.<number>` and renames it; a crash can leave that temp behind. */
const CRASH_LEFTOVER = /\.json\.\d+$/;

export async function makePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Start-up repair, run by the web host and by Electron's main process before anything else uses
 * the folder: folders 0700, files 0600 (whatever an older version or a copy left), and the temp
 * files of a write a crash interrupted removed (each is a whole or partial backup: personal data).
 */
export async function secureDataFolder(folder: string): Promise<void> {
  await makePrivateFolder(folder);
  await securePrivateFolder(folder);
  for (const name of OWN_FOLDERS) {
    const own = path.join(folder, name);
    await makePrivateFolder(own);
    await securePrivateFolder(own);
  }
}

async function securePrivateFolder(folder: string): Promise<void> {
  await chmod(folder, PRIVATE_FOLDER_MODE);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    // Links and sockets are not Instap's files; following a link could change a file elsewhere.
    if (!entry.isFile()) continue;
    const file = path.join(folder, entry.name);
    if (CRASH_LEFTOVER.test(entry.name)) await unlink(file);
    else await chmod(file, PRIVATE_FILE_MODE);
  }
}
