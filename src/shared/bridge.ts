// What the renderer may ask of its host. Two implementations: the Electron preload
// (src/preload) and the browser one (src/renderer/bridge/browserBridge.ts), chosen once at start-up.
import type { Settings } from './settings/schema';
import type { SettingsSnapshot } from './settings/layers';
import type { AppInfo, FolderPurpose } from './ipc/contract';
import type { EventName, PayloadOf } from './ipc/events';

/** What the host tells the renderer (src/shared/ipc/events.ts), each payload checked against its schema first. */
export interface HostEvents {
  /**
   * Calls `listener` with every `name` event until the returned function is called. (An unsubscribe
   * function rather than off(listener): a function that crosses Electron's context bridge arrives as a
   * new proxy each time, so off() could never find it.)
   */
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

export interface Bridge {
  settings: {
    load(): Promise<SettingsSnapshot>;
    /** Validates and stores the user layer; returns the new snapshot with policy applied. */
    save(next: Settings): Promise<SettingsSnapshot>;
  };
  vault: {
    getPassword(accountId: string): Promise<string | null>;
    /** Stores the password encrypted at rest (OS keychain on desktop). */
    setPassword(accountId: string, password: string): Promise<void>;
    deletePassword(accountId: string): Promise<void>;
  };
  app: {
    info(): Promise<AppInfo>;
  };
  files: {
    /** True where a native folder picker exists (desktop); the UI offers "Browse…" only then. */
    readonly canChooseFolder: boolean;
    /**
     * Opens the OS folder picker; the chosen absolute path, or null when the agent cancels. Where there is
     * no picker (web build) it fails with code 'not-available'.
     */
    chooseFolder(purpose: FolderPurpose, title: string): Promise<string | null>;
  };
  events: HostEvents;
}

/** A failure reported by the host, with the specific problems (e.g. which settings field is wrong). */
export class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the preload). */
    switchboard?: Bridge;
  }
}
