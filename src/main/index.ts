// Switchboard's main process: lifecycle and wiring only; each concern lives in its own module.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFolderChooser } from './dialog/chooseFolder';
import { registerHandlers } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { isAppUrl, type AppOrigin } from './security/appOrigin';
import { installResponseHeaders } from './security/responseHeaders';
import { serviceOrigins } from './security/serviceCors';
import { lockNavigation } from './security/navigation';
import { installPermissionHandlers } from './security/permissions';
import { policyPath, readPolicy } from './settings/policySource';
import { createSettingsStore } from './settings/settingsStore';
import { createCredentialVault } from './vault/credentialVault';
import { loadRenderer, mainWindowOptions } from './window/mainWindow';
import { APP_URL, registerAppScheme, serveApp } from './window/appProtocol';
import { modelFolderFor } from './window/modelFolder';

const rendererDir = join(__dirname, '../renderer');
const origin: AppOrigin = {
  appUrl: APP_URL,
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};
const log = (m: string) => console.log(`[switchboard] ${m}`);
let mainWindow: BrowserWindow | null = null;

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start).catch((e) => {
    log(`start-up failed: ${e instanceof Error ? e.stack : e}`);
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

const SERVICES_TTL_MS = 10_000;

function start(): void {
  const userData = app.getPath('userData');
  const policyFile = policyPath(process.platform, process.env);
  const store = createSettingsStore(userData, () => readPolicy(policyFile), log);
  // The services the settings in force name, for their CORS headers: read again after every save, and
  // at most SERVICES_TTL_MS after a policy change.
  let services: { origins: Set<string>; at: number } | null = null;
  const servicesNow = () => {
    if (!services || Date.now() - services.at > SERVICES_TTL_MS) services = { origins: serviceOrigins(store.load().effective), at: Date.now() };
    return services.origins;
  };
  const settings: typeof store = {
    load: store.load,
    save: (next) => {
      const saved = store.save(next);
      services = null;
      return saved;
    },
  };
  const vault = createCredentialVault(userData, safeStorage);
  // The caption model folder follows the settings and policy in force at each request.
  serveApp(protocol, rendererDir, (file) => readFile(file), () => modelFolderFor(settings.load(), process.resourcesPath, existsSync));
  installResponseHeaders(session.defaultSession, servicesNow);
  installPermissionHandlers(session.defaultSession, origin);
  registerHandlers(
    ipcMain,
    createHandlers({
      settings,
      vault,
      info: { name: app.getName(), version: app.getVersion(), platform: 'desktop', os: process.platform },
      chooseFolder: createFolderChooser({ dialog, window: () => mainWindow }),
    }),
    { isTrustedSender: (url) => isAppUrl(url, origin), log },
  );
  createWindow();
}

function createWindow(): void {
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs')));
  mainWindow = win;
  lockNavigation(win.webContents, origin, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void loadRenderer(win, origin.devServerUrl ?? `${APP_URL}index.html`);
}
