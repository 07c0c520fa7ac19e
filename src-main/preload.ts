import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../src-shared/ipc/contract';

// Exactly one object, built from the contract: the renderer gets a function per channel and
// never ipcRenderer itself.
const api = Object.fromEntries(
  channelNames.map((name) => [name, (request: unknown) => ipcRenderer.invoke(name, request)]),
);

contextBridge.exposeInMainWorld('instap', Object.freeze(api));
