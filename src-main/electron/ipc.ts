import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../src-shared/ipc/contract';
import { dispatch, type HandlerTable } from '../handlers';
import { isAppPage } from './origin';

/**
 * Every channel of the contract, answered only for the app's own page: a call from any other
 * frame (or one already gone) gets `forbidden` and never reaches a handler.
 */
export function registerIpc(table: HandlerTable): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      fromAppPage(event)
        ? dispatch(table, channel, payload)
        : { ok: false, error: { code: 'forbidden', message: 'Geen toegang.' } },
    );
  }
}

function fromAppPage(event: IpcMainInvokeEvent): boolean {
  return isAppPage(event.senderFrame?.url ?? '');
}
