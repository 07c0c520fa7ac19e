import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../src-shared/ipc/contract';
import type * as ElectronStandIn from '../../support/electron-stand-in';
import type { MenuItemTemplate } from '../../support/electron-stand-in';

/**
 * The real main process (src-main/main.ts and its modules), started against a stand-in for the
 * `electron` module that records what it is asked and replays events as Electron emits them.
 */
type StandIn = typeof ElectronStandIn;

const appPage = 'app://instap/index.html';
let folders: { app: string; data: string; documents: string };
let knownProcessListeners: Set<unknown>;

beforeEach(() => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'instap-electron-'));
  folders = {
    app: path.join(root, 'app'),
    data: path.join(root, 'data'),
    documents: path.join(root, 'documents'),
  };
  mkdirSync(path.join(folders.app, 'dist', 'renderer'), { recursive: true });
  mkdirSync(folders.data);
  mkdirSync(folders.documents);
  writeFileSync(path.join(folders.app, 'dist', 'renderer', 'index.html'), '<!doctype html>Instap');
  // What a path that climbs out of dist/renderer would reach.
  writeFileSync(path.join(folders.app, 'dist', 'geheim.txt'), 'GEHEIM-1');
  writeFileSync(path.join(folders.app, 'geheim.txt'), 'GEHEIM-2');
  knownProcessListeners = new Set([
    ...process.listeners('uncaughtException'),
    ...process.listeners('unhandledRejection'),
  ]);
});

afterEach(() => {
  vi.useRealTimers();
  // main.ts logs uncaught errors of the process; those listeners must not outlive the test.
  for (const listener of process.listeners('uncaughtException')) {
    if (!knownProcessListeners.has(listener)) process.off('uncaughtException', listener);
  }
  for (const listener of process.listeners('unhandledRejection')) {
    if (!knownProcessListeners.has(listener)) process.off('unhandledRejection', listener);
  }
});

/** A fresh main process: the stand-in and every module of src-main loaded anew, then `ready`. */
async function startMain(prepare?: (electron: StandIn) => void): Promise<StandIn> {
  vi.resetModules();
  // Registered anew each time, so that main.ts and the test share one fresh stand-in.
  vi.doMock('electron', () => import('../../support/electron-stand-in'));
  const electron = await import('../../support/electron-stand-in');
  electron.answers.appPath = folders.app;
  electron.answers.paths = { userData: folders.data, documents: folders.documents };
  prepare?.(electron);
  await import('../../../src-main/main');
  await electron.app.becomeReady();
  // Start-up goes on after ready (the data folder is secured first): wait for its window.
  if (electron.answers.singleInstanceLock) {
    await vi.waitFor(() => expect(electron.recorded.windows).not.toHaveLength(0));
  }
  return electron;
}

/** The permission bits of a file or folder. */
const modeOf = (file: string) => statSync(file).mode & 0o777;

function mainWindow(electron: StandIn) {
  const [window, ...others] = electron.recorded.windows;
  expect(others).toHaveLength(0);
  if (!window) throw new Error('no window was opened');
  return window;
}

function invoke(electron: StandIn, channel: string, payload: unknown, frameUrl: string | null) {
  const handler = electron.recorded.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, payload);
}

const foreignUrls = [
  'https://example.org/',
  'http://127.0.0.1:5173/index.html',
  'file:///etc/passwd',
  'app://instap.example.org/index.html',
  'app://other/index.html',
  'javascript:alert(1)',
  'data:text/html,<p>x</p>',
  'blob:https://example.org/0b1c',
];

describe('Electron main process: window and lockdown', () => {
  it('registers app:// before ready, enables the sandbox and opens one window with secure defaults', async () => {
    const electron = await startMain();
    expect(electron.recorded.privilegedSchemes).toEqual([
      {
        schemes: [
          { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
        ],
        beforeReady: true,
      },
    ]);
    expect(electron.recorded.sandboxEnabled).toBe(true);
    expect(electron.recorded.switches).toEqual([['lang', 'nl-NL']]);
    const window = mainWindow(electron);
    expect(window.options.webPreferences).toEqual({
      preload: path.join(folders.app, 'dist', 'main', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
    expect(window.options.icon).toBe(path.join(folders.app, 'assets', 'icon.png'));
    expect(window.loadedUrl).toBe(appPage);
  });

  it('prevents a navigation of the window or a frame to anything but the app', async () => {
    const contents = mainWindow(await startMain()).webContents;
    for (const url of foreignUrls) {
      expect(contents.replayNavigation('will-navigate', url), url).toBe(true);
      expect(contents.replayNavigation('will-frame-navigate', url, false), url).toBe(true);
    }
    expect(contents.replayNavigation('will-navigate', `${appPage}#/help`)).toBe(false);
    // The certificate preview: a PDF blob the page made, in an iframe.
    const preview = 'blob:app://instap/7f3c2a9e-1d2b-4c5d-9e8f-0a1b2c3d4e5f';
    expect(contents.replayNavigation('will-frame-navigate', preview, false)).toBe(false);
  });

  it('prevents a redirect away from the app (issue 19.6)', async () => {
    const contents = mainWindow(await startMain()).webContents;
    for (const url of foreignUrls) {
      expect(contents.replayNavigation('will-redirect', url), url).toBe(true);
      expect(contents.replayNavigation('will-redirect', url, false), url).toBe(true);
    }
    expect(contents.replayNavigation('will-redirect', appPage)).toBe(false);
  });

  it('denies every new window and every webview', async () => {
    const electron = await startMain();
    const contents = mainWindow(electron).webContents;
    for (const url of [...foreignUrls, appPage]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    const attach = electron.electronEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('refuses every permission request and every permission check', async () => {
    const electron = await startMain();
    const { permissionRequestHandler, permissionCheckHandler } = electron.recorded;
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'fullscreen',
      'openExternal',
      'pointerLock',
      'hid',
      'serial',
      'usb',
    ];
    for (const permission of permissions) {
      const answers: boolean[] = [];
      permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), {});
      expect(answers, permission).toEqual([false]);
      expect(permissionCheckHandler?.({}, permission, 'app://instap', {}), permission).toBe(false);
    }
  });

  it('brings the open window forward on a second start, and a second instance quits at once', async () => {
    const first = await startMain();
    first.app.emit('second-instance');
    expect(mainWindow(first).calls).toEqual(['focus']);

    const second = await startMain((electron) => (electron.answers.singleInstanceLock = false));
    expect(second.recorded.windows).toHaveLength(0);
    expect(second.recorded.ipcHandlers.size).toBe(0);
    expect(second.recorded.ended).toBe(true);
  });
});

describe('Electron main process: data folder', () => {
  it('secures the data folder at start, before any handler is registered (issue 19)', async () => {
    const backups = path.join(folders.data, 'backups');
    mkdirSync(backups);
    chmodSync(folders.data, 0o755);
    chmodSync(backups, 0o755);
    writeFileSync(path.join(folders.data, 'erasures.json'), '{}', { mode: 0o644 });
    writeFileSync(path.join(backups, 'instap-dag-2026-01-05.json'), '{}', { mode: 0o644 });
    // What a write interrupted by a crash leaves behind: a partial backup.
    writeFileSync(path.join(backups, 'instap-dag-2026-01-06.json.4821'), '{"ta', { mode: 0o644 });
    const atFirstHandler: number[] = [];

    await startMain((electron) => {
      const handle = electron.ipcMain.handle;
      electron.ipcMain.handle = (channel, handler) => {
        if (atFirstHandler.length === 0) atFirstHandler.push(modeOf(folders.data));
        handle(channel, handler);
      };
    });

    expect(atFirstHandler).toEqual([0o700]);
    expect(modeOf(folders.data)).toBe(0o700);
    expect(modeOf(backups)).toBe(0o700);
    expect(modeOf(path.join(folders.data, 'erasures.json'))).toBe(0o600);
    expect(modeOf(path.join(backups, 'instap-dag-2026-01-05.json'))).toBe(0o600);
    expect(readdirSync(backups)).toEqual(['instap-dag-2026-01-05.json']);
  });
});

describe('Electron main process: app:// protocol', () => {
  /** What app:// answers, as main.ts registered it. */
  async function appProtocol() {
    const handler = (await startMain()).recorded.protocolHandlers.get('app');
    if (!handler) throw new Error('app:// is not served');
    return async (url: string) => {
      const response = await handler(new Request(url));
      return { status: response.status, headers: response.headers, body: await response.text() };
    };
  }

  it('serves the built renderer with the security headers', async () => {
    const page = await (await appProtocol())(appPage);
    expect(page.status).toBe(200);
    expect(page.body).toBe('<!doctype html>Instap');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses a path that climbs out of the renderer folder, also percent-encoded', async () => {
    const climbs = [
      'app://instap/../geheim.txt',
      'app://instap/../../geheim.txt',
      'app://instap/..%2fgeheim.txt',
      'app://instap/..%2F..%2Fgeheim.txt',
      'app://instap/%2e%2e%2fgeheim.txt',
      'app://instap/%2E%2E%2F%2E%2E%2Fgeheim.txt',
      'app://instap/..%5cgeheim.txt',
      'app://instap/%2e%2e%5c%2e%2e%5cgeheim.txt',
      'app://instap/index.html/..%2f..%2fgeheim.txt',
      `app://instap/${encodeURIComponent(path.join(folders.app, 'geheim.txt'))}`,
    ];
    const fetchApp = await appProtocol();
    for (const url of climbs) {
      const answer = await fetchApp(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body, url).toBe('Niet gevonden');
    }
  });

  it('serves nothing for another host', async () => {
    const answer = await (await appProtocol())('app://elders/index.html');
    expect(answer.status).toBe(404);
  });
});

describe('Electron main process: IPC', () => {
  const pdf = { suggestedName: 'getuigschrift.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };

  it('registers exactly the channels of the contract and answers the app page', async () => {
    const electron = await startMain();
    expect([...electron.recorded.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
    const info = await invoke(electron, 'app:info', {}, `${appPage}#/instellingen`);
    expect(info).toMatchObject({
      ok: true,
      value: { transport: 'electron', dataFolder: folders.data, canOpenFiles: true },
    });
  });

  it('refuses a call from any other frame before a handler runs', async () => {
    const electron = await startMain((standIn) => {
      standIn.answers.saveDialog = {
        canceled: false,
        filePath: path.join(folders.documents, 'x.pdf'),
      };
    });
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'Geen toegang.' } };
    for (const frame of [...foreignUrls, 'blob:app://instap/0b1c', null]) {
      expect(await invoke(electron, 'app:info', {}, frame), String(frame)).toEqual(forbidden);
      expect(await invoke(electron, 'host:save-file', pdf, frame), String(frame)).toEqual(
        forbidden,
      );
    }
    expect(electron.recorded.dialogCalls).toEqual([]);
    expect(readdirSync(folders.documents)).toEqual([]);
  });

  it('handles a cancelled save dialog: nothing written, a clean answer, nothing to open', async () => {
    const electron = await startMain((standIn) => {
      standIn.answers.saveDialog = { canceled: true, filePath: '' };
    });
    const answer = await invoke(electron, 'host:save-file', pdf, appPage);
    expect(answer).toEqual({ ok: true, value: { saved: false, path: null } });
    const [call, ...more] = electron.recorded.dialogCalls;
    expect(more).toEqual([]);
    expect(call?.method).toBe('showSaveDialog');
    // The dialog belongs to the window and starts in Documenten with the suggested name.
    expect(call?.args[0]).toBe(mainWindow(electron));
    expect(call?.args[1]).toEqual({
      defaultPath: path.join(folders.documents, 'getuigschrift.pdf'),
      filters: [],
    });
    expect(readdirSync(folders.documents)).toEqual([]);
    const open = await invoke(electron, 'host:open-path', { path: folders.documents }, appPage);
    expect(open).toEqual({ ok: true, value: { opened: false } });
    expect(electron.recorded.shellCalls).toEqual([]);
  });

  it('writes the chosen file and opens only a file this run saved', async () => {
    const target = path.join(folders.documents, 'gekozen.pdf');
    const electron = await startMain((standIn) => {
      standIn.answers.saveDialog = { canceled: false, filePath: target };
    });
    const answer = await invoke(electron, 'host:save-file', pdf, appPage);
    expect(answer).toEqual({ ok: true, value: { saved: true, path: target } });
    expect([...readFileSync(target)]).toEqual([37, 80, 68, 70]);
    const other = path.join(folders.app, 'geheim.txt');
    expect(await invoke(electron, 'host:open-path', { path: other }, appPage)).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(await invoke(electron, 'host:open-path', { path: target }, appPage)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(electron.recorded.shellCalls).toEqual([{ method: 'openPath', args: [target] }]);
  });
});

describe('Electron main process: backup before closing', () => {
  /** The renderer's answer to the backup script, settled by the test. */
  function rendererBackup(electron: StandIn) {
    const contents = mainWindow(electron).webContents;
    let finish: (outcome: { fail?: Error }) => void = () => undefined;
    contents.answerScript = (code) =>
      code === 'window.instapBackupOnQuit?.()'
        ? new Promise((resolve, reject) => {
            finish = ({ fail }) => (fail ? reject(fail) : resolve({ name: 'instap-dag.json' }));
          })
        : Promise.resolve(undefined);
    return { scripts: contents.scripts, finish: (outcome = {}) => finish(outcome) };
  }

  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('quitting (Afsluiten, Ctrl+Q) waits for the renderer to write its backup', async () => {
    const electron = await startMain();
    const backup = rendererBackup(electron);
    electron.app.quit();
    await settle();
    expect(backup.scripts).toEqual(['window.instapBackupOnQuit?.()']);
    expect(electron.recorded.ended).toBe(false);
    expect(mainWindow(electron).isDestroyed()).toBe(false);
    backup.finish();
    await vi.waitFor(() => expect(electron.recorded.ended).toBe(true));
    expect(mainWindow(electron).isDestroyed()).toBe(true);
    expect(backup.scripts).toHaveLength(1);
  });

  it('closing the window writes the backup first too', async () => {
    const electron = await startMain();
    const backup = rendererBackup(electron);
    mainWindow(electron).close();
    await settle();
    expect(backup.scripts).toEqual(['window.instapBackupOnQuit?.()']);
    expect(mainWindow(electron).isDestroyed()).toBe(false);
    backup.finish();
    await vi.waitFor(() => expect(electron.recorded.ended).toBe(true));
  });

  it('quits after 10 s when the renderer does not answer, and logs a failed backup', async () => {
    const silent = await startMain();
    rendererBackup(silent);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    silent.app.quit();
    await vi.advanceTimersByTimeAsync(9_900);
    expect(silent.recorded.ended).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(silent.recorded.ended).toBe(true);
    vi.useRealTimers();

    const failing = await startMain();
    const backup = rendererBackup(failing);
    failing.app.quit();
    await settle();
    backup.finish({ fail: new TypeError('schijf vol') });
    await vi.waitFor(() => expect(failing.recorded.ended).toBe(true));
    const log = readFileSync(path.join(folders.data, 'instap.log'), 'utf8');
    expect(log).toContain('TypeError');
    expect(log).not.toContain('schijf vol');
  });

  it('remembers where the window was for the next start', async () => {
    const first = await startMain();
    const backup = rendererBackup(first);
    mainWindow(first).bounds = { x: 40, y: 30, width: 1200, height: 760 };
    first.app.quit();
    backup.finish();
    const stateFile = path.join(folders.data, 'window-state.json');
    await vi.waitFor(() => expect(existsSync(stateFile)).toBe(true));
    // Written private, as every file in the data folder (not only repaired at the next start).
    expect(modeOf(stateFile)).toBe(0o600);
    const next = await startMain();
    expect(mainWindow(next).options).toMatchObject({ x: 40, y: 30, width: 1200, height: 760 });
  });
});

describe('Electron main process: menu', () => {
  function menuItems(electron: StandIn): MenuItemTemplate[] {
    const flatten = (items: MenuItemTemplate[]): MenuItemTemplate[] =>
      items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
    return flatten(electron.recorded.applicationMenu?.template ?? []);
  }

  it('opens the user guide inside the app, not in a browser (issue 13.8)', async () => {
    const electron = await startMain();
    const guide = menuItems(electron).find((item) => item.label === 'Handleiding');
    guide?.click?.();
    expect(mainWindow(electron).webContents.scripts).toEqual([
      'location.hash = "#/handleiding"; setTimeout(() => {}, 50)',
    ]);
    expect(electron.recorded.shellCalls).toEqual([]);
  });

  it('opens nothing outside the app from any menu item', async () => {
    const electron = await startMain();
    const clickable = menuItems(electron).filter((item) => item.click);
    expect(clickable.map((item) => item.label)).toContain('Over Instap');
    for (const item of clickable) item.click?.();
    expect(electron.recorded.shellCalls).toEqual([]);
    const scripts = mainWindow(electron).webContents.scripts;
    expect(scripts.every((script) => script.startsWith('location.hash = "#/'))).toBe(true);
    expect(electron.recorded.dialogCalls.map((call) => call.method)).toEqual(['showMessageBox']);
  });
});
