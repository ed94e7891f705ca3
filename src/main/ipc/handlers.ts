// The handler table: every channel of the contract, each delegating to the module that owns it.
import type { Handlers } from './handle';
import type { SettingsStore } from '../settings/settingsStore';
import type { createCredentialVault } from '../vault/credentialVault';
import type { AppInfo } from '../../shared/ipc/contract';

type Vault = ReturnType<typeof createCredentialVault>;

const accountIdOf = (r: { accountId?: unknown }): string => {
  if (typeof r?.accountId !== 'string' || r.accountId.length === 0 || r.accountId.length > 512) throw new Error('Invalid account id');
  return r.accountId;
};

export function createHandlers(deps: { settings: SettingsStore; vault: Vault; info: AppInfo; chooseFolder(request: unknown): Promise<string | null> }): Handlers {
  return {
    'settings:load': async () => deps.settings.load(),
    'settings:save': async (next) => deps.settings.save(next),
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
