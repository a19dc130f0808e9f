import { LANGUAGES, type Language } from '../i18n/languages.js';
import { pickText } from '../i18n/pick-text.js';
import type { CompleteLocalizedText } from '../schemas/localized-text.js';
import type { Sector } from '../schemas/sector.js';
import type { UnescoRegion } from '../schemas/country.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import { REGION_NAMES } from '../programmes/region-names.js';
import type { ThemeVocabulary } from './themes.js';
import { REASON_MESSAGES, SDG_LABEL, type ReasonCode } from './reason-messages.js';

export type ReasonParams = Record<string, string | number | (string | number)[]>;

/** Localized names of everything a reason can mention. */
export interface ReasonNames {
  country(code: string, language: Language): string;
  office(code: string, language: Language): string;
  sector(code: string, language: Language): string;
  region(code: string, language: Language): string;
  theme(tag: string, language: Language): string;
  language(code: string, language: Language): string;
}

const displayNames = new Map<Language, Intl.DisplayNames | null>();
const languageNames = new Map<string, string>();

function languageName(code: string, language: Language): string {
  const key = `${language}:${code}`;
  const cached = languageNames.get(key);
  if (cached !== undefined) return cached;
  if (!displayNames.has(language)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    } catch {
      // Runtimes without Intl.DisplayNames show the code.
    }
    displayNames.set(language, names);
  }
  let name = code;
  try {
    name = displayNames.get(language)?.of(code) ?? code;
  } catch {
    // An invalid code: show it as it is.
  }
  if (languageNames.size < 10_000) languageNames.set(key, name);
  return name;
}

export function createReasonNames(coverage: Coverage, vocabulary: ThemeVocabulary, sectors: readonly Sector[]): ReasonNames {
  const sectorByCode = new Map(sectors.map((s) => [s.code, s]));
  return {
    country: (code, language) => pickText(coverage.country(code)?.name, language) || code,
    office: (code, language) => pickText(coverage.office(code)?.name, language) || code,
    sector: (code, language) => pickText(sectorByCode.get(code as Sector['code'])?.name, language) || code,
    region: (code, language) => REGION_NAMES[code as UnescoRegion]?.[language] ?? code,
    theme: (tag, language) => vocabulary.label(tag, language),
    language: languageName,
  };
}

const listFormats = new Map<Language, Intl.ListFormat>();
const MAX_LISTED = 8;
// The same lists recur across a ranking (a programme's themes, its languages, its regions):
// Intl.ListFormat is the slowest step of writing reasons, so results are memoised, boundedly.
const listCache = new Map<string, string>();
const LIST_CACHE_SIZE = 20_000;

function formatList(items: string[], language: Language): string {
  const key = `${language}\u0000${items.join('\u0001')}`;
  const cached = listCache.get(key);
  if (cached !== undefined) return cached;
  let format = listFormats.get(language);
  if (!format) listFormats.set(language, (format = new Intl.ListFormat(language, { type: 'conjunction' })));
  // Long lists (a 17-country Pacific cluster) are cut: the params keep every code.
  const separator = language === 'zh' ? '、' : language === 'ar' ? '، ' : ', ';
  const text = items.length <= MAX_LISTED ? format.format(items) : `${items.slice(0, MAX_LISTED).join(separator)}…`;
  if (listCache.size >= LIST_CACHE_SIZE) listCache.clear();
  listCache.set(key, text);
  return text;
}

type Namer = (value: string, language: Language) => string;

function placeholderNamer(name: string, names: ReasonNames): Namer | undefined {
  switch (name) {
    case 'country':
    case 'countries':
      return names.country;
    case 'office':
      return names.office;
    case 'sector':
    case 'sectors':
      return names.sector;
    case 'region':
    case 'regions':
      return names.region;
    case 'themes':
      return names.theme;
    case 'languages':
      return names.language;
    case 'sdgs':
      return (n, language) => SDG_LABEL[language].replace('{n}', n);
    default:
      return undefined;
  }
}

/** The reason's sentence in each of the six languages. */
export function reasonText(code: ReasonCode, params: ReasonParams, names: ReasonNames): CompleteLocalizedText {
  const templates = REASON_MESSAGES[code];
  const out = {} as CompleteLocalizedText;
  for (const language of LANGUAGES) {
    out[language] = templates[language].replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      const namer = placeholderNamer(name, names);
      if (Array.isArray(value)) {
        const items = value.map((v) => (namer ? namer(String(v), language) : String(v)));
        return formatList(items, language);
      }
      return namer ? namer(String(value), language) : String(value);
    });
  }
  return out;
}
