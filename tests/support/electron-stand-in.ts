import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module (its binary cannot be installed here), for
 * `vi.mock('electron', …)`. It only records what the main process and the preload ask for and
 * lets a test replay events in the order Electron emits them; it decides nothing itself: no
 * navigation, no permission, no file dialog happens unless the code under test or the test says
 * so. Emitters are Node's EventEmitter, as Electron's own objects are.
 */

type Listener = (...args: never[]) => unknown;

/** Electron's `Event<Params>`: the details plus preventDefault. */
export type ElectronEvent<Details extends object = object> = Details & {
  preventDefault: () => void;
  defaultPrevented: boolean;
};

export function electronEvent<Details extends object>(
  details: Details = {} as Details,
): ElectronEvent<Details> {
  const event = {
    ...details,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

interface Call {
  method: string;
  args: unknown[];
}

type IpcHandler = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: object,
) => boolean;

/** What the code under test asked for, in order. */
export const recorded = {
  privilegedSchemes: [] as { schemes: unknown[]; beforeReady: boolean }[],
  switches: [] as string[][],
  sandboxEnabled: false,
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  permissionRequestHandler: null as PermissionRequestHandler | null,
  permissionCheckHandler: null as PermissionCheckHandler | null,
  ipcHandlers: new Map<string, IpcHandler>(),
  windows: [] as BrowserWindow[],
  applicationMenu: null as Menu | null,
  dialogCalls: [] as Call[],
  shellCalls: [] as Call[],
  exposedInMainWorld: new Map<string, unknown>(),
  invoked: [] as { channel: string; payload: unknown }[],
  /** The app ran to its end (will-quit not prevented). */
  ended: false,
};

/** What the test lets Electron answer. */
export const answers = {
  appPath: '/nonexistent/app',
  paths: {} as Record<string, string>,
  singleInstanceLock: true,
  saveDialog: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
};

class App extends EventEmitter {
  readonly name = 'Instap';
  readonly commandLine = {
    appendSwitch: (...args: string[]) => void recorded.switches.push(args),
  };
  isReady = false;
  private quitting = false;
  private markReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  getAppPath(): string {
    return answers.appPath;
  }
  getPath(name: string): string {
    const folder = answers.paths[name];
    if (!folder) throw new Error(`stand-in: no path "${name}" given`);
    return folder;
  }
  enableSandbox(): void {
    recorded.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return answers.singleInstanceLock;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Test: Electron has started; resolves once the code's `whenReady` continuation has run. */
  async becomeReady(): Promise<void> {
    this.isReady = true;
    this.markReady();
    this.emit('ready');
    await this.ready;
    await new Promise((resolve) => setImmediate(resolve));
  }
  /**
   * As Electron: `before-quit`, then every window is asked to close; a prevented close cancels
   * the quit. When all closed, `will-quit`, then the end.
   */
  quit(): void {
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    for (const window of openWindows()) window.close();
    this.quitting = false;
    if (openWindows().length > 0) return;
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (!willQuit.defaultPrevented) recorded.ended = true;
  }
  /** Electron emits window-all-closed only when the last window closes outside a quit. */
  windowClosed(): void {
    if (!this.quitting && openWindows().length === 0)
      this.emit('window-all-closed', electronEvent());
  }
}

export const app = new App();

function openWindows(): BrowserWindow[] {
  return recorded.windows.filter((window) => !window.isDestroyed());
}

type NavigationEvent = 'will-navigate' | 'will-frame-navigate' | 'will-redirect';

class WebContents extends EventEmitter {
  readonly scripts: string[] = [];
  /** Test: what the page answers to executeJavaScript. */
  answerScript: (code: string) => Promise<unknown> = () => Promise.resolve(undefined);
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return this.answerScript(code);
  }
  /** Test: a navigation as Electron reports it; true when the app prevented it. */
  replayNavigation(name: NavigationEvent, url: string, isMainFrame = true): boolean {
    const event = electronEvent({ url, isSameDocument: false, isMainFrame, frame: null });
    if (name === 'will-frame-navigate') this.emit(name, event);
    // will-navigate and will-redirect still pass the deprecated positional arguments as well.
    else this.emit(name, event, url, false, isMainFrame, 1, 1);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new WebContents();
  loadedUrl: string | null = null;
  bounds = { x: 0, y: 0, width: 800, height: 600 };
  private state = { maximized: false, minimized: false, destroyed: false, shown: false };
  readonly calls: string[] = [];

  constructor(readonly options: Record<string, unknown>) {
    super();
    recorded.windows.push(this);
    // As Electron: the app hears of the new web contents before anything is loaded in it.
    app.emit('web-contents-created', electronEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.state.maximized;
  }
  isMinimized(): boolean {
    return this.state.minimized;
  }
  isDestroyed(): boolean {
    return this.state.destroyed;
  }
  maximize(): void {
    this.state.maximized = true;
  }
  show(): void {
    this.state.shown = true;
  }
  isVisible(): boolean {
    return this.state.shown;
  }
  restore(): void {
    this.calls.push('restore');
  }
  focus(): void {
    this.calls.push('focus');
  }
  /** As Electron: `close` (preventable), then `closed`. */
  close(): void {
    if (this.state.destroyed) throw new Error('Object has been destroyed');
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.state.destroyed = true;
    this.emit('closed');
    app.windowClosed();
  }
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) =>
    void recorded.privilegedSchemes.push({ schemes, beforeReady: !app.isReady }),
  handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) =>
    void recorded.protocolHandlers.set(scheme, handler),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) =>
      void (recorded.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: PermissionCheckHandler) =>
      void (recorded.permissionCheckHandler = handler),
  },
};

export const ipcMain = {
  handle: (channel: string, handler: IpcHandler) => {
    // Electron refuses a second handler for a channel.
    if (recorded.ipcHandlers.has(channel)) throw new Error(`second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, handler);
  },
};

export class Menu {
  private constructor(readonly template: MenuItemTemplate[]) {}
  static buildFromTemplate(template: MenuItemTemplate[]): Menu {
    return new Menu(template);
  }
  static setApplicationMenu(menu: Menu | null): void {
    recorded.applicationMenu = menu;
  }
}

export interface MenuItemTemplate {
  label?: string;
  role?: string;
  accelerator?: string;
  click?: Listener;
  submenu?: MenuItemTemplate[];
}

export const dialog = {
  showSaveDialog: (...args: unknown[]) => {
    recorded.dialogCalls.push({ method: 'showSaveDialog', args });
    return Promise.resolve(answers.saveDialog);
  },
  showMessageBox: (...args: unknown[]) => {
    recorded.dialogCalls.push({ method: 'showMessageBox', args });
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
};

export const shell = {
  openExternal: (...args: unknown[]) => {
    recorded.shellCalls.push({ method: 'openExternal', args });
    return Promise.resolve();
  },
  openPath: (...args: unknown[]) => {
    recorded.shellCalls.push({ method: 'openPath', args });
    return Promise.resolve('');
  },
};

export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => void recorded.exposedInMainWorld.set(key, api),
};

export const ipcRenderer = {
  invoke: (channel: string, payload: unknown) => {
    recorded.invoked.push({ channel, payload });
    return Promise.resolve({ ok: true, value: null });
  },
};
