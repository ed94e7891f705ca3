// The agent's settings file (userData/settings.json), validated on every load. A malformed file is
// never overwritten silently: it is kept beside as settings.json.invalid-<time> and reported.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { applyPolicy, parseUserSettings, SettingsError, type SettingsSnapshot } from '../../shared/settings/layers';
import { defaultSettings, type Policy, type Settings } from '../../shared/settings/schema';
import { writeFileAtomic } from './atomicFile';

export interface SettingsStore {
  load(): SettingsSnapshot;
  save(next: unknown): SettingsSnapshot;
}

export function createSettingsStore(dir: string, policy: () => Policy | null, log: (m: string) => void): SettingsStore {
  const file = join(dir, 'settings.json');
  const readUser = (): Settings => {
    if (!existsSync(file)) return structuredClone(defaultSettings);
    const text = readFileSync(file, 'utf8');
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new SettingsError(file, [`not valid JSON: ${e instanceof Error ? e.message : e}`]);
      }
      return parseUserSettings(raw, file);
    } catch (e) {
      const kept = `${file}.invalid-${Date.now()}`;
      renameSync(file, kept);
      log(`Settings file was invalid and was kept as ${kept}: ${e instanceof Error ? e.message : e}`);
      return structuredClone(defaultSettings);
    }
  };
  return {
    load: () => applyPolicy(readUser(), policy()),
    save: (next) => {
      const valid = parseUserSettings(next, 'Settings');
      writeFileAtomic(file, JSON.stringify(valid, null, 2));
      return applyPolicy(valid, policy());
    },
  };
}
