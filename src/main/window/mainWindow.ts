// The one application window. Isolation and the sandbox stay on: the renderer reaches the host only
// through the preload's intent-level bridge.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** @param devTools whether DevTools may open (shellFeatures.ts: development, or allowed by admin policy). */
export function mainWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1000,
    height: 760,
    minWidth: 420,
    minHeight: 520,
    title: 'Switchboard',
    show: false,
    backgroundColor: '#f4f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools,
      spellcheck: false,
    },
  };
}

/** The dev server in development, app://switchboard/index.html when packaged. */
export function loadRenderer(win: Pick<BrowserWindow, 'loadURL'>, url: string): Promise<void> {
  return win.loadURL(url);
}
