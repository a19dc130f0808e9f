import * as z from 'zod/mini';
import { lineText, withoutControlCharacters } from './plain-text.js';
import { CountryCode } from './country.js';
import { LocalizedText, PartialLocalizedText } from './localized-text.js';
import { OrganizationId, Provenance, WebUrl } from './record-fields.js';
import { SectorCode } from './sector.js';
import { ConceptId } from '../vocabulary/concept-id.js';

export { OrganizationId, Provenance, WebUrl } from './record-fields.js';

/**
 * Partnership status under the 2011 Directives, plus what the sources allow us to say:
 * `official-unspecified` when a source says "official partner" without the category,
 * `unverified` when a source shows cooperation only.
 */
export const PARTNERSHIP_STATUSES = [
  'consultative',
  'associate',
  'official-relations',
  'official-unspecified',
  'unverified',
] as const;
export const PartnershipStatus = z.enum(PARTNERSHIP_STATUSES);
export type PartnershipStatus = z.infer<typeof PartnershipStatus>;

/** Categories of the 1995 and 1960 Directives, kept for history. */
export const LegacyStatus = z.enum(['operational', 'formal-consultative', 'formal-associate', 'A', 'B']);
export type LegacyStatus = z.infer<typeof LegacyStatus>;

/**
 * Where a partnership stands: `active` (the default when absent), `pending` (requested,
 * not yet decided), `suspended` or `terminated` (by decision of the deciding body).
 */
export const PARTNERSHIP_STATES = ['active', 'pending', 'suspended', 'terminated'] as const;
export const PartnershipState = z.enum(PARTNERSHIP_STATES);
export type PartnershipState = z.infer<typeof PartnershipState>;

export const PartnershipEntry = z.object({
  status: PartnershipStatus,
  /** Absent means active. */
  state: z.optional(PartnershipState),
  legacyStatus: z.optional(LegacyStatus),
  /** Year the status took effect, only where a source states it. */
  from: z.optional(z.int().check(z.gte(1945), z.lte(2100))),
  to: z.optional(z.int().check(z.gte(1945), z.lte(2100))),
  decidedBy: z.optional(z.enum(['DG', 'EB'])),
  decisionRef: z.optional(lineText(120)),
  sourceUrl: z.optional(WebUrl),
});
export type PartnershipEntry = z.infer<typeof PartnershipEntry>;

export const Contact = z.object({
  kind: z.enum(['email', 'phone', 'postal']),
  /** Postal addresses span lines: line breaks allowed, other controls not. */
  value: z.string().check(z.minLength(1), z.maxLength(300), withoutControlCharacters()),
  label: z.optional(PartialLocalizedText),
  /** Demo contact on a fictional organisation: always labelled as such in the UI. */
  fictional: z.boolean(),
  /**
   * The organisation publishes this contact itself (its own website) and agrees to its
   * reuse: only such contacts, or fictional ones, go into exports and vCards.
   */
  public: z.optional(z.boolean()),
});
export type Contact = z.infer<typeof Contact>;

export const Identifier = z.object({
  scheme: z.enum(['UIA', 'UNESCO-NGO-DB', 'ECOSOC-iCSO', 'XM-DAC', 'org-id']),
  value: lineText(80),
});
export type Identifier = z.infer<typeof Identifier>;

/** NGOs, and foundations (which hold "official relations" under their own Directives). */
export const ORGANIZATION_KINDS = ['ngo', 'foundation'] as const;
/** Level at which an organisation works; consultative status is open to all four. */
export const ORGANIZATION_SCOPES = ['international', 'regional', 'national', 'local'] as const;

export const Organization = z.object({
  id: OrganizationId,
  kind: z.enum(ORGANIZATION_KINDS),
  name: LocalizedText,
  acronym: z.optional(PartialLocalizedText),
  /** Earlier names, newest first, so searches for an old name still find the organisation. */
  formerNames: z.optional(z.array(PartialLocalizedText)),
  scope: z.optional(z.enum(ORGANIZATION_SCOPES)),
  headquarters: z.optional(
    z.object({
      city: z.optional(lineText(120)),
      country: z.optional(CountryCode),
    }),
  ),
  founded: z.optional(z.int().check(z.gte(1800), z.lte(2100))),
  website: z.optional(WebUrl),
  description: z.optional(LocalizedText),
  sectors: z.array(SectorCode),
  /** Sustainable Development Goals (1–17) the organisation works towards. */
  sdgs: z.optional(z.array(z.int().check(z.gte(1), z.lte(17)))),
  /** Countries where the organisation is active (ISO alpha-2), only as a cited page lists them. */
  countriesOfPresence: z.optional(z.array(CountryCode)),
  /** Languages the organisation works in (ISO 639-1, e.g. "en", "fr", "pt"). */
  workingLanguages: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as "fr"')))),
  /** Concept ids of the controlled vocabulary (`@ngo-liaison/core/vocabulary`): "museums", "press-freedom". */
  fieldsOfInterest: z.array(ConceptId),
  /** Dated history, oldest first; the last entry is the current status. */
  partnership: z.array(PartnershipEntry).check(z.minLength(1, 'needs at least one entry')),
  contacts: z.array(Contact),
  identifiers: z.array(Identifier),
  provenance: Provenance,
});
export type Organization = z.infer<typeof Organization>;
