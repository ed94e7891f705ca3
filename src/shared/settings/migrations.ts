// Upgrades stored settings from older versions. Each step takes version N to N+1.
import { defaultSettings, SETTINGS_VERSION } from './schema';

type Raw = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

const steps: Record<number, (raw: Raw) => Raw> = {
  // 0: unversioned files from pre-release builds had no phone/audio sections.
  0: (raw) => ({ ...structuredClone(defaultSettings), ...raw, version: 1 }),
  // 1 -> 2: on-device voice analysis settings arrived.
  1: (raw) => ({ ...raw, voice: structuredClone(defaultSettings.voice), version: 2 }),
  // 2 -> 3: every section becomes required. Sections added in version 2 without a version of their own
  // (assist, script, captions) may be missing, or missing fields: each is filled from the defaults under
  // the agent's own values.
  2: (raw) => ({ ...fillSections(raw), version: 3 }),
};

/** Every section of the defaults, with the file's own values over it (a null account stays null). */
function fillSections(raw: Raw): Raw {
  const filled: Raw = { ...raw };
  for (const [key, fallback] of Object.entries(structuredClone(defaultSettings))) {
    const own = raw[key];
    if (own === undefined) filled[key] = fallback;
    else if (isPlainObject(own) && isPlainObject(fallback)) filled[key] = { ...fallback, ...own };
  }
  return filled;
}

export function migrateSettings(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  let current = raw;
  let version = typeof current.version === 'number' ? current.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = steps[version];
    if (!step) break; // let validation report the unknown version
    current = step(current);
    version = current.version as number;
  }
  return current;
}
