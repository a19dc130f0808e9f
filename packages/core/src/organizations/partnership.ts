import type {
  Organization,
  PartnershipEntry,
  PartnershipState,
  PartnershipStatus,
} from '../schemas/organization.js';

/** Associate status runs for renewable periods of eight years (2011 Directives, §1 of the domain notes). */
export const ASSOCIATE_TERM_YEARS = 8;

/** Statuses that are an official partnership (everything but "cooperation only"). */
const OFFICIAL: ReadonlySet<PartnershipStatus> = new Set(['consultative', 'associate', 'official-relations', 'official-unspecified']);

export interface CurrentPartnership {
  status: PartnershipStatus;
  state: PartnershipState;
  /**
   * First year of the unbroken run of entries with this status (an associate renewed in
   * 2024 after a term from 2016 is associate "since 2016"); undefined when no source dates it.
   */
  since: number | undefined;
  /** The entry in force: the last of the history. */
  entry: PartnershipEntry;
}

/** The partnership in force: the last entry of the dated history (schemas keep it oldest first). */
export function currentPartnership(org: Pick<Organization, 'partnership'>): CurrentPartnership {
  const history = org.partnership;
  const entry = history[history.length - 1]!;
  let since = entry.from;
  for (let i = history.length - 2; i >= 0; i--) {
    const earlier = history[i]!;
    if (earlier.status !== entry.status || earlier.legacyStatus) break;
    if (earlier.from !== undefined) since = earlier.from;
  }
  return { status: entry.status, state: entry.state ?? 'active', since, entry };
}

export function currentStatus(org: Pick<Organization, 'partnership'>): PartnershipStatus {
  return currentPartnership(org).status;
}

/**
 * Year the organisation first entered an official partnership of any kind, including the
 * categories of earlier Directives; undefined when no source dates it (sorted last).
 */
export function partnerSince(org: Pick<Organization, 'partnership'>): number | undefined {
  let first: number | undefined;
  for (const entry of org.partnership) {
    if (entry.from === undefined || !(OFFICIAL.has(entry.status) || entry.legacyStatus)) continue;
    if (first === undefined || entry.from < first) first = entry.from;
  }
  return first;
}

export type RenewalState = 'not-yet-due' | 'due-soon' | 'overdue' | 'ended';

export interface RenewalDue {
  /** Last year of the current eight-year associate term. */
  termEndYear: number;
  /**
   * Date by which the renewal request should reach the Director-General: 30 November of
   * the year before the term ends, so that the Executive Board can decide at its first
   * session of the final year. Inferred from the admission timetable (request by
   * 30 November, decision at the Board's first session of the following year); the
   * Directives' text on renewals is to be checked before this is shown as a rule.
   */
  requestBy: string;
  certainty: 'inferred';
  /** Where `today` falls: `due-soon` in the twelve months before `requestBy`. */
  state: RenewalState;
}

/** "YYYY-MM-DD" of a Date (in UTC) or a date string; time is always passed in. */
function isoDay(today: Date | string): string {
  const day = typeof today === 'string' ? today.slice(0, 10) : today.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a date: ${String(today)}`);
  return day;
}

/**
 * The current associate term's end and renewal deadline, for organisations whose current
 * status is associate and whose term a source dates (`to`, or `from` + 8 years).
 */
export function associateTerm(org: Pick<Organization, 'partnership'>): Pick<RenewalDue, 'termEndYear' | 'requestBy' | 'certainty'> | undefined {
  const { status, state, entry } = currentPartnership(org);
  if (status !== 'associate' || state === 'terminated') return undefined;
  const termEndYear = entry.to ?? (entry.from === undefined ? undefined : entry.from + ASSOCIATE_TERM_YEARS);
  if (termEndYear === undefined) return undefined;
  return { termEndYear, requestBy: `${termEndYear - 1}-11-30`, certainty: 'inferred' };
}

/** associateTerm plus where `today` falls relative to it; undefined when there is no dated associate term. */
export function renewalDue(org: Pick<Organization, 'partnership'>, today: Date | string): RenewalDue | undefined {
  const term = associateTerm(org);
  if (!term) return undefined;
  const { termEndYear, requestBy } = term;
  const day = isoDay(today);
  const dueSoonFrom = `${termEndYear - 2}-11-30`;
  let renewal: RenewalState;
  if (day > `${termEndYear}-12-31`) renewal = 'ended';
  else if (day > requestBy) renewal = 'overdue';
  else if (day > dueSoonFrom) renewal = 'due-soon';
  else renewal = 'not-yet-due';
  return { termEndYear, requestBy, certainty: 'inferred', state: renewal };
}
