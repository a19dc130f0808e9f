import type { ReactiveController } from 'lit';
import type { Language } from '@ngo-liaison/core';
import type { LiaisonElement } from './liaison-element.js';
import type { PluralForms, PluralKey, StringKey, StringTable, TermKey } from './translation.js';

export type OtherLanguage = Exclude<Language, 'en'>;

/** A locale's strings as one module gives them, with their language. */
export type LocaleStrings = StringTable & { readonly $lang: Language };

/**
 * Loads one language's strings for an element: `loadOtherAreas` (everything but the event
 * widgets' strings) or `loadEveryArea` (src/translations/). The element passes the one it
 * needs, so its bundle carries only those chunks. English is never loaded: each element
 * bundles the English areas it shows (see the constructor) and falls back to them.
 */
export type LocaleLoader = (language: OtherLanguage) => Promise<LocaleStrings | undefined>;

/** What one loader has loaded (strings, or undefined where a locale had none) and is loading. */
interface LoaderCache {
  loaded: Map<OtherLanguage, LocaleStrings | undefined>;
  loading: Map<OtherLanguage, Promise<unknown>>;
}

// Loaded modules are immutable data, so elements share them; what each element shows is
// decided by its own controller (no page-wide "current locale" to clash with the host site).
const caches = new Map<LocaleLoader, LoaderCache>();

function cacheOf(loader: LocaleLoader): LoaderCache {
  let cache = caches.get(loader);
  if (!cache) caches.set(loader, (cache = { loaded: new Map(), loading: new Map() }));
  return cache;
}

function loadTranslation({ loaded, loading }: LoaderCache, loader: LocaleLoader, language: OtherLanguage): Promise<unknown> {
  let promise = loading.get(language);
  if (!promise) {
    promise = loader(language).then(
      (translation) => loaded.set(language, translation),
      // A locale chunk that fails to load (offline CDN) leaves English in place; retry later.
      () => loading.delete(language),
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

const reported = new Set<string>();

/**
 * A key outside the element's English areas: only reachable past the type checker (a cast,
 * `any`). Shows the key rather than "undefined" and says which key, once, in the console.
 */
function missing(key: string): string {
  if (!reported.has(key)) {
    reported.add(key);
    console.error(`@ngo-liaison/elements: no English string "${key}"`);
  }
  return key;
}

export type TermParams = Record<string, string | number>;

/**
 * UI strings for one element in its resolved language. Until a locale module has loaded
 * (or when none exists yet) the strings are English; `uiLanguage` says which one is shown
 * so the element can mark it with `lang`.
 *
 * `K` is the keys of the English areas the element bundles, inferred from the constructor:
 * `term`/`plural` accept only those, and a helper that takes a `LocalizeController<K>` states
 * the keys it uses, so an element that forgets an area fails to compile. (`in`: a controller
 * with more keys can stand in for one with fewer, never the reverse.)
 */
export class LocalizeController<in K extends StringKey> implements ReactiveController {
  readonly #host: LiaisonElement;
  /** The element's English areas merged: the fallback, and what is shown until a locale loads. */
  readonly #english: StringTable;
  /** The loaded locale shown, or undefined for English. */
  #translation: LocaleStrings | undefined;
  readonly #load: LocaleLoader;

  /**
   * @param english The English areas (`src/translations/en/*.ts`) of every string the element
   *   shows, its helpers' included. Only these are bundled with the element.
   * @param load How the element loads another language's strings (see LocaleLoader).
   */
  constructor(host: LiaisonElement, english: readonly StringTable<K>[], load: LocaleLoader) {
    this.#host = host;
    this.#load = load;
    this.#english = Object.assign({}, ...english) as StringTable;
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
    return this.#translation?.$lang ?? 'en';
  }

  hostUpdate(): void {
    const wanted = this.lang;
    if (this.uiLanguage === wanted) return;
    const cache = cacheOf(this.#load);
    if (wanted === 'en' || cache.loaded.has(wanted)) {
      this.#translation = wanted === 'en' ? undefined : cache.loaded.get(wanted);
      return;
    }
    this.#translation = undefined;
    this.#host.trackPending(
      loadTranslation(cache, this.#load, wanted).then(() => {
        // The element may have switched language again while this module was loading.
        if (cache.loaded.get(wanted) && this.lang === wanted) this.#host.requestUpdate();
      }),
    );
  }

  term(key: K & TermKey, params?: TermParams): string {
    // A key added to English but not yet to a locale module shows English, not "undefined".
    const template = this.#translation?.[key] ?? this.#english[key];
    return template === undefined ? missing(key) : this.#fill(template, params);
  }

  /**
   * The string for any key in the language shown, or undefined where neither the loaded locale
   * nor the element's English areas have it: for a lazy chunk that brings its own English.
   */
  lookup(key: TermKey): string | undefined {
    return this.#translation?.[key] ?? (this.#english[key] as string | undefined);
  }

  /** The plural form for `count` (formatted as `{count}`), following `Intl.PluralRules`. */
  plural(key: K & PluralKey, count: number, params?: TermParams): string {
    const forms: PluralForms | undefined = this.#translation?.[key] ?? this.#english[key];
    if (!forms) return missing(key);
    const category = pluralRule(this.uiLanguage).select(count);
    return this.#fill(forms[category] ?? forms.other, { ...params, count });
  }

  number(value: number): string {
    return numberFormat(this.uiLanguage).format(value);
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
