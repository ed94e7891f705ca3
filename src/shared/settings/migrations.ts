// Upgrades stored settings from older versions. Each step takes version N to N+1.
import { defaultSettings, SETTINGS_VERSION } from './schema';

type Raw = Record<string, unknown>;
const steps: Record<number, (raw: Raw) => Raw> = {
  // 0: unversioned files from pre-release builds had no phone/audio sections.
  0: (raw) => ({ ...structuredClone(defaultSettings), ...raw, version: 1 }),
  // 1 -> 2: on-device voice analysis settings arrived.
  1: (raw) => ({ ...raw, voice: structuredClone(defaultSettings.voice), version: 2 }),
};

export function migrateSettings(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let current = raw as Raw;
  let version = typeof current.version === 'number' ? current.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = steps[version];
    if (!step) break; // let validation report the unknown version
    current = step(current);
    version = current.version as number;
  }
  return current;
}
