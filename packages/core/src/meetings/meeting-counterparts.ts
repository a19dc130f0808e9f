import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import { ValidationError } from '../errors/validation-error.js';
import { forbiddenProblem } from '../errors/problems.js';
import { isRefusal, refuse, type Refusal } from '../organization-writes/write-context.js';
import { signedIn } from '../organization-writes/write-permissions.js';
import { singleParams } from '../query/list-query.js';
import type { FieldIssue } from '../schemas/problem.js';
import type { NameText } from '../schemas/name-text.js';
import { MEETING_SIDES, otherSide, type MeetingSide } from './meeting.js';

/*
 * Who can be asked to meet (paper ¶13): a meeting request names the other party's person, so
 * each party needs the list of people it may name. An NGO editor reads the National Commission
 * members (with their country), a National Commission member the NGO editors (with their
 * organisation). Only what choosing needs is shown: no e-mail address, no other role.
 */

/** A person as the API found them, with the roles that may act in a meeting. */
export interface MeetingCandidate {
  personId: string;
  displayName: string;
  disabled: boolean;
  roles: readonly RoleGrant[];
}

/** One person one may ask to meet, for one scope (a person editing two organisations appears twice). */
export interface MeetingCounterpart {
  personId: string;
  displayName: string;
  /** The side they act for. */
  side: MeetingSide;
  /** Their organisation id (ngo) or ISO country code (national-commission). */
  scope: string;
  /** The organisation's or the country's name. */
  scopeName: NameText;
}

/** `GET /v1/meeting-counterparts?side=&country=&organization=`. */
export interface MeetingCounterpartQuery {
  /** The side of the people listed (default: every side the caller can ask). */
  side?: MeetingSide | undefined;
  /** Only the National Commission members of this country. */
  country?: string | undefined;
  /** Only the editors of this organisation. */
  organization?: string | undefined;
}

const QUERY_NAMES = ['side', 'country', 'organization'] as const;

/** Parses the query strictly (unknown or repeated parameters are 400s naming them). */
export function parseMeetingCounterpartQuery(params: URLSearchParams): MeetingCounterpartQuery {
  const issues: FieldIssue[] = [];
  const known = new Set<string>(QUERY_NAMES);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) issues.push({ path: key, message: `unknown query parameter; allowed: ${QUERY_NAMES.join(', ')}`, code: 'invalid-value' });
  }
  const values = singleParams(params, QUERY_NAMES, issues);
  if (values.side !== undefined && !(MEETING_SIDES as readonly string[]).includes(values.side)) {
    issues.push({ path: 'side', message: `must be one of ${MEETING_SIDES.join(', ')}`, code: 'invalid-value' });
  }
  if (values.country !== undefined && values.organization !== undefined) {
    issues.push({ path: 'organization', message: 'country lists National Commission members, organization NGO editors: give one of them', code: 'invalid-value' });
  }
  if (values.country !== undefined && values.side === 'ngo') issues.push({ path: 'country', message: 'NGO editors are listed by organization', code: 'invalid-value' });
  if (values.organization !== undefined && values.side === 'national-commission') {
    issues.push({ path: 'organization', message: 'National Commission members are listed by country', code: 'invalid-value' });
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { side: values.side as MeetingSide | undefined, country: values.country?.toUpperCase(), organization: values.organization };
}

/** The scopes `roles` act for in meetings: each organisation edited, each country's National Commission. */
export function meetingScopesOf(roles: readonly RoleGrant[]): { side: MeetingSide; scope: string }[] {
  const scopes: { side: MeetingSide; scope: string }[] = [];
  for (const grant of roles) {
    if (grant.role === 'ngo-editor') scopes.push({ side: 'ngo', scope: grant.organization });
    else if (grant.role === 'member-state' && grant.via === 'national-commission') scopes.push({ side: 'national-commission', scope: grant.country });
  }
  return scopes;
}

export interface CounterpartNames {
  /** An organisation's name, if it exists. */
  organization(id: string): NameText | undefined;
  /** A country's name, if known. */
  country(code: string): NameText | undefined;
}

/**
 * The people the caller may name as counterpart: 401 anonymous, 403 for someone who acts for
 * neither side (or asks for their own side). Disabled people and the caller are left out;
 * sorted by scope, then name.
 */
export function decideMeetingCounterparts(
  principal: Principal,
  query: MeetingCounterpartQuery,
  candidates: readonly MeetingCandidate[],
  names: CounterpartNames,
): MeetingCounterpart[] | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const askable = new Set(meetingScopesOf(person.roles).map((own) => otherSide(own.side)));
  if (askable.size === 0) return refuse(forbiddenProblem('Only NGO editors and National Commission members ask to meet'));
  if (query.side && !askable.has(query.side)) {
    return refuse(forbiddenProblem(query.side === 'ngo' ? 'Only National Commission members ask NGO editors to meet' : 'Only NGO editors ask National Commission members to meet'));
  }
  const sides = query.side ? new Set([query.side]) : askable;
  const wanted = (side: MeetingSide, scope: string): boolean => {
    if (!sides.has(side)) return false;
    if (query.country !== undefined) return side === 'national-commission' && scope === query.country;
    if (query.organization !== undefined) return side === 'ngo' && scope === query.organization;
    return true;
  };
  const found: MeetingCounterpart[] = [];
  for (const candidate of candidates) {
    if (candidate.disabled || candidate.personId === person.personId) continue;
    for (const { side, scope } of meetingScopesOf(candidate.roles)) {
      if (!wanted(side, scope)) continue;
      const scopeName = side === 'ngo' ? names.organization(scope) : names.country(scope);
      // An editor of an organisation that no longer exists cannot be met for it.
      if (side === 'ngo' && !scopeName) continue;
      found.push({ personId: candidate.personId, displayName: candidate.displayName, side, scope, scopeName: scopeName ?? { en: scope } });
    }
  }
  return found.sort((a, b) => a.side.localeCompare(b.side) || a.scope.localeCompare(b.scope) || a.displayName.localeCompare(b.displayName) || a.personId.localeCompare(b.personId));
}
