import type { Language } from '@ngo-liaison/core';

/**
 * The labels of the vocabulary's concepts in one language. Each language has its own literal
 * import() so the bundle splits one chunk per language, and this module is itself imported
 * lazily (see concept-labels.ts): a widget that shows fields of interest loads its viewer's
 * labels only, and nothing of them on first load.
 */
export function importConceptLabels(language: Language): Promise<Readonly<Record<string, string>>> {
  switch (language) {
    case 'ar':
      return import('@ngo-liaison/core/vocabulary/labels/ar').then((module) => module.LABELS_AR);
    case 'en':
      return import('@ngo-liaison/core/vocabulary/labels/en').then((module) => module.LABELS_EN);
    case 'es':
      return import('@ngo-liaison/core/vocabulary/labels/es').then((module) => module.LABELS_ES);
    case 'fr':
      return import('@ngo-liaison/core/vocabulary/labels/fr').then((module) => module.LABELS_FR);
    case 'ru':
      return import('@ngo-liaison/core/vocabulary/labels/ru').then((module) => module.LABELS_RU);
    case 'zh':
      return import('@ngo-liaison/core/vocabulary/labels/zh').then((module) => module.LABELS_ZH);
  }
}
