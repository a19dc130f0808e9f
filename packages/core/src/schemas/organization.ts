import * as z from 'zod/mini';
import { lineText, withoutControlCharacters } from './plain-text.js';
import { CountryCode } from './country.js';
import { LocalizedText, PartialLocalizedText } from './localized-text.js';
import { NameText } from './name-text.js';
import { OrganizationId, Provenance, WebUrl } from './record-fields.js';
import { SectorCode } from './sector.js';
import { ConceptId } from '../vocabulary/concept-id.js';

export { OrganizationId, Provenance, WebUrl } from './record-fields.js';

/**
 * Categories of official partnership, by the Directives that define them. A category is what
 * a source states; where no source states one, the entry has no `category` (shown as "not
 * stated", never as a category of its own).
 * - 2011 Directives (36 C/Resolution 108): `consultative` (decided by the Director-General,
 *   open to NGOs at any level) and `associate` (decided by the Executive Board, international
 *   or regional NGOs only);
 * - foundations, under their own Directives: `official-relations`;
 * - 1995 Directives (until the 2011–2012 reclassification): `operational`,
 *   `formal-consultative`, `formal-associate`;
 * - 1960 Directives: `category-a`, `category-b`.
 */
export const PARTNERSHIP_CATEGORIES = [
  'consultative',
  'associate',
  'official-relations',
  'formal-associate',
  'formal-consultative',
  'operational',
  'category-a',
  'category-b',
] as const;
export const PartnershipCategory = z.enum(PARTNERSHIP_CATEGORIES);
export type PartnershipCategory = z.infer<typeof PartnershipCategory>;

/**
 * Where a partnership stands: `active` (the default when absent), `pending` (requested,
 * not yet decided), `suspended` or `terminated` (by decision of the deciding body).
 */
export const PARTNERSHIP_STATES = ['active', 'pending', 'suspended', 'terminated'] as const;
export const PartnershipState = z.enum(PARTNERSHIP_STATES);
export type PartnershipState = z.infer<typeof PartnershipState>;

/**
 * Who states a fact: a UNESCO decision (Executive Board, General Conference, Director-General),
 * another UNESCO page, the organisation itself, or a third party.
 */
export const EVIDENCE_SOURCES = ['unesco-decision', 'unesco-page', 'organization', 'third-party'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** A public page that states a fact, who publishes it, and when we read it. */
export const Evidence = z.object({
  source: z.enum(EVIDENCE_SOURCES),
  url: WebUrl,
  /** Date the page was read (YYYY-MM-DD). */
  asOf: z.iso.date(),
  /** The page's own words, as short as will do ("official partner of UNESCO (Associate status)"). */
  quote: z.optional(lineText(300)),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * One period of official partnership. Dates are years, and only as a source gives them: an
 * associate term ends (`to`) only where an Executive Board decision says so.
 */
export const PartnershipEntry = z.object({
  /** Absent when no source states the category. */
  category: z.optional(PartnershipCategory),
  /** Absent means active. */
  state: z.optional(PartnershipState),
  /** Year the entry took effect, only where a source states it. */
  from: z.optional(z.int().check(z.gte(1945), z.lte(2100))),
  /** Last year of the entry, only where a decision states it. */
  to: z.optional(z.int().check(z.gte(1945), z.lte(2100))),
  decidedBy: z.optional(z.enum(['DG', 'EB'])),
  decisionRef: z.optional(lineText(120)),
  /** Who says so. Required for real organisations (see validate-dataset.ts); demo records may have none. */
  evidence: z.array(Evidence),
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
   * `true`: a public contact — the organisation publishes it itself and agrees to its reuse;
   * shown and exported to every reader. Anything else: partners-only, shown and exported only
   * to the Secretariat, the Liaison Committee, the sectors, field offices and Member States,
   * and to the organisation's own editors (organization-writes/contact-visibility.ts).
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

/**
 * An organisation's provenance: the record's, plus where a name in a given language comes
 * from (`nameSources`). Apart from the shared Provenance so that events, whose bundles carry
 * their schema, do not carry it.
 */
export const OrganizationProvenance = z.extend(Provenance, {
  /**
   * Where a name in a given language comes from, when it is not the sources above: a name
   * in one language that is the same as in another (a proper name kept in French) is only
   * recorded when such a source shows it.
   */
  nameSources: z.optional(
    z.object({
      ar: z.optional(WebUrl),
      en: z.optional(WebUrl),
      es: z.optional(WebUrl),
      fr: z.optional(WebUrl),
      ru: z.optional(WebUrl),
      zh: z.optional(WebUrl),
    }),
  ),
});
export type OrganizationProvenance = z.infer<typeof OrganizationProvenance>;

export const Organization = z.object({
  id: OrganizationId,
  kind: z.enum(ORGANIZATION_KINDS),
  /** In the languages a source gives it. */
  name: NameText,
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
  /**
   * Official partnership, oldest first; the last entry is the one in force. Empty when no
   * source attests an official partnership: such an organisation is not listed among the
   * official partners by default.
   */
  partnership: z.array(PartnershipEntry),
  /** Pages that show work with UNESCO without stating an official partnership. */
  cooperation: z.optional(z.array(Evidence)),
  contacts: z.array(Contact),
  identifiers: z.array(Identifier),
  provenance: OrganizationProvenance,
});
export type Organization = z.infer<typeof Organization>;
