import type {
  Organization,
  PartnershipCategory,
  PartnershipEntry,
  PartnershipState,
} from '../schemas/organization.js';

/**
 * Where an organisation stands with UNESCO, as far as the sources attest:
 * - `official`: an official partnership in force (active or suspended);
 * - `pending`: requested, not yet decided;
 * - `former`: the last partnership was terminated;
 * - `not-attested`: no source attests an official partnership (cooperation only, or a name
 *   on a list). Not a weaker partnership: an absence of evidence.
 * The directory lists `official` organisations unless a filter asks for the others.
 */
export const PARTNER_STANDINGS = ['official', 'pending', 'former', 'not-attested'] as const;
export type PartnerStanding = (typeof PARTNER_STANDINGS)[number];

/** The standing listed when a query does not choose one. */
export const DEFAULT_STANDINGS: readonly PartnerStanding[] = ['official'];

export interface CurrentPartnership {
  /** Undefined when no source states the category of the partnership in force. */
  category: PartnershipCategory | undefined;
  state: PartnershipState;
  /**
   * First year of the unbroken run of entries with this category (an associate renewed in
   * 2021 after a term from 2013 is associate "since 2013"); undefined when no source dates it.
   */
  since: number | undefined;
  /** The entry in force: the last of the history. */
  entry: PartnershipEntry;
}

/** The partnership in force (the last entry), or undefined when none is attested. */
export function currentPartnership(org: Pick<Organization, 'partnership'>): CurrentPartnership | undefined {
  const history = org.partnership;
  const entry = history[history.length - 1];
  if (!entry) return undefined;
  let since = entry.from;
  // An unknown category never joins a run: two "not stated" entries may be different categories.
  if (entry.category !== undefined) {
    for (let i = history.length - 2; i >= 0; i--) {
      const earlier = history[i]!;
      if (earlier.category !== entry.category) break;
      if (earlier.from !== undefined) since = earlier.from;
    }
  }
  return { category: entry.category, state: entry.state ?? 'active', since, entry };
}

/** The category in force; undefined when none is attested or no source states it. */
export function currentCategory(org: Pick<Organization, 'partnership'>): PartnershipCategory | undefined {
  return currentPartnership(org)?.category;
}

export function partnerStanding(org: Pick<Organization, 'partnership'>): PartnerStanding {
  const current = currentPartnership(org);
  if (!current) return 'not-attested';
  if (current.state === 'pending') return 'pending';
  if (current.state === 'terminated') return 'former';
  return 'official';
}

/**
 * Year the organisation first entered an official partnership of any category, including
 * those of earlier Directives; undefined when no source dates it (sorted last).
 */
export function partnerSince(org: Pick<Organization, 'partnership'>): number | undefined {
  let first: number | undefined;
  for (const entry of org.partnership) {
    if (entry.from === undefined || entry.state === 'pending') continue;
    if (first === undefined || entry.from < first) first = entry.from;
  }
  return first;
}

export interface AssociateTerm {
  /** Last year of the term, as the Executive Board decision states it. */
  termEndYear: number;
  decisionRef: string | undefined;
}

/**
 * The end of the current associate term, only where a sourced decision gives it (the entry's
 * `to`). Never computed from the start year: the Directives' eight-year periods run from a
 * decision, and only the decision says when.
 */
export function associateTerm(org: Pick<Organization, 'partnership'>): AssociateTerm | undefined {
  const current = currentPartnership(org);
  if (current?.category !== 'associate' || current.state === 'terminated' || current.entry.to === undefined) return undefined;
  return { termEndYear: current.entry.to, decisionRef: current.entry.decisionRef };
}
