// The language the settings ask for. Kept apart from i18next so start-up can set it before the
// interface (and i18next with it) has loaded.
import type { Settings } from '../../shared/settings/schema';

export type Language = Settings['language'];
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

type Listener = (language: Language) => void;
let requested: Language | null = null;
const listeners = new Set<Listener>();

export function setLanguage(language: Language): void {
  requested = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  listeners.forEach((l) => l(language));
}

export function requestedLanguage(): Language | null {
  return requested;
}

export function onLanguageChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
