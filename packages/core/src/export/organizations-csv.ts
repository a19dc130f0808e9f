import { ANONYMOUS, type Principal } from '../access/principal.js';
import { LANGUAGES } from '../i18n/languages.js';
import { associateTerm, currentPartnership, partnerSince, partnerStanding } from '../organizations/partnership.js';
import { categoryInForce } from '../organizations/category-in-force.js';
import type { Organization } from '../schemas/organization.js';
import { LABELS_EN } from '../vocabulary/labels/en.js';
import { toCsv, type CsvCell } from './csv.js';
import { exportableContacts } from './exportable-contacts.js';

const join = (values: readonly (string | number)[] | undefined) => (values ?? []).join('; ');

/** Columns of the CSV export, in order: one row per organisation, lists joined with "; ". */
const COLUMNS: readonly [header: string, value: (org: Organization, reader: Principal) => CsvCell][] = [
  ['id', (o) => o.id],
  ...LANGUAGES.map((lang): [string, (org: Organization) => CsvCell] => [`name_${lang}`, (o) => o.name[lang]]),
  ['acronyms', (o) => join([...new Set(Object.values(o.acronym ?? {}))])],
  ['former_names', (o) => join((o.formerNames ?? []).map((n) => n.en ?? n.fr ?? Object.values(n)[0] ?? ''))],
  ['kind', (o) => o.kind],
  ['scope', (o) => o.scope],
  ['standing', (o) => partnerStanding(o)],
  // Empty when no source states the category in force (see category-in-force.ts).
  ['category', (o) => categoryInForce(o)],
  ['state', (o) => currentPartnership(o)?.state],
  ['category_since', (o) => (categoryInForce(o) ? currentPartnership(o)?.since : undefined)],
  ['partner_since', (o) => partnerSince(o)],
  ['decision_ref', (o) => currentPartnership(o)?.entry.decisionRef],
  ['associate_term_ends', (o) => associateTerm(o)?.termEndYear],
  ['partnership_sources', (o) => join([...new Set(o.partnership.flatMap((entry) => entry.evidence.map((e) => e.url)))])],
  ['cooperation_sources', (o) => join((o.cooperation ?? []).map((e) => e.url))],
  ['hq_city', (o) => o.headquarters?.city],
  ['hq_country', (o) => o.headquarters?.country],
  ['founded', (o) => o.founded],
  ['website', (o) => o.website],
  ['sectors', (o) => join(o.sectors)],
  ['sdgs', (o) => join(o.sdgs)],
  ['countries_of_presence', (o) => join(o.countriesOfPresence)],
  ['working_languages', (o) => join(o.workingLanguages)],
  // Concept ids (stable, for joining with the vocabulary), then their English labels to read.
  ['fields_of_interest', (o) => join(o.fieldsOfInterest)],
  ['fields_of_interest_en', (o) => join(o.fieldsOfInterest.map((id) => LABELS_EN[id] ?? id))],
  ['contacts', (o, reader) => join(exportableContacts(o, reader).map((c) => `${c.kind}: ${c.value}${c.fictional ? ' (fictional)' : ''}`))],
  ['identifiers', (o) => join(o.identifiers.map((i) => `${i.scheme}:${i.value}`))],
  ['source_urls', (o) => join(o.provenance.sourceUrls)],
  ['as_of', (o) => o.provenance.asOf],
  ['verified', (o) => o.provenance.verified],
  ['fictional', (o) => o.provenance.fictional],
];

export const ORGANIZATION_CSV_HEADERS: readonly string[] = COLUMNS.map(([header]) => header);

/**
 * The directory as CSV for the Liaison Committee, the Sectors and the Member States:
 * names in the six languages, partnership (status, since, decision, associate term end),
 * fields of action (concept ids and their English labels) and the contacts `reader` may see
 * (public ones for everyone, partners-only ones for partners; default: an anonymous reader).
 */
export function organizationsToCsv(organizations: readonly Organization[], options: { bom?: boolean; reader?: Principal } = {}): string {
  const { reader = ANONYMOUS, ...csv } = options;
  return toCsv([ORGANIZATION_CSV_HEADERS, ...organizations.map((org) => COLUMNS.map(([, value]) => value(org, reader)))], csv);
}
