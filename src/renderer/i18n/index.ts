// i18next set up once; every feature contributes its own strings (feature/strings.ts), merged here
// under one "translation" namespace with a key prefix per feature.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, onLanguageChange, requestedLanguage, type Language } from './language';
import type { FeatureStrings } from './featureStrings';
import { appStrings } from '../app/strings';
import { phoneStrings } from '../phone/strings';
import { settingsStrings } from '../settings/strings';
import { audioStrings } from '../audio/strings';
import { historyStrings } from '../history/strings';
import { voiceStrings } from '../voice/strings';
import { demoStrings } from '../demo/strings';
import { assistStrings } from '../assist/strings';
import { insightsStrings } from '../insights/strings';
import { wrapupStrings } from '../wrapup/strings';
import { captionsStrings } from '../captions/strings';
import { diagnosticsStrings } from '../diagnostics/strings';
import { qualityStrings } from '../phone/quality/strings';

export { LANGUAGES, setLanguage, type Language } from './language';

const features: Record<string, FeatureStrings> = {
  app: appStrings,
  phone: phoneStrings,
  settings: settingsStrings,
  audio: audioStrings,
  history: historyStrings,
  voice: voiceStrings,
  demo: demoStrings,
  assist: assistStrings,
  insights: insightsStrings,
  wrapup: wrapupStrings,
  captions: captionsStrings,
  diagnostics: diagnosticsStrings,
  quality: qualityStrings,
};

export function resourcesFor(language: Language): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(features).map(([name, strings]) => [name, strings[language]]));
}

export function allFeatureStrings(): Record<string, FeatureStrings> {
  return features;
}

export async function initI18n(fallback: Language = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: requestedLanguage() ?? fallback,
    fallbackLng: 'en',
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: resourcesFor(l) }])),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    showSupportNotice: false,
  });
  onLanguageChange((language) => void i18next.changeLanguage(language));
  return i18next;
}

