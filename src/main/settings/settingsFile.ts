// The agent's settings file (userData/settings.json), validated on every load. A malformed file is
// never overwritten silently: it is kept beside as settings.json.invalid-<time> and reported.
// The caption model folder in it mirrors main's own record (models/modelFolder.ts): a save may not name
// a folder the agent did not pick, and a load shows the folder main actually serves.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { applyPolicy, parseUserSettings, SettingsError, type SettingsSnapshot } from '../../shared/settings/layers';
import { defaultSettings, type Policy, type Settings } from '../../shared/settings/schema';
import type { ModelFolderGrant } from '../models/modelFolder';
import { writeFileAtomic } from './atomicFile';

export interface SettingsStore {
  load(): SettingsSnapshot;
  save(next: unknown): SettingsSnapshot;
}

export function settingsFile(dir: string): string {
  return join(dir, 'settings.json');
}

export function createSettingsStore(
  dir: string,
  policy: () => Policy | null,
  log: (m: string) => void,
  modelFolder: Pick<ModelFolderGrant, 'current' | 'commit'>,
): SettingsStore {
  const file = settingsFile(dir);
  const readFile = (): Settings => {
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
  const readUser = (): Settings => {
    const user = readFile();
    user.captions.modelFolder = modelFolder.current();
    return user;
  };
  return {
    load: () => applyPolicy(readUser(), policy()),
    save: (next) => {
      const valid = parseUserSettings(next, 'Settings');
      modelFolder.commit(valid.captions.modelFolder);
      writeFileAtomic(file, JSON.stringify(valid, null, 2));
      return applyPolicy(valid, policy());
    },
  };
}
