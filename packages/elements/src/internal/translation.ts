import type { Language } from '@ngo-liaison/core';

/**
 * Plural forms keyed by `Intl.PluralRules` categories; `other` is required because every
 * language has it. `{count}` is replaced by the number formatted for the language.
 */
export type PluralForms = { readonly [K in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/**
 * The UI strings of every element. A translation module exports one object of this type,
 * so a missing or misspelt key is a compile error rather than a blank label.
 * `{name}` placeholders are filled by the localize controller.
 */
export interface Translation {
  readonly $lang: Language;
  /** Accessible name of the list of organisations. */
  readonly directoryLabel: string;
  readonly loading: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  readonly retry: string;
  readonly empty: string;
  readonly errorTitle: string;
  readonly errorNetwork: string;
  readonly errorTimeout: string;
  /** `{status}`: the HTTP status code. */
  readonly errorHttp: string;
  readonly errorData: string;
  readonly errorUnknown: string;
  /** `{count}`: organisations shown. */
  readonly resultCount: PluralForms;
  /** `{shown}` of `{count}`: the plural follows the total. */
  readonly shownOfTotal: PluralForms;
  readonly headquarters: string;
  /** `{city}`, `{country}`: the punctuation differs between languages. */
  readonly place: string;
  readonly sectors: string;
  readonly website: string;
  readonly fictional: string;
}

type KeysOf<V> = { [K in keyof Translation]: Translation[K] extends V ? K : never }[keyof Translation];
export type TermKey = Exclude<KeysOf<string>, '$lang'>;
export type PluralKey = KeysOf<PluralForms>;
