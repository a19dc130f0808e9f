import { safeParse } from '../errors/safe-parse.js';
import { issuesOf } from '../errors/issues-of.js';
import { copiedNameIssues } from '../organizations/name-rules.js';
import { partnershipRuleIssues } from '../organizations/directives-rules.js';
import { COUNTRIES } from '../reference/countries.js';
import { Organization } from '../schemas/organization.js';
import type { FieldIssue } from '../schemas/problem.js';
import { CONCEPT_IDS } from '../vocabulary/concept-ids.js';
import { isPlainObject } from './merge-patch.js';

/**
 * Most entries a list of a written organisation may hold: the schema leaves them open (seed
 * data is trusted), a write is not — a body of 100,000 contacts is not a profile.
 */
export const WRITE_LIST_LIMITS = {
  formerNames: 20,
  sectors: 5,
  sdgs: 17,
  countriesOfPresence: 250,
  workingLanguages: 40,
  fieldsOfInterest: 40,
  contacts: 30,
  identifiers: 20,
  cooperation: 50,
} as const satisfies Partial<Record<keyof Organization, number>>;

/** Lists whose entries must be unique. */
const UNIQUE_LISTS = ['sectors', 'sdgs', 'countriesOfPresence', 'workingLanguages', 'fieldsOfInterest'] as const;

const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRIES.map((country) => country.code));
const CONCEPTS: ReadonlySet<string> = new Set(CONCEPT_IDS);

/**
 * Keys of `input` that parsing dropped (zod objects strip what they do not define): each is a
 * field no schema knows, at any depth ("headquarters.town"), refused rather than lost quietly.
 */
export function droppedKeyIssues(input: unknown, output: unknown, path = ''): FieldIssue[] {
  const at = (key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (Array.isArray(input) && Array.isArray(output)) return input.flatMap((item, i) => droppedKeyIssues(item, output[i], at(i)));
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  return Object.entries(input).flatMap(([key, value]) =>
    Object.hasOwn(output, key)
      ? droppedKeyIssues(value, output[key], at(key))
      : value === undefined
        ? []
        : [{ path: at(key), message: 'is not a field of this record', code: 'unknown-field' }]
  );
}

function listIssues(org: Organization): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [field, limit] of Object.entries(WRITE_LIST_LIMITS) as [keyof typeof WRITE_LIST_LIMITS, number][]) {
    const list = org[field] as readonly unknown[] | undefined;
    if (list && list.length > limit) issues.push({ path: field, message: `lists at most ${limit} entries`, code: 'too-many' });
  }
  for (const field of UNIQUE_LISTS) {
    const list = (org[field] ?? []) as readonly unknown[];
    if (new Set(list).size !== list.length) issues.push({ path: field, message: 'lists the same value twice', code: 'duplicate' });
  }
  org.fieldsOfInterest.forEach((id, i) => {
    if (!CONCEPTS.has(id)) {
      issues.push({ path: `fieldsOfInterest[${i}]`, message: `"${id}" is not a concept of the controlled vocabulary`, code: 'invalid-value' });
    }
  });
  const countries: [string, string | undefined][] = [
    ...(org.countriesOfPresence ?? []).map((code, i): [string, string] => [`countriesOfPresence[${i}]`, code]),
    ['headquarters.country', org.headquarters?.country],
  ];
  for (const [path, code] of countries) {
    if (code !== undefined && !COUNTRY_CODES.has(code)) issues.push({ path, message: `unknown country code "${code}"`, code: 'invalid-value' });
  }
  return issues;
}

/**
 * Everything wrong with `candidate` as an organisation to store through the write path: the
 * core schema (with stable codes), fields no schema knows, list limits and references to the
 * vocabulary and the countries, the name rules (a name copied across languages without a
 * source) and the Directives' partnership rules. Paths are relative to the record.
 */
export function organizationWriteIssues(candidate: unknown): { organization: Organization } | { issues: FieldIssue[] } {
  const parsed = safeParse(Organization, candidate);
  if (!parsed.success) return { issues: issuesOf(parsed.error) };
  const organization = parsed.data;
  const issues = [...droppedKeyIssues(candidate, organization), ...listIssues(organization)];
  const rules = [...partnershipRuleIssues(organization), ...(organization.provenance.fictional ? [] : copiedNameIssues(organization))];
  issues.push(...rules.map((issue) => ({ ...issue, code: issue.code ?? 'inconsistent' })));
  return issues.length ? { issues } : { organization };
}
