// Sends host events to the renderer: checked against the event contract first (a payload that fails its
// schema is logged and not sent), and only to the app's own page — a window whose page is anything else
// (a blank page before it loads, or somewhere it should never have navigated) gets nothing.
import type { WebContents } from 'electron';
import { parseEvent, type EventName, type PayloadOf } from '../../shared/ipc/events';

export type SendEvent = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

export interface SendEventDeps {
  /** The app's own windows (never a dialog's, DevTools' or another page's). */
  windows(): readonly { webContents: Pick<WebContents, 'send' | 'getURL' | 'isDestroyed'> }[];
  isAppUrl(url: string): boolean;
  log(message: string): void;
}

export function createEventSender(deps: SendEventDeps): SendEvent {
  return (name, payload) => {
    const checked = parseEvent(name, payload);
    if (!checked.ok) {
      deps.log(`event not sent: ${checked.reason}`);
      return;
    }
    for (const { webContents } of deps.windows()) {
      if (webContents.isDestroyed()) continue;
      const url = webContents.getURL();
      if (!deps.isAppUrl(url)) {
        deps.log(`event ${name} not sent to ${url || '(no page)'}: not the app`);
        continue;
      }
      // webContents.send reaches the main frame only: no embedded frame hears the host.
      webContents.send(name, checked.payload);
    }
  };
}
