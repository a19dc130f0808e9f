import { LANGUAGES, type Contact, type Language } from '@ngo-liaison/core';
import { conceptLabel } from './concept-labels.js';
import type { LiaisonElement } from './liaison-element.js';
import type { LocalizeController } from './localize-controller.js';
import { sdgLabel, type ReferenceController } from './reference-controller.js';
import type { CommonKey, EditorKey } from './translation.js';

/** What it takes to read an organisation's field as text (the editor's comparison, the review's diff). */
export interface FieldTextContext {
  host: LiaisonElement;
  language: Language;
  localize: LocalizeController<CommonKey | EditorKey>;
  reference: ReferenceController;
}

/** A language's name in the UI language ("French"), from Intl: ISO 639 names are not political. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function list(items: readonly string[], uiLanguage: string): string {
  return new Intl.ListFormat(uiLanguage, { style: 'short', type: 'unit' }).format(items);
}

/** Localised text, one language after another: "English: …; French: …". */
function localized(value: Record<string, unknown>, ui: string): string {
  return LANGUAGES.filter((lang) => typeof value[lang] === 'string')
    .map((lang) => `${languageName(lang, ui)}: ${String(value[lang])}`)
    .join('; ');
}

function contactText(contact: Contact, { localize }: FieldTextContext): string {
  const visibility = localize.term(contact.public ? 'editor.visibility.public' : 'editor.visibility.partners');
  return `${localize.term(`contact.${contact.kind}`)}: ${contact.value} — ${visibility}`;
}

/**
 * A field's value as plain text in the UI language, for a before/after comparison: names by
 * language, vocabulary concepts, sectors, countries and SDGs by their labels, contacts with
 * their visibility. Never markup: the caller renders it as text, so hostile values stay text.
 */
export function fieldText(context: FieldTextContext, field: string, value: unknown): string {
  const { host, language, localize, reference } = context;
  const ui = localize.uiLanguage;
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === '') return localize.term('editor.none');
  switch (field) {
    case 'name':
    case 'acronym':
    case 'description':
      return localized(value as Record<string, unknown>, ui);
    case 'fieldsOfInterest':
      return list((value as string[]).map((id) => conceptLabel(host, id, language)), ui);
    case 'sectors':
      return list((value as string[]).map((code) => reference.sectorName(code, language).text), ui);
    case 'countriesOfPresence':
      return list((value as string[]).map((code) => reference.countryName(code, language).text), ui);
    case 'sdgs':
      return list((value as number[]).map((goal) => sdgLabel(goal, language, localize).text), ui);
    case 'workingLanguages':
      return list((value as string[]).map((code) => languageName(code, ui)), ui);
    case 'contacts':
      return (value as Contact[]).map((contact) => contactText(contact, context)).join('\n');
    case 'formerNames':
      return (value as Record<string, unknown>[]).map((name) => localized(name, ui)).join('\n');
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value, null, 1);
  }
}
