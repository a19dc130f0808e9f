import { LANGUAGES, type Language, type Organization } from '@ngo-liaison/core';

/**
 * How `organizations import` reads each column of the CSV export (core's organizationsToCsv).
 *
 * Editable columns map back onto one field of the record. Computed columns (the standing
 * and category derived from the partnership history, English labels of concepts) and lossy
 * ones (acronyms without their languages, contacts without labels, sources without their
 * dates) cannot be turned back into a record: import keeps those fields as stored and only
 * checks that such a cell is empty or says what the record says.
 */

/** The text a cell holds, read back: a problem message, or a change to apply to the record. */
export type CellReading = { problem: string } | { apply: (org: MutableOrganization) => void };
export type MutableOrganization = { -readonly [K in keyof Organization]: Organization[K] };

const LIST_SEPARATOR = /\s*;\s*/;
const list = (cell: string): string[] => (cell.trim() ? cell.split(LIST_SEPARATOR).filter(Boolean) : []);

/** Sets `key` to `value`, or removes it when `value` is undefined (an empty optional cell). */
function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

const text = (cell: string): string | undefined => (cell === '' ? undefined : cell);

function nameColumn(lang: Language): [string, (cell: string) => CellReading] {
  return [`name_${lang}`, (cell) => ({ apply: (org) => setOptional(org.name as Record<Language, string>, lang, text(cell)) })];
}

function headquarters(field: 'city' | 'country') {
  return (cell: string): CellReading => ({
    apply: (org) => {
      const hq = { ...org.headquarters };
      setOptional(hq, field, text(cell));
      setOptional(org, 'headquarters', Object.keys(hq).length ? hq : undefined);
    },
  });
}

function boolean(cell: string): boolean | { problem: string } {
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  return { problem: `must be true or false, got "${cell}"` };
}

function provenanceFlag(field: 'verified' | 'fictional') {
  return (cell: string): CellReading => {
    const value = boolean(cell);
    return typeof value === 'boolean' ? { apply: (org) => void (org.provenance = { ...org.provenance, [field]: value }) } : value;
  };
}

/** An optional list: an empty cell removes it (a required list becomes empty instead). */
function listColumn(field: 'sectors' | 'countriesOfPresence' | 'workingLanguages' | 'fieldsOfInterest', required: boolean) {
  return (cell: string): CellReading => ({
    apply: (org) => {
      const values = list(cell);
      if (required || values.length) (org as Record<string, unknown>)[field] = values;
      else delete org[field];
    },
  });
}

/** Editable columns: header → reading of a cell. The schema checks the values afterwards. */
export const EDITABLE_COLUMNS: ReadonlyMap<string, (cell: string) => CellReading> = new Map([
  ...LANGUAGES.map(nameColumn),
  ['kind', (cell) => ({ apply: (org) => void (org.kind = cell as Organization['kind']) })],
  ['scope', (cell) => ({ apply: (org) => setOptional(org, 'scope', text(cell) as Organization['scope']) })],
  ['hq_city', headquarters('city')],
  ['hq_country', headquarters('country')],
  [
    'founded',
    (cell) =>
      cell === '' || /^\d{1,4}$/.test(cell)
        ? { apply: (org) => setOptional(org, 'founded', cell === '' ? undefined : Number(cell)) }
        : { problem: `must be a year such as 1946, got "${cell}"` },
  ],
  ['website', (cell) => ({ apply: (org) => setOptional(org, 'website', text(cell)) })],
  ['sectors', listColumn('sectors', true)],
  [
    'sdgs',
    (cell) => {
      const values = list(cell);
      const bad = values.find((value) => !/^\d{1,2}$/.test(value));
      if (bad !== undefined) return { problem: `must list goal numbers 1–17 separated by "; ", got "${bad}"` };
      return { apply: (org) => setOptional(org, 'sdgs', values.length ? values.map(Number) : undefined) };
    },
  ],
  ['countries_of_presence', listColumn('countriesOfPresence', false)],
  ['working_languages', listColumn('workingLanguages', false)],
  ['fields_of_interest', listColumn('fieldsOfInterest', true)],
  [
    'identifiers',
    (cell) => {
      const values = list(cell);
      const bad = values.find((value) => !/^[^:]+:./.test(value));
      if (bad !== undefined) return { problem: `must list scheme:value pairs such as "UIA:AA0001" separated by "; ", got "${bad}"` };
      return {
        apply: (org) =>
          void (org.identifiers = values.map((value) => {
            const at = value.indexOf(':');
            return { scheme: value.slice(0, at) as Organization['identifiers'][number]['scheme'], value: value.slice(at + 1) };
          })),
      };
    },
  ],
  ['source_urls', (cell) => ({ apply: (org) => void (org.provenance = { ...org.provenance, sourceUrls: list(cell) }) })],
  ['as_of', (cell) => ({ apply: (org) => void (org.provenance = { ...org.provenance, asOf: cell }) })],
  ['verified', provenanceFlag('verified')],
  ['fictional', provenanceFlag('fictional')],
]);

/** Computed or lossy columns, and what a person edits instead (for the report). */
export const KEPT_COLUMNS: ReadonlyMap<string, string> = new Map([
  ['acronyms', 'acronyms are kept per language in the record'],
  ['former_names', 'former names are kept per language in the record'],
  ['standing', 'computed from the partnership history'],
  ['category', 'computed from the partnership history'],
  ['state', 'computed from the partnership history'],
  ['category_since', 'computed from the partnership history'],
  ['partner_since', 'computed from the partnership history'],
  ['decision_ref', 'computed from the partnership history'],
  ['associate_term_ends', 'computed from the partnership history'],
  ['partnership_sources', 'computed from the partnership history'],
  ['cooperation_sources', 'cooperation evidence carries its source and date in the record'],
  ['fields_of_interest_en', 'the English labels of fields_of_interest'],
  ['contacts', 'contacts are kept whole in the record (labels, publication)'],
]);

/** The column a validation problem's field path (after `organizations[id].`) belongs to. */
export function columnOfField(path: string): string {
  const [head = '', second = ''] = path.split(/[.[]/);
  switch (head) {
    case 'name':
      return (LANGUAGES as readonly string[]).includes(second) ? `name_${second}` : 'name_*';
    case 'headquarters':
      return second === 'country' ? 'hq_country' : 'hq_city';
    case 'provenance':
      return { sourceUrls: 'source_urls', asOf: 'as_of', verified: 'verified', fictional: 'fictional' }[second] ?? `provenance.${second} (kept)`;
    case 'acronym':
      return 'acronyms';
    case 'formerNames':
      return 'former_names';
    case 'countriesOfPresence':
      return 'countries_of_presence';
    case 'workingLanguages':
      return 'working_languages';
    case 'fieldsOfInterest':
      return 'fields_of_interest';
    case 'partnership':
      return 'category';
    case 'cooperation':
      return 'cooperation_sources';
    case 'description':
      return 'description (kept)';
    default:
      return head;
  }
}
