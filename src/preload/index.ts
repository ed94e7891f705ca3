// The one bridge: intent-level methods derived from the IPC contract. Nothing else is exposed —
// no ipcRenderer, no generic send.
import { contextBridge, ipcRenderer } from 'electron';
import { BridgeError, type Bridge } from '../shared/bridge';
import type { Channel, IpcResult, RequestOf, ResponseOf } from '../shared/ipc/contract';
import type { PageNetworkEvents } from '../shared/events/pageNetwork';
import { createHostEvents } from './hostEvents';

async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = (await ipcRenderer.invoke(channel, request)) as IpcResult<ResponseOf<C>>;
  if (result.ok) return result.value;
  throw new BridgeError(result.error.code, result.error.message, result.error.issues);
}

const bridge: Bridge = {
  settings: {
    load: () => call('settings:load', undefined),
    save: (next) => call('settings:save', next),
  },
  vault: {
    getPassword: (accountId) => call('vault:get-password', { accountId }),
    setPassword: (accountId, password) => call('vault:set-password', { accountId, password }),
    deletePassword: (accountId) => call('vault:delete-password', { accountId }),
  },
  app: {
    info: () => call('app:info', undefined),
  },
  files: {
    canChooseFolder: true,
    chooseFolder: (purpose, title) => call('dialog:choose-folder', { purpose, title }),
  },
  // The preload's global is the page's window (seen from the isolated world), typed here without the DOM.
  events: createHostEvents(ipcRenderer, globalThis as unknown as PageNetworkEvents, (m) => console.warn(`[switchboard] ${m}`)),
};

contextBridge.exposeInMainWorld('switchboard', bridge);
