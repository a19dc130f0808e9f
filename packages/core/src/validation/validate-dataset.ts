import * as z from 'zod/mini';
import { safeParse } from '../errors/safe-parse.js';
import { issuesOf } from '../errors/issues-of.js';
import { Country } from '../schemas/country-record.js';
import { Organization } from '../schemas/organization.js';
import { copiedNameIssues } from '../organizations/name-rules.js';
import { partnershipRuleIssues } from '../organizations/directives-rules.js';
import type { FieldIssue } from '../schemas/problem.js';
import { Sector } from '../schemas/sector.js';
import { conceptIdIssues } from '../vocabulary/concept-issues.js';
import { vocabulary } from '../vocabulary/vocabulary.js';

export interface Dataset {
  organizations: readonly unknown[];
  countries: readonly unknown[];
  sectors: readonly unknown[];
}

export interface DatasetReport {
  ok: boolean;
  /** Every problem, each with a path such as `organizations[icom].headquarters.country`. */
  problems: FieldIssue[];
}

/** RFC 2606 / RFC 6761 names: the only domains a demo e-mail address may use. */
const RESERVED_DOMAIN = /(^|\.)(example\.(org|com|net)|example|test|invalid)$/i;

/** Label a record by its id when it has one, so messages survive reordering. */
function label(collection: string, index: number, record: unknown): string {
  const id = (record as { id?: unknown; code?: unknown } | null)?.id ?? (record as { code?: unknown } | null)?.code;
  return typeof id === 'string' && id ? `${collection}[${id}]` : `${collection}[${index}]`;
}

function checkUnique(
  collection: string,
  records: readonly { key: string; at: string }[],
  problems: FieldIssue[],
  field: string,
) {
  const seen = new Set<string>();
  for (const { key, at } of records) {
    if (seen.has(key)) problems.push({ path: `${at}.${field}`, message: `duplicate ${field} "${key}" in ${collection}` });
    seen.add(key);
  }
}

/** Rules the schema alone cannot express: sample-data honesty and cross-references. */
function checkOrganization(org: Organization, at: string, countryCodes: Set<string>, sectorCodes: Set<string>, problems: FieldIssue[]) {
  const { provenance } = org;
  if (!provenance.fictional) {
    if (provenance.sourceUrls.length === 0) {
      problems.push({ path: `${at}.provenance.sourceUrls`, message: 'a real organisation needs at least one source URL' });
    }
    org.contacts.forEach((_, i) => {
      problems.push({
        path: `${at}.contacts[${i}]`,
        message: 'real organisations carry no contact details in sample data (never invent or copy them)',
      });
    });
  }
  org.contacts.forEach((contact, i) => {
    if (!contact.fictional && provenance.fictional) {
      problems.push({ path: `${at}.contacts[${i}].fictional`, message: 'contacts of a fictional organisation must be flagged fictional' });
    }
    if (contact.kind === 'email') {
      const domain = contact.value.split('@')[1] ?? '';
      if (!RESERVED_DOMAIN.test(domain)) {
        problems.push({ path: `${at}.contacts[${i}].value`, message: 'demo e-mail addresses must use a reserved domain such as example.org' });
      }
    }
  });
  const hq = org.headquarters?.country;
  if (hq && !countryCodes.has(hq)) {
    problems.push({ path: `${at}.headquarters.country`, message: `unknown country code "${hq}"` });
  }
  (org.countriesOfPresence ?? []).forEach((code, i) => {
    if (!countryCodes.has(code)) problems.push({ path: `${at}.countriesOfPresence[${i}]`, message: `unknown country code "${code}"` });
  });
  if (new Set(org.countriesOfPresence).size !== (org.countriesOfPresence?.length ?? 0)) {
    problems.push({ path: `${at}.countriesOfPresence`, message: 'lists a country twice' });
  }
  org.sectors.forEach((code, i) => {
    if (!sectorCodes.has(code)) problems.push({ path: `${at}.sectors[${i}]`, message: `unknown sector "${code}"` });
  });
  if (new Set(org.sectors).size !== org.sectors.length) {
    problems.push({ path: `${at}.sectors`, message: 'lists a sector twice' });
  }
  problems.push(...conceptIdIssues(org.fieldsOfInterest, `${at}.fieldsOfInterest`, vocabulary()));
  for (const issue of partnershipRuleIssues(org)) problems.push({ path: `${at}.${issue.path}`, message: issue.message });
  if (!provenance.fictional) {
    for (const issue of copiedNameIssues(org)) problems.push({ path: `${at}.${issue.path}`, message: issue.message });
  }
}

/**
 * Checks every record against its schema, then ids, cross-references (countries, sectors, the
 * vocabulary's concepts for fields of interest) and the sample-data rules. Reports all
 * problems at once rather than stopping at the first.
 */
export function validateDataset(dataset: Dataset): DatasetReport {
  const problems: FieldIssue[] = [];

  const parseAll = <T>(collection: string, schema: z.ZodMiniType<T>, records: readonly unknown[]) =>
    records.flatMap((record, index) => {
      const at = label(collection, index, record);
      const result = safeParse(schema, record);
      if (!result.success) {
        problems.push(...issuesOf(result.error, at));
        return [];
      }
      return [{ value: result.data, at }];
    });

  const sectors = parseAll('sectors', Sector, dataset.sectors);
  const countries = parseAll('countries', Country, dataset.countries);
  const organizations = parseAll('organizations', Organization, dataset.organizations);

  checkUnique('sectors', sectors.map((s) => ({ key: s.value.code, at: s.at })), problems, 'code');
  checkUnique('countries', countries.map((c) => ({ key: c.value.code, at: c.at })), problems, 'code');
  checkUnique('organizations', organizations.map((o) => ({ key: o.value.id, at: o.at })), problems, 'id');

  const countryCodes = new Set(countries.map((c) => c.value.code));
  const sectorCodes = new Set(sectors.map((s) => s.value.code));
  for (const { value, at } of organizations) checkOrganization(value, at, countryCodes, sectorCodes, problems);

  return { ok: problems.length === 0, problems };
}
