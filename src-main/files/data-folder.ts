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
