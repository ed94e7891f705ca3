// The handler table: every channel of the contract, each delegating to the module that owns it.
import type { Handlers } from './handle';
import type { SettingsStore } from '../settings/settingsFile';
import type { CredentialVault } from '../vault/credentialVault';
import type { AppInfo } from '../../shared/ipc/contract';
import type { SettingsSnapshot } from '../../shared/settings/layers';

const accountIdOf = (r: { accountId?: unknown }): string => {
  if (typeof r?.accountId !== 'string' || r.accountId.length === 0 || r.accountId.length > 512) throw new Error('Invalid account id');
  return r.accountId;
};

export interface HandlerDeps {
  settings: SettingsStore;
  /** Runs after every successful save, before the page gets its answer (main asks about new services). */
  afterSave?(saved: SettingsSnapshot): Promise<void>;
  vault: CredentialVault;
  info: AppInfo;
  chooseFolder(request: unknown): Promise<string | null>;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'settings:load': async () => deps.settings.load(),
    'settings:save': async (next) => {
      const saved = deps.settings.save(next);
      await deps.afterSave?.(saved);
      return saved;
    },
    'vault:get-password': async (r) => deps.vault.getPassword(accountIdOf(r)),
    'vault:set-password': async (r) => {
      if (typeof r?.password !== 'string') throw new Error('Invalid password');
      await deps.vault.setPassword(accountIdOf(r), r.password);
    },
    'vault:delete-password': async (r) => deps.vault.deletePassword(accountIdOf(r)),
    'app:info': async () => deps.info,
    'dialog:choose-folder': async (r) => deps.chooseFolder(r),
  };
}
