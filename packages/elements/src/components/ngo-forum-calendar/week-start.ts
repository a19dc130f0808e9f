/** Where CLDR data is missing from Intl.Locale (Firefox before 145): the six languages' usual first day. */
const FALLBACK: Record<string, number> = { ar: 6, en: 7, es: 1, fr: 1, ru: 1, zh: 1 };

type WithWeekInfo = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

const cache = new Map<string, number>();

/**
 * First day of the week for a locale, as an ISO weekday (1 = Monday … 7 = Sunday).
 * Remembered per locale: the calendar asks on every render, and Intl.Locale is not free.
 */
export function weekStartFor(locale: string): number {
  let day = cache.get(locale);
  if (day === undefined) cache.set(locale, (day = lookUpWeekStart(locale)));
  return day;
}

function lookUpWeekStart(locale: string): number {
  try {
    const tag = new Intl.Locale(locale) as WithWeekInfo;
    // Chrome 130+ has getWeekInfo(); older Chromium and Safari have the weekInfo getter.
    const info = typeof tag.getWeekInfo === 'function' ? tag.getWeekInfo() : tag.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    // An invalid tag: fall through to the language's usual first day.
  }
  return FALLBACK[locale.split('-')[0]?.toLowerCase() ?? ''] ?? 1;
}
