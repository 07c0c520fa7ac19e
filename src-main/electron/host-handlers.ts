import path from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import type { HostChannel } from '../../src-shared/ipc/contract';
import type { HandlerTable } from '../handlers';

/**
 * The desktop shell's effects: save through the system dialog (cancelling writes nothing), and
 * open in the system viewer only a file this run saved, never a path the page names.
 */
export function createHostHandlers(
  window: () => BrowserWindow | null,
  documentsFolder: string,
): HandlerTable<HostChannel> {
  const savedThisRun = new Set<string>();
  return {
    'host:save-file': async ({ suggestedName, bytes, filters }) => {
      const options = { defaultPath: path.join(documentsFolder, suggestedName), filters };
      const parent = window();
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
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
