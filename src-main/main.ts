import path from 'node:path';
import { app, Menu, type BrowserWindow } from 'electron';
import { appVersion } from './app-version';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { backUpBeforeClosing } from './electron/backup-on-close';
import { confirmUnsavedClose } from './electron/confirm-unsaved-close';
import { createHostHandlers } from './electron/host-handlers';
import { registerIpc } from './electron/ipc';
import { lockDown } from './electron/lockdown';
import { createMainWindow } from './electron/main-window';
import { secureDataFolder } from './files/data-folder';
import { logError } from './files/error-log';
import { createServiceHandlers } from './handlers';
import { buildMenu } from './menu';

/**
 * The desktop app: one locked-down window on app://instap/, the handler table over IPC, Dutch
 * menus, and one more backup before the window closes. The parts live in ./electron; this file
 * only puts them together in Electron's order (tests/unit/main/electron-main.test.ts runs it).
 */
registerAppScheme();
app.enableSandbox();
// Dutch date fields and number formats whatever the system language.
app.commandLine.appendSwitch('lang', 'nl-NL');

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  const dataFolder = app.getPath('userData');
  const appRoot = app.getAppPath();
  lockDown();
  serveRenderer(path.join(appRoot, 'dist', 'renderer'));
  // Before anything reads or writes it, as the web host does: 0700/0600, crash leftovers gone.
  // A folder that cannot be repaired is logged and the app still opens: the coach needs the data.
  await secureDataFolder(dataFolder).catch((error: unknown) => logError(dataFolder, error));
  registerIpc({
    ...createServiceHandlers({
      transport: 'electron',
      version: appVersion,
      dataFolder,
      canOpenFiles: true,
    }),
    ...createHostHandlers(() => mainWindow, app.getPath('documents')),
  });
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createMainWindow(appRoot, dataFolder);
  backUpBeforeClosing(mainWindow, dataFolder);
  confirmUnsavedClose(mainWindow);
  mainWindow.on('closed', () => (mainWindow = null));
}

// One Instap at a time: a second start brings the open window forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  process.on('uncaughtException', (error) => logError(app.getPath('userData'), error));
  process.on('unhandledRejection', (error) => logError(app.getPath('userData'), error));
  void app.whenReady().then(start);
}

app.on('window-all-closed', () => app.quit());
