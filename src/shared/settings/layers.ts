// Defaults -> user settings -> admin policy. Policy wins, and every path it sets is reported as locked
// so the UI can show it as such.
import { describeIssues } from '../describeIssues';
import { assistOf, captionsOf, defaultSettings, policySchema, settingsSchema, type Policy, type Settings } from './schema';
import { migrateSettings } from './migrations';

export type SettingsPath = string; // "section.field", e.g. "account.websocketServer"

export interface SettingsSnapshot {
  /** The values in force. */
  effective: Settings;
  /** The user's own layer (what "Save" writes). */
  user: Settings;
  /** Paths fixed by admin policy. */
  locked: SettingsPath[];
}

export class SettingsError extends Error {
  constructor(
    readonly source: string,
    readonly issues: string[],
  ) {
    super(`${source}: ${issues.join('; ')}`);
    this.name = 'SettingsError';
  }
}

export function parseUserSettings(raw: unknown, source = 'settings'): Settings {
  const migrated = migrateSettings(raw);
  const result = settingsSchema.safeParse(migrated);
  if (!result.success) throw new SettingsError(source, describeIssues(result.error));
  return result.data;
}

export function parsePolicy(raw: unknown, source = 'policy'): Policy {
  const result = policySchema.safeParse(raw);
  if (!result.success) throw new SettingsError(source, describeIssues(result.error));
  return result.data;
}

export function applyPolicy(user: Settings, policy: Policy | null): SettingsSnapshot {
  const effective: Settings = structuredClone(user);
  const locked: SettingsPath[] = [];
  if (policy) {
    if (policy.language !== undefined) {
      effective.language = policy.language;
      locked.push('language');
    }
    if (policy.region !== undefined) {
      effective.region = policy.region;
      locked.push('region');
    }
    for (const section of ['phone', 'audio', 'voice'] as const) {
      const over = policy[section];
      if (!over) continue;
      Object.assign(effective[section], over);
      for (const key of Object.keys(over)) locked.push(`${section}.${key}`);
    }
    if (policy.assist) {
      effective.assist = { ...assistOf(effective), ...policy.assist };
      for (const key of Object.keys(policy.assist)) locked.push(`assist.${key}`);
    }
    if (policy.script) {
      effective.script = structuredClone(policy.script);
      locked.push('script');
    }
    if (policy.captions) {
      effective.captions = { ...captionsOf(effective), ...policy.captions };
      for (const key of Object.keys(policy.captions)) locked.push(`captions.${key}`);
    }
    if (policy.account) {
      const base = effective.account ?? {
        displayName: '',
        sipAddress: '',
        username: '',
        websocketServer: '',
        iceServers: [],
        rememberPassword: false,
      };
      effective.account = { ...base, ...policy.account };
      for (const key of Object.keys(policy.account)) locked.push(`account.${key}`);
    }
  }
  return { effective, user, locked };
}

export function isLocked(snapshot: SettingsSnapshot, path: SettingsPath): boolean {
  return snapshot.locked.includes(path);
}

export function freshSnapshot(): SettingsSnapshot {
  return applyPolicy(structuredClone(defaultSettings), null);
}
