import { dialog, type BrowserWindow, type MessageBoxSyncOptions } from 'electron';

/** The question, in the words of the app's own "Wijzigingen niet opgeslagen". */
export const UNSAVED_CLOSE_QUESTION: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Wijzigingen niet opgeslagen',
  message: 'U hebt wijzigingen die nog niet zijn opgeslagen.',
  detail: 'Sluit u Instap nu, dan gaan ze verloren. Kies Annuleren om ze eerst op te slaan.',
  buttons: ['Sluiten zonder opslaan', 'Annuleren'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
};

/**
 * The renderer refuses to unload while a form holds unsaved changes or a draft (beforeunload).
 * Electron would then cancel the close without a word; this asks the coach instead, and closes
 * only when they choose to (the event's preventDefault lets the page unload).
 */
export function confirmUnsavedClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, UNSAVED_CLOSE_QUESTION);
    if (choice === 0) event.preventDefault();
  });
}
