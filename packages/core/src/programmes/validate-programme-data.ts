import * as z from 'zod/mini';
import { issuesOf } from '../errors/issues-of.js';
import { Action } from '../schemas/action.js';
import { FieldOffice } from '../schemas/field-office.js';
import { FocalPoint } from '../schemas/focal-point.js';
import type { Contact, Organization } from '../schemas/organization.js';
import type { FieldIssue } from '../schemas/problem.js';
import { Programme } from '../schemas/programme.js';
import { conceptIdIssues } from '../vocabulary/concept-issues.js';
import { vocabulary } from '../vocabulary/vocabulary.js';

export interface ProgrammeDataset {
  programmes: readonly unknown[];
  actions: readonly unknown[];
  focalPoints: readonly unknown[];
  fieldOffices: readonly unknown[];
  /** Already validated organisations (for cross-references and the fictional/real rules). */
  organizations: readonly { id: string; provenance: Pick<Organization['provenance'], 'fictional'> }[];
  /** Known country codes. */
  countries: readonly string[];
}

export interface ProgrammeDataReport {
  ok: boolean;
  problems: FieldIssue[];
}

/** RFC 2606 / RFC 6761 names: the only domains a demo e-mail address may use. */
const RESERVED_DOMAIN = /(^|\.)(example\.(org|com|net)|example|test|invalid)$/i;

function label(collection: string, index: number, record: unknown): string {
  const r = record as { id?: unknown; code?: unknown } | null;
  const id = r?.id ?? r?.code;
  return typeof id === 'string' && id ? `${collection}[${id}]` : `${collection}[${index}]`;
}

/**
 * Checks field offices, programmes, actions and focal points: schemas, unique ids,
 * cross-references (an action's actor is a known organisation or field office; themes are
 * concepts of the vocabulary), and the sample-data rules (fictional actions only for fictional
 * organisations; real actions only with a source; contacts only fictional on example.org or
 * public role addresses). Reports every problem, each with its path.
 */
export function validateProgrammeData(data: ProgrammeDataset): ProgrammeDataReport {
  const problems: FieldIssue[] = [];
  const parseAll = <T>(collection: string, schema: z.ZodMiniType<T>, records: readonly unknown[]) =>
    records.flatMap((record, index) => {
      const at = label(collection, index, record);
      const result = z.safeParse(schema, record);
      if (!result.success) {
        problems.push(...issuesOf(result.error, at));
        return [];
      }
      return [{ value: result.data, at }];
    });
  const unique = (collection: string, keys: { key: string; at: string }[]) => {
    const seen = new Set<string>();
    for (const { key, at } of keys) {
      if (seen.has(key)) problems.push({ path: at, message: `duplicate id "${key}" in ${collection}` });
      seen.add(key);
    }
  };

  const offices = parseAll('fieldOffices', FieldOffice, data.fieldOffices);
  const programmes = parseAll('programmes', Programme, data.programmes);
  const actions = parseAll('actions', Action, data.actions);
  const focalPoints = parseAll('focalPoints', FocalPoint, data.focalPoints);
  unique('fieldOffices', offices.map((o) => ({ key: o.value.code, at: o.at })));
  unique('programmes', programmes.map((p) => ({ key: p.value.id, at: p.at })));
  unique('actions', actions.map((a) => ({ key: a.value.id, at: a.at })));
  unique('focalPoints', focalPoints.map((f) => ({ key: f.value.id, at: f.at })));

  const countries = new Set(data.countries);
  const officeCodes = new Set(offices.map((o) => o.value.code));
  const programmeIds = new Set(programmes.map((p) => p.value.id));
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  const checkCountries = (codes: readonly string[], at: string) =>
    codes.forEach((code, i) => {
      if (!countries.has(code)) problems.push({ path: `${at}[${i}]`, message: `unknown country code "${code}"` });
    });
  const checkOffices = (codes: readonly string[], at: string) =>
    codes.forEach((code, i) => {
      if (!officeCodes.has(code)) problems.push({ path: `${at}[${i}]`, message: `unknown field office "${code}"` });
    });
  const checkPeriod = (period: { start: string; end?: string | undefined } | undefined, at: string) => {
    if (period?.end && period.end < period.start) problems.push({ path: `${at}.period.end`, message: 'ends before it starts' });
  };

  for (const { value: office, at } of offices) {
    checkCountries([office.hostCountry], `${at}.hostCountry`);
    checkCountries(office.coverage, `${at}.coverage`);
    if (office.parentOffice && !officeCodes.has(office.parentOffice)) {
      problems.push({ path: `${at}.parentOffice`, message: `unknown field office "${office.parentOffice}"` });
    }
  }

  for (const { value: p, at } of programmes) {
    checkCountries(p.countries, `${at}.countries`);
    checkOffices(p.fieldOffices, `${at}.fieldOffices`);
    checkPeriod(p.period, at);
    problems.push(...conceptIdIssues(p.themes, `${at}.themes`, vocabulary()));
    const criteria = p.criteria.map((c) => c.criterion);
    if (new Set(criteria).size !== criteria.length) problems.push({ path: `${at}.criteria`, message: 'lists a criterion twice' });
    if (p.criteria.length && p.criteria.every((c) => c.weight === 0)) {
      problems.push({ path: `${at}.criteria`, message: 'every weight is zero; leave the list empty for the default weights' });
    }
    if (!p.provenance.fictional && p.provenance.sourceUrls.length === 0) {
      problems.push({ path: `${at}.provenance.sourceUrls`, message: 'a real programme needs the URL of a page that names it' });
    }
  }

  for (const { value: a, at } of actions) {
    checkCountries(a.countries, `${at}.countries`);
    checkOffices(a.fieldOffices ?? [], `${at}.fieldOffices`);
    checkPeriod(a.period, at);
    if (!programmeIds.has(a.programme)) problems.push({ path: `${at}.programme`, message: `unknown programme "${a.programme}"` });
    const { actor } = a;
    if (actor.kind === 'field-office') {
      if (!officeCodes.has(actor.fieldOffice)) problems.push({ path: `${at}.actor.fieldOffice`, message: `unknown field office "${actor.fieldOffice}"` });
      else if (!a.provenance.fictional && a.provenance.sourceUrls.length === 0) {
        problems.push({ path: `${at}.provenance.sourceUrls`, message: 'a real action of a field office needs a source that states it' });
      }
      continue;
    }
    const org = orgs.get(actor.organization);
    if (!org) {
      problems.push({ path: `${at}.actor.organization`, message: `unknown organisation "${actor.organization}"` });
    } else if (org.provenance.fictional && !a.provenance.fictional) {
      problems.push({ path: `${at}.provenance.fictional`, message: 'an action of a fictional organisation must be flagged fictional' });
    } else if (!org.provenance.fictional && a.provenance.fictional) {
      problems.push({ path: `${at}.actor.organization`, message: 'fictional actions may only be linked to fictional organisations' });
    } else if (!org.provenance.fictional && a.provenance.sourceUrls.length === 0) {
      problems.push({ path: `${at}.provenance.sourceUrls`, message: "an action of a real organisation needs a source that states it" });
    }
  }

  for (const { value: f, at } of focalPoints) {
    const { scope } = f;
    if (scope.kind === 'field-office' && !officeCodes.has(scope.fieldOffice)) {
      problems.push({ path: `${at}.scope.fieldOffice`, message: `unknown field office "${scope.fieldOffice}"` });
    }
    if (scope.kind === 'programme' && !programmeIds.has(scope.programme)) {
      problems.push({ path: `${at}.scope.programme`, message: `unknown programme "${scope.programme}"` });
    }
    f.contacts.forEach((contact: Contact, i) => {
      const path = `${at}.contacts[${i}]`;
      if (!contact.fictional && !(contact.public && f.provenance.sourceUrls.length > 0)) {
        problems.push({ path, message: 'focal-point contacts must be fictional, or a public role address on a cited page (public: true)' });
      }
      if (contact.fictional && contact.kind === 'email' && !RESERVED_DOMAIN.test(contact.value.split('@')[1] ?? '')) {
        problems.push({ path: `${path}.value`, message: 'fictional e-mail addresses must use a reserved domain such as example.org' });
      }
    });
  }

  return { ok: problems.length === 0, problems };
}
