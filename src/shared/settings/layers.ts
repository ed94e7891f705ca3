// Defaults -> user settings -> admin policy. Policy wins, and every path it sets is reported as locked
// so the UI can show it as such.
import { describeIssues } from '../describeIssues';
import type * as z from 'zod/mini';
import { blankSections, defaultSettings, policySchema, settingsSchema, type Policy, type Settings } from './schema';
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

/**
 * The settings in force: the user's layer with the policy laid over it by overlayPolicy, driven by the
 * policy schema alone, so a new section needs nothing here.
 */
export function applyPolicy(user: Settings, policy: Policy | null): SettingsSnapshot {
  const { effective, locked } = overlayPolicy(user, policy, { policyShape: policySchema.shape, sections: settingsSections, blanks: blankSections });
  return { effective, user, locked };
}

type Shape = Readonly<Record<string, z.core.$ZodType>>;
type Values = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What a policy may lay over: every setting but the file's version (the policy's `security` is not a setting). */
const settingsSections = Object.keys(settingsSchema.shape).filter((k) => k !== 'version');

/**
 * Lays a policy over settings, each of `sections` in turn, as the policy's schema describes it:
 * - a section the policy gives in part (its schema has only optional fields, i.e. z.partial) is merged key
 *   by key, each key it sets replaced whole (arrays and scalars alike) and locked as "section.key";
 * - anything else (a scalar such as language, or a section the policy must give whole, such as the
 *   script checklist) replaces the user's value and is locked as "section".
 * A section that is null in the user's layer (the account, before there is one) takes `blanks` under the
 * policy's fields, so the effective settings keep their shape.
 */
export function overlayPolicy<S extends object>(
  user: S,
  policy: object | null,
  { policyShape, sections, blanks = {} }: { policyShape: Shape; sections: readonly string[]; blanks?: Partial<S> },
): { effective: S; locked: SettingsPath[] } {
  const effective = structuredClone(user) as Values;
  const locked: SettingsPath[] = [];
  for (const [section, over] of Object.entries((policy ?? {}) as Values)) {
    if (over === undefined || !sections.includes(section) || !(section in policyShape)) continue;
    if (isPlainObject(over) && takesPart(policyShape[section]!)) {
      const base = effective[section] ?? structuredClone((blanks as Values)[section]) ?? {};
      effective[section] = { ...(base as Values), ...structuredClone(over) };
      for (const key of Object.keys(over)) locked.push(`${section}.${key}`);
    } else {
      effective[section] = structuredClone(over);
      locked.push(section);
    }
  }
  return { effective: effective as S, locked };
}

/** Whether a policy section's schema is partial: an object (under z.optional) whose every field is optional. */
function takesPart(schema: z.core.$ZodType): boolean {
  let s = schema;
  while (s._zod.def.type === 'optional') s = (s as z.core.$ZodOptional)._zod.def.innerType;
  if (s._zod.def.type !== 'object') return false;
  return Object.values((s as z.core.$ZodObject)._zod.def.shape).every((field) => field._zod.optin === 'optional');
}

export function isLocked(snapshot: SettingsSnapshot, path: SettingsPath): boolean {
  return snapshot.locked.includes(path);
}

export function freshSnapshot(): SettingsSnapshot {
  return applyPolicy(structuredClone(defaultSettings), null);
}
