import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Opens the one-time address in the user's browser, where one can be opened. The address does
 * not go on a command line (every local account can read those in the process list): it goes
 * into a small page in the private data folder, and that page is what the browser is asked to
 * open. Fails silently: the address is printed in the terminal as well.
 */
export async function openInBrowser(address: string, dataFolder: string): Promise<void> {
  const launcher = path.join(dataFolder, 'instap-openen.html');
  try {
    await writeFile(launcher, launcherPage(address), { mode: 0o600 });
    const [command, ...args] = openCommand(launcher);
    const child = spawn(command as string, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser, no desktop, no writable folder: the printed address still works.
  }
}

function openCommand(file: string): string[] {
  // Explorer opens a file with its default program, without cmd.exe parsing the path.
  if (process.platform === 'win32') return ['explorer.exe', file];
  if (process.platform === 'darwin') return ['open', file];
  return ['xdg-open', file];
}

function launcherPage(address: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Instap openen</title><meta http-equiv="refresh" content="0; url=${address}"></head><body><p><a href="${address}">Instap openen</a></p></body></html>\n`;
}
