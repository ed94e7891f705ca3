// Start-up: settings.json written by an older Switchboard may hold TURN credentials. They move to the
// credential vault before anything reads the settings (src/shared/settings/iceCredentials.ts).
import { existsSync, readFileSync } from 'node:fs';
import { moveIceCredentialsToVault } from '../../shared/settings/iceCredentials';
import { writeFileAtomic } from './atomicFile';
import { settingsFile } from './settingsFile';

export async function moveSettingsSecretsToVault(
  dir: string,
  vault: { setPassword(id: string, secret: string): Promise<void> },
  log: (message: string) => void,
): Promise<void> {
  const file = settingsFile(dir);
  if (!existsSync(file)) return;
  const moved = await moveIceCredentialsToVault(readFileSync(file, 'utf8'), vault);
  if (!moved) return;
  writeFileAtomic(file, moved.text);
  log(`settings: ${moved.moved} TURN credential(s) moved from ${file} to the credential vault`);
  for (const id of moved.dropped) log(`settings: the vault refused the TURN credential ${id}; it was removed from ${file} — enter it again in Settings`);
}
