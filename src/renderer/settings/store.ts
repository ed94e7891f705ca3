// Settings as the renderer sees them: the layered snapshot from the host (defaults -> user -> policy)
// and the account password, which lives in memory unless the agent asks us to remember it.
// A change has one path: a screen calls save -> the host validates and stores -> the snapshot here
// changes -> onSettingsChange tells every feature (app/startupWiring.ts wires the phone, language, captions).
import { create } from 'zustand';
import { bridge } from '../bridge';
import { BridgeError } from '../../shared/bridge';
import type { SettingsSnapshot } from '../../shared/settings/layers';
import type { Account, IceServer, Settings } from '../../shared/settings/schema';
import { withIceCredentials, type IceSecret } from '../../shared/settings/iceCredentials';

export interface SettingsState {
  snapshot: SettingsSnapshot | null;
  /** A problem loading or saving, with the specific fields when the host named them. */
  error: { message: string; issues: string[] } | null;
  load(): Promise<SettingsSnapshot | null>;
  /** Saves the user layer; the password goes to the vault only when rememberPassword is set. */
  save(next: Settings, password?: string): Promise<SettingsSnapshot | null>;
  password(account: Account): Promise<string | null>;
  /**
   * Stores TURN credentials in the vault (kept for this session when the vault refuses them).
   * @returns null, or why the vault refused (the credentials still work until the app closes)
   */
  saveIceCredentials(secrets: readonly IceSecret[]): Promise<string | null>;
  /** The account's ICE servers with their TURN credentials, for the phone. */
  iceServers(account: Account): Promise<IceServer[]>;
}

// Kept outside the store so they never show up in state snapshots or devtools.
const sessionPasswords = new Map<string, string>();
const sessionIceCredentials = new Map<string, string>();

export const accountId = (account: Pick<Account, 'sipAddress'>): string => account.sipAddress.trim().toLowerCase();

export const useSettings = create<SettingsState>()((set) => ({
  snapshot: null,
  error: null,
  load: async () => {
    try {
      const snapshot = await bridge.settings.load();
      set({ snapshot, error: null });
      return snapshot;
    } catch (e) {
      set({ error: toError(e) });
      return null;
    }
  },
  save: async (next, password) => {
    try {
      const snapshot = await bridge.settings.save(next);
      const account = snapshot.effective.account;
      if (account && password !== undefined && password !== '') {
        const id = accountId(account);
        sessionPasswords.set(id, password);
        if (account.rememberPassword) await bridge.vault.setPassword(id, password);
        else await bridge.vault.deletePassword(id);
      } else if (account && !account.rememberPassword) {
        await bridge.vault.deletePassword(accountId(account));
      }
      set({ snapshot, error: null });
      return snapshot;
    } catch (e) {
      set({ error: toError(e) });
      return null;
    }
  },
  saveIceCredentials: async (secrets) => {
    let refused: string | null = null;
    for (const { id, credential } of secrets) {
      sessionIceCredentials.set(id, credential);
      await bridge.vault.setPassword(id, credential).catch((e: unknown) => (refused = e instanceof Error ? e.message : String(e)));
    }
    return refused;
  },
  iceServers: (account) =>
    withIceCredentials(account.iceServers, async (id) => sessionIceCredentials.get(id) ?? (await bridge.vault.getPassword(id).catch(() => null))),
  password: async (account) => {
    const id = accountId(account);
    const inMemory = sessionPasswords.get(id);
    if (inMemory !== undefined) return inMemory;
    if (!account.rememberPassword) return null;
    try {
      return await bridge.vault.getPassword(id);
    } catch {
      return null; // vault unreadable (e.g. profile moved): ask the agent again
    }
  },
}));

/**
 * Calls `listener` whenever the settings in force change: a load, or a save from any screen. The one way
 * a feature follows settings; saves go through `save` above, never around it.
 * @returns stops listening
 */
export function onSettingsChange(listener: (effective: Settings, previous: Settings | undefined) => void): () => void {
  return useSettings.subscribe((s, prev) => {
    if (s.snapshot && s.snapshot !== prev.snapshot) listener(s.snapshot.effective, prev.snapshot?.effective);
  });
}

function toError(e: unknown): { message: string; issues: string[] } {
  if (e instanceof BridgeError) return { message: e.message, issues: e.issues };
  return { message: e instanceof Error ? e.message : String(e), issues: [] };
}
