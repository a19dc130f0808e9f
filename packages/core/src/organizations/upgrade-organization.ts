import { ValidationError } from '../errors/validation-error.js';
import type { Evidence, Organization, PartnershipCategory, PartnershipEntry } from '../schemas/organization.js';
import { conceptIdsOfTags } from '../vocabulary/tags-to-concepts.js';

/*
 * Upgrades an organisation stored before the partnership category was modelled apart from
 * its evidence (issue 11). The stored JSON of that time mixed categories with states of
 * knowledge (`official-unspecified`, `unverified`) and kept the legacy categories aside.
 */

/** A partnership entry as stored before issue 11. */
export interface LegacyPartnershipEntry {
  status: 'consultative' | 'associate' | 'official-relations' | 'official-unspecified' | 'unverified';
  state?: PartnershipEntry['state'];
  legacyStatus?: 'operational' | 'formal-consultative' | 'formal-associate' | 'A' | 'B';
  from?: number;
  to?: number;
  decidedBy?: PartnershipEntry['decidedBy'];
  decisionRef?: string;
  sourceUrl?: string;
}

/** An organisation as stored before issue 11: old partnership entries, French name required. */
export type LegacyOrganization = Omit<Organization, 'partnership' | 'cooperation'> & {
  partnership: readonly (LegacyPartnershipEntry | PartnershipEntry)[];
  cooperation?: Evidence[];
};

const LEGACY_CATEGORY: Record<NonNullable<LegacyPartnershipEntry['legacyStatus']>, PartnershipCategory> = {
  operational: 'operational',
  'formal-consultative': 'formal-consultative',
  'formal-associate': 'formal-associate',
  A: 'category-a',
  B: 'category-b',
};

function isLegacyEntry(entry: LegacyPartnershipEntry | PartnershipEntry): entry is LegacyPartnershipEntry {
  return 'status' in entry;
}

/** The category an old entry states: a legacy category by name, a 2011 one, or none. */
function categoryOf(entry: LegacyPartnershipEntry): PartnershipCategory | undefined {
  if (entry.legacyStatus) return LEGACY_CATEGORY[entry.legacyStatus];
  return entry.status === 'official-unspecified' || entry.status === 'unverified' ? undefined : entry.status;
}

/**
 * The old `sourceUrl` said where we read the entry, not who publishes the page: it may be
 * UNESCO's, the organisation's own or someone else's, and nothing stored tells which. So it
 * becomes `third-party` evidence, the claim that asserts least, read on the record's
 * `provenance.asOf` (the only date we have); a later edit can say who publishes it.
 */
function evidenceOf(url: string | undefined, asOf: string): Evidence[] {
  return url ? [{ source: 'third-party', url, asOf }] : [];
}

function upgradeEntry(entry: LegacyPartnershipEntry, asOf: string): PartnershipEntry {
  const category = categoryOf(entry);
  return {
    ...(category ? { category } : {}),
    ...(entry.state ? { state: entry.state } : {}),
    ...(entry.from !== undefined ? { from: entry.from } : {}),
    // An end year without the decision that states it was computed (start + 8): dropped.
    ...(entry.to !== undefined && entry.decisionRef ? { to: entry.to } : {}),
    ...(entry.decidedBy ? { decidedBy: entry.decidedBy } : {}),
    ...(entry.decisionRef ? { decisionRef: entry.decisionRef } : {}),
    evidence: evidenceOf(entry.sourceUrl, asOf),
  };
}

/**
 * The organisation in the current shape. Pure and idempotent (entries already upgraded are
 * kept as they are):
 * - `consultative`, `associate`, `official-relations` keep their category; a `legacyStatus`
 *   becomes the category (`A` → `category-a`, `B` → `category-b`); `official-unspecified`
 *   becomes an entry without a category;
 * - an `unverified` entry is no partnership: it is dropped and its page goes to `cooperation`;
 * - `sourceUrl` becomes evidence (see evidenceOf); `to` without a `decisionRef` is dropped;
 * - a name in French equal to the English one was a filled-in copy: the French is dropped;
 * - free-text fields of interest become concepts of the vocabulary (conceptIdsOfTags); a tag
 *   no concept names is an error naming it, rather than a field of interest silently lost.
 */
export function upgradeOrganization(stored: LegacyOrganization): Organization {
  const asOf = stored.provenance.asOf;
  const partnership: PartnershipEntry[] = [];
  const cooperation: Evidence[] = [...(stored.cooperation ?? [])];
  for (const entry of stored.partnership) {
    if (!isLegacyEntry(entry)) partnership.push(entry);
    else if (entry.status === 'unverified') cooperation.push(...evidenceOf(entry.sourceUrl, asOf));
    else partnership.push(upgradeEntry(entry, asOf));
  }
  const { fr, ...otherNames } = stored.name;
  const name = fr !== undefined && fr === stored.name.en ? otherNames : stored.name;
  const { ids: fieldsOfInterest, unknown } = conceptIdsOfTags(stored.fieldsOfInterest);
  if (unknown.length) {
    throw new ValidationError(
      [{ path: 'fieldsOfInterest', message: `no concept of the vocabulary names ${unknown.map((tag) => JSON.stringify(tag)).join(', ')}; map them by hand` }],
      `Organisation "${stored.id}" cannot be upgraded`,
    );
  }
  const { cooperation: _old, ...rest } = stored;
  return { ...rest, name, fieldsOfInterest, partnership, ...(cooperation.length ? { cooperation } : {}) };
}
