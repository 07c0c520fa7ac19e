import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../src-shared/ipc/api';
import { loadWindowState, saveWindowState } from '../window-state';

/**
 * The one window, with Electron's secure defaults spelled out, where the coach left it last time.
 * `appRoot` is the app's folder (app.asar when installed): dist/main and assets live there.
 */
export function createMainWindow(appRoot: string, dataFolder: string): BrowserWindow {
  const state = loadWindowState(dataFolder);
  const window = new BrowserWindow({
    ...state,
    icon: path.join(appRoot, 'assets', 'icon.png'),
    minWidth: 960,
    minHeight: 600,
    title: 'Instap',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: path.join(appRoot, 'dist', 'main', 'preload.cjs'),
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
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    void saveWindowState(dataFolder, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    }).catch(() => undefined);
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
