import type { ReactiveController } from 'lit';
import type { Language } from '@ngo-liaison/core';
import type { LiaisonElement } from './liaison-element.js';
import type { PluralKey, TermKey, Translation } from './translation.js';
import { en } from '../translations/en.js';

/**
 * Loads a locale module. Each language has its own literal import() so bundlers can split
 * every locale into its own chunk; English is bundled because it is the fallback.
 */
function importTranslation(language: Language): Promise<Translation | undefined> {
  switch (language) {
    case 'en':
      return Promise.resolve(en);
    case 'fr':
      return import('../translations/fr.js').then((module) => module.fr);
    case 'ar':
      return import('../translations/ar.js').then((module) => module.ar);
    case 'es':
      return import('../translations/es.js').then((module) => module.es);
    case 'ru':
      return import('../translations/ru.js').then((module) => module.ru);
    case 'zh':
      return import('../translations/zh.js').then((module) => module.zh);
  }
}

// Loaded modules are immutable data, so elements share them; what each element shows is
// decided by its own controller (no page-wide "current locale" to clash with the host site).
const loaded = new Map<Language, Translation | undefined>([['en', en]]);
const loading = new Map<Language, Promise<Translation | undefined>>();

function loadTranslation(language: Language): Promise<Translation | undefined> {
  let promise = loading.get(language);
  if (!promise) {
    promise = importTranslation(language).then(
      (translation) => {
        loaded.set(language, translation);
        return translation;
      },
      () => {
        // A locale chunk that fails to load (offline CDN) leaves English in place; retry later.
        loading.delete(language);
        return undefined;
      },
    );
    loading.set(language, promise);
  }
  return promise;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

function numberFormat(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}

function pluralRule(language: Language): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}

export type TermParams = Record<string, string | number>;

/**
 * UI strings for one element in its resolved language. Until a locale module has loaded
 * (or when none exists yet) the strings are English; `uiLanguage` says which one is shown
 * so the element can mark it with `lang`.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: LiaisonElement;
  #translation: Translation = en;

  constructor(host: LiaisonElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The language the element renders in. */
  get lang(): Language {
    return this.#host.resolvedLanguage;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.#host.resolvedDirection;
  }

  /** The language the UI strings are actually in. */
  get uiLanguage(): Language {
    return this.#translation.$lang;
  }

  hostUpdate(): void {
    const wanted = this.lang;
    if (this.#translation.$lang === wanted) return;
    if (loaded.has(wanted)) {
      this.#translation = loaded.get(wanted) ?? en;
      return;
    }
    this.#translation = en;
    this.#host.trackPending(
      loadTranslation(wanted).then((translation) => {
        // The element may have switched language again while this module was loading.
        if (translation && this.lang === wanted) this.#host.requestUpdate();
      }),
    );
  }

  term(key: TermKey, params?: TermParams): string {
    // A key added to English but not yet to a locale module shows English, not "undefined".
    return this.#fill(this.#translation[key] ?? en[key], params);
  }

  /** The plural form for `count` (formatted as `{count}`), following `Intl.PluralRules`. */
  plural(key: PluralKey, count: number, params?: TermParams): string {
    const forms = this.#translation[key] ?? en[key];
    const category = pluralRule(this.#translation.$lang).select(count);
    return this.#fill(forms[category] ?? forms.other, { ...params, count });
  }

  number(value: number): string {
    return numberFormat(this.#translation.$lang).format(value);
  }

  #fill(template: string, params: TermParams | undefined): string {
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }
}
