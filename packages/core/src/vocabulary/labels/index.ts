import type { Language } from '../../i18n/languages.js';
import { LABELS_AR } from './ar.js';
import { LABELS_EN } from './en.js';
import { LABELS_ES } from './es.js';
import { LABELS_FR } from './fr.js';
import { LABELS_RU } from './ru.js';
import { LABELS_ZH } from './zh.js';

/** Concept labels in the six languages, by language then concept id (for the server and the SDK). */
export const CONCEPT_LABELS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  ar: LABELS_AR,
  en: LABELS_EN,
  es: LABELS_ES,
  fr: LABELS_FR,
  ru: LABELS_RU,
  zh: LABELS_ZH,
};
