// Admin policy from a JSON file at the platform's machine-wide location (writable by IT only).
// A broken policy is an error, never a silent fall back to unlocked settings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy, SettingsError } from '../../shared/settings/layers';
import type { Policy } from '../../shared/settings/schema';

/**
 * @param packaged an installed build (app.isPackaged): SWITCHBOARD_POLICY_FILE is then ignored, since anyone
 * who can start the app could point it at a policy of their own and unlock what IT locked. Development and
 * test runs honour it.
 */
export function policyPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, packaged: boolean): string {
  if (!packaged && env.SWITCHBOARD_POLICY_FILE) return env.SWITCHBOARD_POLICY_FILE;
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'Switchboard', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Switchboard/policy.json';
  return '/etc/switchboard/policy.json';
}

export function readPolicy(file: string): Policy | null {
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SettingsError(`Admin policy ${file}`, [`not valid JSON: ${e instanceof Error ? e.message : e}`]);
  }
  return parsePolicy(raw, `Admin policy ${file}`);
}
