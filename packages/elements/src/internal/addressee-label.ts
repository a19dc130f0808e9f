import { html, nothing, type TemplateResult } from 'lit';
import type { Addressee, Language, PartialLocalizedText } from '@ngo-liaison/core';
import { pickLocalized } from '@ngo-liaison/core';
import type { LocalizeController } from './localize-controller.js';
import type { OfficeNamesController } from './office-names.js';
import type { ReferenceController } from './reference-controller.js';
import type { TrackerKey } from './translation.js';

/** What naming an addressee needs: the element's language, its strings, and the reference names. */
export interface AddresseeNames {
  language: Language;
  localize: LocalizeController<TrackerKey>;
  reference: ReferenceController;
  offices: OfficeNamesController;
}

/** An addressee's name alone ("Culture Sector", "Kenya", the office's name, the organisation's id). */
export function addresseeName(names: AddresseeNames, addressee: Addressee): { text: string; lang?: string | undefined } {
  const { language, reference, offices } = names;
  switch (addressee.kind) {
    case 'sector':
      return reference.sectorName(addressee.sector, language);
    case 'member-state':
      return reference.countryName(addressee.country, language);
    case 'field-office':
      return offices.name(addressee.fieldOffice, language);
    case 'organization':
      return { text: addressee.organization };
    default:
      return { text: '' };
  }
}

/**
 * An addressee in words, in the UI language's pattern ("Kenya (Member State)"), with the name
 * in its own language where that differs (a name missing in the page's language).
 */
export function addresseeLabel(names: AddresseeNames, addressee: Addressee): TemplateResult {
  const { localize } = names;
  const key = `addressee.${addressee.kind}` as const;
  if (addressee.kind === 'liaison-committee') return html`${localize.term(key)}`;
  const name = addresseeName(names, addressee);
  const [before, after] = localize.term(key).split('{name}') as [string, string | undefined];
  return html`${before}<bdi lang=${name.lang && name.lang !== localize.uiLanguage ? name.lang : nothing}>${name.text}</bdi>${after ?? ''}`;
}

/** The same as plain text (for a select's options and accessible names). */
export function addresseeText(names: AddresseeNames, addressee: Addressee): string {
  if (addressee.kind === 'liaison-committee') return names.localize.term('addressee.liaison-committee');
  return names.localize.term(`addressee.${addressee.kind}`, { name: addresseeName(names, addressee).text });
}

/** Text in the element's language when it has it, else another, marked with its `lang`. */
export function localizedText(value: PartialLocalizedText | undefined, language: Language, fallback = ''): TemplateResult {
  const picked = pickLocalized(value, language);
  if (!picked) return html`<bdi>${fallback}</bdi>`;
  return html`<bdi lang=${picked.lang}>${picked.text}</bdi>`;
}
