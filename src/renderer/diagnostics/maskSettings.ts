// Settings for the diagnostics bundle with their secrets masked: any field named like a password,
// credential, token, secret or key (TURN credentials, API keys...) becomes "[masked]" when it holds
// something, and secrets inside other text (a password in a URL, a token parameter) are removed.
// Empty values stay empty, so support can see what is not configured.
import { redactText } from './redact';

export const MASKED = '[masked]';

/** Field names whose values are secrets. "llmKeyHeader" (which header carries the key) is not one. */
const SECRET_WORD = /(password|passwd|secret|token|credential|api[-_]?key|private[-_]?key|(^|[-_])key$)/i;
/** camelCase names ending in Key (apiKey, llmKey), but not words ending in "key" (monkey). */
const CAMEL_KEY = /[a-z0-9]Key$/;

export function isSecretField(name: string): boolean {
  return SECRET_WORD.test(name) || CAMEL_KEY.test(name);
}

/**
 * A deep copy with secrets masked.
 * @param hashed fields whose values identify something without being secret (audio device ids):
 *   replaced by `hash(value)` so they can be matched against devices.json.
 */
export function maskSettings(value: unknown, hashed: (field: string, value: string) => string | null = () => null, field = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => maskSettings(v, hashed, field));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskSettings(v, hashed, k)]));
  }
  if (typeof value !== 'string' || value === '') return value;
  if (isSecretField(field)) return MASKED;
  return hashed(field, value) ?? redactText(value);
}
