// Switchboard's main process: lifecycle and wiring only; each concern lives in its own module.
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Policy } from '../shared/settings/schema';
import { createFolderChooser } from './dialog/chooseFolder';
import { createServiceQuestion } from './dialog/confirmService';
import { registerHandlers } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { createEventSender } from './ipc/sendEvent';
import { createModelFolderGrant, modelFolderFor } from './models/modelFolder';
import { isAppUrl, type AppOrigin } from './security/appOrigin';
import { createExternalOpener, externalLinkHosts } from './security/externalLinks';
import { lockNavigation } from './security/navigation';
import { installPermissionHandlers } from './security/permissions';
import { installResponseHeaders } from './security/responseHeaders';
import { createServiceGrants } from './security/serviceGrants';
import { policyPath, readPolicy } from './settings/policySource';
import { createSettingsStore, type SettingsStore } from './settings/settingsFile';
import { moveSettingsSecretsToVault } from './settings/settingsSecrets';
import { forwardPowerEvents } from './system/powerEvents';
import { createCredentialVault } from './vault/credentialVault';
import { APP_URL, registerAppScheme, serveApp } from './window/appProtocol';
import { loadRenderer, mainWindowOptions } from './window/mainWindow';
import { applicationMenu, devToolsAllowed } from './window/shellFeatures';

const rendererDir = join(__dirname, '../renderer');
const origin: AppOrigin = {
  appUrl: APP_URL,
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};
const log = (m: string) => console.log(`[switchboard] ${m}`);
const policyFile = policyPath(process.platform, process.env, app.isPackaged);
let mainWindow: BrowserWindow | null = null;
/** Opens a link from the page in the system browser if it is allowed (set in start()). */
let openExternal: (url: string) => void = () => undefined;

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

/** Policy as main uses it for its own decisions: a broken file grants nothing (settings:load reports it). */
function policyOrNull(): Policy | null {
  try {
    return readPolicy(policyFile);
  } catch {
    return null;
  }
}

const GRANTS_TTL_MS = 10_000;

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const vault = createCredentialVault(userData, safeStorage, {
    platform: process.platform,
    allowBasicText: () => policyOrNull()?.security?.allowBasicTextSecrets === true,
    log,
  });
  // Before anything reads the settings: TURN credentials an older version kept in the file go to the vault.
  await moveSettingsSecretsToVault(userData, vault, log);
  const modelFolder = createModelFolderGrant(userData);
  const store = createSettingsStore(userData, () => readPolicy(policyFile), log, modelFolder);
  const grants = createServiceGrants({ dir: userData, ask: createServiceQuestion({ dialog, window: () => mainWindow }), log });
  // The granted services, for their CORS headers and links: read again after every save, and at most
  // GRANTS_TTL_MS after a policy change.
  let granted: { origins: Set<string>; hosts: string[]; at: number } | null = null;
  const grantedNow = () => {
    if (!granted || Date.now() - granted.at > GRANTS_TTL_MS) {
      try {
        const { effective } = store.load();
        const policy = policyOrNull();
        const origins = grants.granted(effective, policy);
        granted = { origins, hosts: externalLinkHosts(policy, effective, origins), at: Date.now() };
      } catch (e) {
        // A broken policy file (settings:load reports it to the agent): grant nothing rather than fail requests.
        log(`service grants: ${e instanceof Error ? e.message : e}`);
        granted = { origins: new Set(), hosts: [], at: Date.now() };
      }
    }
    return granted;
  };
  const settings: SettingsStore = {
    load: store.load,
    save: (next) => {
      const saved = store.save(next);
      granted = null;
      return saved;
    },
  };
  serveApp(protocol, rendererDir, (file) => readFile(file), () =>
    modelFolderFor({ policyFolder: policyOrNull()?.captions?.modelFolder, pickedFolder: modelFolder.current() }, process.resourcesPath, existsSync),
  );
  installResponseHeaders(session.defaultSession, {
    grantedOrigins: () => grantedNow().origins,
    appOrigin: origin.devServerUrl ? new URL(origin.devServerUrl).origin : APP_URL.slice(0, -1),
  });
  installPermissionHandlers(session.defaultSession, origin);
  registerHandlers(
    ipcMain,
    createHandlers({
      settings,
      // A save that names a service main has no grant for asks the agent about it (serviceGrants.ts).
      afterSave: async (saved) => {
        await grants.confirmNamed(saved.effective, policyOrNull());
        granted = null;
      },
      vault,
      info: { name: app.getName(), version: app.getVersion(), platform: 'desktop', os: process.platform },
      chooseFolder: createFolderChooser({
        dialog,
        window: () => mainWindow,
        onChosen: (purpose, folder) => {
          if (purpose === 'caption-models') modelFolder.picked(folder);
        },
      }),
    }),
    { isTrustedSender: (url) => isAppUrl(url, origin), log },
  );
  openExternal = createExternalOpener({ hosts: () => grantedNow().hosts, open: (url) => shell.openExternal(url), log });
  // Host events go to the app's own window only (powerMonitor may be used once the app is ready).
  const sendEvent = createEventSender({ windows: () => (mainWindow ? [mainWindow] : []), isAppUrl: (url) => isAppUrl(url, origin), log });
  forwardPowerEvents(powerMonitor, sendEvent);
  createWindow();
  // Settings saved before grants existed may name services: ask about them once the window is up.
  mainWindow?.once('ready-to-show', () => {
    try {
      void grants.confirmNamed(store.load().effective, policyOrNull()).then(() => (granted = null));
    } catch (e) {
      log(`service grants: settings unreadable: ${e instanceof Error ? e.message : e}`);
    }
  });
}

function createWindow(): void {
  const devTools = devToolsAllowed(app.isPackaged, policyOrNull());
  const menu = applicationMenu(process.platform, devTools);
  if (menu !== 'default') Menu.setApplicationMenu(menu && Menu.buildFromTemplate(menu));
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs'), devTools));
  mainWindow = win;
  lockNavigation(win.webContents, origin, (url) => openExternal(url));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void loadRenderer(win, origin.devServerUrl ?? `${APP_URL}index.html`);
}
