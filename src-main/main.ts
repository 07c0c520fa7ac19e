import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { APP_ORIGIN } from '../src-shared/ipc/api';
import { channelNames } from '../src-shared/ipc/contract';
import { appVersion } from './app-version';
import { readStaticFile, securityHeaders } from './files/static';
import { logError } from './files/error-log';
import { createServiceHandlers, dispatch, type HandlerTable } from './handlers';
import { buildMenu } from './menu';
import { loadWindowState, saveWindowState } from './window-state';

const rendererFolder = path.join(__dirname, '..', 'renderer');

// Must happen before `ready`: app:// behaves like https (secure, standard URLs, fetch allowed).
protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();
// Dutch date fields and number formats whatever the system language.
app.commandLine.appendSwitch('lang', 'nl-NL');

/** Files this run saved through the dialog: the only ones `host:open-path` may open. */
const savedThisRun = new Set<string>();
let mainWindow: BrowserWindow | null = null;

function handlerTable(): HandlerTable {
  return {
    ...createServiceHandlers({
      transport: 'electron',
      version: appVersion,
      dataFolder: app.getPath('userData'),
      canOpenFiles: true,
    }),
    'host:save-file': async ({ suggestedName, bytes, filters }) => {
      const options = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters,
      };
      const choice = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeFileAtomic(choice.filePath, Buffer.from(bytes));
      savedThisRun.add(choice.filePath);
      return { saved: true, path: choice.filePath };
    },
    'host:open-path': async ({ path: target }) => {
      if (!savedThisRun.has(target)) return { opened: false };
      return { opened: (await shell.openPath(target)) === '' };
    },
  };
}

function fromOwnFrame(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

function registerIpc(): void {
  const table = handlerTable();
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      fromOwnFrame(event)
        ? dispatch(table, channel, payload)
        : { ok: false, error: { code: 'forbidden', message: 'Geen toegang.' } },
    );
  }
}

function serveRenderer(): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'instap' ? await readStaticFile(rendererFolder, url.pathname) : null;
    if (!file) return new Response('Niet gevonden', { status: 404, headers: securityHeaders });
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders, 'Content-Type': file.contentType },
    });
  });
}

function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function createWindow(): void {
  const state = loadWindowState(app.getPath('userData'));
  mainWindow = new BrowserWindow({
    ...state,
    icon: path.join(__dirname, '..', '..', 'assets', 'icon.png'),
    minWidth: 960,
    minHeight: 600,
    title: 'Instap',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // Middle-click must not open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => {
    if (state.maximized) mainWindow?.maximize();
    mainWindow?.show();
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const bounds = mainWindow.getNormalBounds();
    void saveWindowState(app.getPath('userData'), {
      ...bounds,
      maximized: mainWindow.isMaximized(),
    }).catch(() => undefined);
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
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
  void app.whenReady().then(() => {
    lockDownSessions();
    serveRenderer();
    registerIpc();
    Menu.setApplicationMenu(buildMenu(() => mainWindow));
    createWindow();
  });
}

app.on('window-all-closed', () => app.quit());

// On quit the renderer writes one more backup (it holds the database); at most 10 s.
let backedUpForQuit = false;
app.on('before-quit', (event) => {
  if (backedUpForQuit || !mainWindow) return;
  event.preventDefault();
  backedUpForQuit = true;
  const backup = mainWindow.webContents.executeJavaScript('window.instapBackupOnQuit?.()');
  const timeout = new Promise((resolve) => setTimeout(resolve, 10_000));
  void Promise.race([backup, timeout])
    .catch((error: unknown) => logError(app.getPath('userData'), error))
    .finally(() => app.quit());
});
