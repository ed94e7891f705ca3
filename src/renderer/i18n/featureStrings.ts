// The type each feature's strings.ts is written against. Apart from index.ts, because index.ts imports
// every feature's strings: a feature that took the type from there would import the registry that
// imports it (a cycle, and through it phone/ would reach every AI feature's strings).
import type { Language } from './language';

/** A feature's strings: the same keys in every language (checked by i18n.test.ts). */
export type FeatureStrings = Record<Language, Record<string, string>>;
