import type { BrowserWindow } from 'electron';
import { logError } from '../files/error-log';

/** How long closing waits for the renderer's backup before it closes anyway. */
export const BACKUP_ON_CLOSE_LIMIT_MS = 10_000;

/**
 * The renderer holds the database, so before its window goes it writes one more backup. Both ways
 * of quitting pass here: closing the window, and Afsluiten/Ctrl+Q (Electron closes the windows
 * before it quits, and a prevented close postpones the quit). The window closes once the backup
 * is written, failed (logged) or took longer than the limit.
 */
export function backUpBeforeClosing(window: BrowserWindow, dataFolder: string): void {
  let backedUp = false;
  window.on('close', (event) => {
    if (backedUp) return;
    event.preventDefault();
    backedUp = true;
    const backup = window.webContents.executeJavaScript('window.instapBackupOnQuit?.()');
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, BACKUP_ON_CLOSE_LIMIT_MS)));
    void Promise.race([backup, limit])
      .catch((error: unknown) => logError(dataFolder, error))
      .finally(() => {
        clearTimeout(timer);
        if (!window.isDestroyed()) window.close();
      });
  });
}
