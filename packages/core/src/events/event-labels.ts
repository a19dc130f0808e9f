import type { Language } from '../i18n/languages.js';
import type { EventVocabulary } from './vocabulary.js';
import { AR_EVENT_VOCABULARY } from './vocabulary-ar.js';
import { EN_EVENT_VOCABULARY } from './vocabulary-en.js';
import { ES_EVENT_VOCABULARY } from './vocabulary-es.js';
import { FR_EVENT_VOCABULARY } from './vocabulary-fr.js';
import { RU_EVENT_VOCABULARY } from './vocabulary-ru.js';
import { ZH_EVENT_VOCABULARY } from './vocabulary-zh.js';

/**
 * The vocabulary of events in the six UN languages, for servers and tools (iCalendar
 * feeds, sample data). English and French follow UNESCO usage; Arabic, Chinese, Russian and
 * Spanish are our translations and still need a check by UNESCO's language services.
 * Browser code should import only the language it shows (vocabulary-<lang>.ts).
 */
export const EVENT_VOCABULARIES: Readonly<Record<Language, EventVocabulary>> = {
  ar: AR_EVENT_VOCABULARY,
  en: EN_EVENT_VOCABULARY,
  es: ES_EVENT_VOCABULARY,
  fr: FR_EVENT_VOCABULARY,
  ru: RU_EVENT_VOCABULARY,
  zh: ZH_EVENT_VOCABULARY,
};
