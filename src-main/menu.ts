import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { appVersion } from './app-version';

/** Dutch menus with the usual shortcuts; navigation items move the renderer's hash route. */
export function buildMenu(window: () => BrowserWindow | null): Menu {
  const go = (route: string, shortcut?: 'n' | 'k') => () => {
    // Menu accelerators never reach the page, so the page's own shortcut is replayed there.
    const key = shortcut
      ? `;window.dispatchEvent(new KeyboardEvent('keydown', { key: '${shortcut}', ctrlKey: true }))`
      : '';
    void window()?.webContents.executeJavaScript(
      `location.hash = ${JSON.stringify(route)}; setTimeout(() => {${key}}, 50)`,
    );
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Bestand',
      submenu: [
        { label: 'Nieuwe kandidaat', accelerator: 'CmdOrCtrl+N', click: go('#/kandidaten', 'n') },
        { type: 'separator' },
        { label: 'Instellingen', accelerator: 'CmdOrCtrl+,', click: go('#/instellingen') },
        { type: 'separator' },
        { label: 'Afsluiten', role: 'quit' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { label: 'Ongedaan maken', role: 'undo' },
        { label: 'Opnieuw', role: 'redo' },
        { type: 'separator' },
        { label: 'Knippen', role: 'cut' },
        { label: 'Kopiëren', role: 'copy' },
        { label: 'Plakken', role: 'paste' },
        { label: 'Alles selecteren', role: 'selectAll' },
        { type: 'separator' },
        { label: 'Zoeken', accelerator: 'CmdOrCtrl+K', click: go('#/kandidaten', 'k') },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { label: 'Kandidaten', accelerator: 'CmdOrCtrl+1', click: go('#/kandidaten') },
        { label: 'Resultaten', accelerator: 'CmdOrCtrl+2', click: go('#/resultaten') },
        { label: 'Regio', accelerator: 'CmdOrCtrl+3', click: go('#/regio') },
        { label: 'Overleg', accelerator: 'CmdOrCtrl+4', click: go('#/overleg') },
        { label: 'Getuigschriften', accelerator: 'CmdOrCtrl+5', click: go('#/getuigschriften') },
        { type: 'separator' },
        { label: 'Herladen', role: 'reload' },
        { label: 'Ware grootte', role: 'resetZoom' },
        { label: 'Inzoomen', role: 'zoomIn' },
        { label: 'Uitzoomen', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Volledig scherm', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'Sneltoetsen', accelerator: 'F1', click: go('#/help') },
        // The guide ships inside the app: help works offline and opens no browser.
        { label: 'Handleiding', click: go('#/handleiding') },
        { type: 'separator' },
        {
          label: 'Over Instap',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'Over Instap',
              message: `Instap ${appVersion}`,
              detail:
                'Werkervaringsplaatsen volgen, getuigschriften en resultaten voor de werkcoach.\nAlle gegevens blijven op deze computer.',
            }),
        },
      ],
    },
  ];
  if (process.platform === 'darwin') template.unshift({ label: app.name, role: 'appMenu' });
  return Menu.buildFromTemplate(template);
}
