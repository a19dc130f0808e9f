/** The six official UN languages, as BCP 47 primary subtags. */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** UNESCO's working languages: every LocalizedText carries at least these two. */
export const WORKING_LANGUAGES = ['en', 'fr'] as const satisfies readonly Language[];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Maps any BCP 47 tag ("fr-CA", "zh-Hans-CN", "AR") to one of the six languages,
 * or undefined when it is none of them.
 */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

/** Arabic is the only right-to-left language among the six. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
