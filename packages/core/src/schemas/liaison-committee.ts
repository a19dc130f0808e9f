import * as z from 'zod/mini';
import { CountryCode, UnescoRegion } from './country.js';
import { LocalizedText } from './localized-text.js';
import { OrganizationId, Provenance, WebUrl } from './record-fields.js';
import { SectorCode } from './sector.js';

/*
 * The NGO–UNESCO Liaison Committee's mandate. The International Conference of NGOs (ICNGO),
 * held every two years, elects the Committee: ten NGO partners, four with associate and six
 * with consultative status, at least one from each region (2011 Directives; UNESCO's page on
 * the ICNGO and the Committee). At the start of its mandate the Committee plans its work
 * according to the conference's recommendations and diffuses that plan to the programme
 * sectors and the Member States (working-group paper, paragraph 5).
 */

const slug = (example: string) =>
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `must be a lower-case slug such as "${example}"`), z.maxLength(80));

export const MandateId = slug('lc-2021-2022');
export type MandateId = z.infer<typeof MandateId>;

/**
 * A date known to the year ("2021"), the month ("2021-03") or the day ("2021-03-15"):
 * sources often give a mandate's term as years only, and no day is made up for them.
 */
export const PartialDate = z.string().check(
  z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year, a month or a day: "2021", "2021-03" or "2021-03-15"'),
);
export type PartialDate = z.infer<typeof PartialDate>;

/** The Committee's seats by partnership category (four associate, six consultative). */
export const COMMITTEE_SEATS = { associate: 4, consultative: 6 } as const;
export const COMMITTEE_SIZE = COMMITTEE_SEATS.associate + COMMITTEE_SEATS.consultative;
export const CommitteeSeat = z.enum(['associate', 'consultative']);
export type CommitteeSeat = z.infer<typeof CommitteeSeat>;

/** A member organisation, with what the sources say about its seat; unknown parts are absent. */
export const CommitteeMember = z.object({
  organization: OrganizationId,
  /** The partnership category it holds its seat in, where a source says so. */
  seat: z.optional(CommitteeSeat),
  /** Where the source says it is based. */
  basedIn: z.optional(CountryCode),
  /**
   * The region its seat counts for (the Directives' "at least one per region"), where a source
   * says so. Kept apart from `basedIn`: a source may give one without the other.
   */
  region: z.optional(UnescoRegion),
});
export type CommitteeMember = z.infer<typeof CommitteeMember>;

/** An output of an International Conference of NGOs that the Committee's work rests on. */
export const ConferenceOutput = z.object({
  id: slug('icngo-2020-recommendations'),
  /** The conference's year: it meets every two years, so its year names it. */
  conferenceYear: z.int().check(z.gte(1946), z.lte(2100)),
  kind: z.enum(['recommendations', 'resolution', 'roadmap', 'collective-contribution', 'final-report']),
  title: LocalizedText,
  /** The text itself, or the page that reports it. */
  url: z.optional(WebUrl),
});
export type ConferenceOutput = z.infer<typeof ConferenceOutput>;

/** One line of the Committee's planned work, resting on the conference's outputs. */
export const PlannedWork = z.object({
  title: LocalizedText,
  description: z.optional(LocalizedText),
  /** Sectors the work concerns. */
  sectors: z.array(SectorCode),
  /** Ids of the `basis` outputs it follows (paragraph 5: work planned according to the conference's recommendations). */
  basedOn: z.array(slug('icngo-2020-recommendations')).check(z.minLength(1, "work is planned according to the conference's recommendations: name at least one")),
});
export type PlannedWork = z.infer<typeof PlannedWork>;

/** The planned work as diffused at the start of the mandate. */
export const WorkPlan = z.object({
  /** When it was diffused (YYYY-MM-DD). */
  diffusedOn: z.iso.date(),
  diffusedTo: z.object({
    sectors: z.array(SectorCode).check(z.minLength(1, 'paragraph 5 diffuses the planned work to the sectors: name at least one')),
    /** "all" Member States, or the ones it went to. */
    memberStates: z.union([z.literal('all'), z.array(CountryCode).check(z.minLength(1, 'name at least one Member State, or "all"'))]),
  }),
  items: z.array(PlannedWork).check(z.minLength(1, 'a work plan lists at least one line of work')),
});
export type WorkPlan = z.infer<typeof WorkPlan>;

export const LiaisonCommitteeMandate = z.object({
  id: MandateId,
  /** The period the Committee serves, as precisely as the source gives it. */
  term: z.object({ start: PartialDate, end: PartialDate }),
  /** The International Conference of NGOs that elected it, by year, where a source says which. */
  electedBy: z.optional(z.object({ conferenceYear: z.int().check(z.gte(1946), z.lte(2100)) })),
  /**
   * `complete` when `members` is the whole Committee (the Directives' composition is then
   * checked in full); `partial` when the sources name only some members.
   */
  membership: z.enum(['complete', 'partial']),
  members: z.array(CommitteeMember),
  /** The conference outputs (recommendations first of all) the Committee's work rests on. */
  basis: z.array(ConferenceOutput),
  /** The planned work diffused to the sectors and Member States, where it is known. */
  workPlan: z.optional(WorkPlan),
  provenance: Provenance,
});
export type LiaisonCommitteeMandate = z.infer<typeof LiaisonCommitteeMandate>;
