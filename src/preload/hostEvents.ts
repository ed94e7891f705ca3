// The desktop bridge's events: every contract event main sends over IPC, plus the page's own online and
// offline, all received through the one checking hub (a malformed payload is dropped and logged). Only
// main can send on these channels (Electron 45's ipcRenderer has no sendTo between pages), so the payload
// is what needs checking, not the sender.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { HostEvents } from '../shared/bridge';
import { createEventHub } from '../shared/events/eventHub';
import { watchPageNetwork, type PageNetworkEvents } from '../shared/events/pageNetwork';
import { EVENTS } from '../shared/ipc/events';

export function createHostEvents(ipc: Pick<IpcRenderer, 'on' | 'removeListener'>, page: PageNetworkEvents, log: (message: string) => void): HostEvents {
  return createEventHub((emit) => {
    // Only the payload goes on: the IPC event object (with its sender) never reaches the page.
    const forwards = EVENTS.map((name) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => emit(name, payload);
      ipc.on(name, forward);
      return () => ipc.removeListener(name, forward);
    });
    const stopNetwork = watchPageNetwork(page, emit);
    return () => {
      for (const stop of forwards) stop();
      stopNetwork();
    };
  }, log);
}
