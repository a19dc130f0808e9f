import * as z from 'zod/mini';
import { Certainty } from './certainty.js';
import { CountryCode, ElectoralGroup, UnescoRegion } from './country.js';
import { LocalizedText } from './localized-text.js';

export const MEMBERSHIP_KINDS = ['member', 'associate-member'] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

/**
 * A date as precisely as its source states it: "1952", "2023-07" or "2023-07-10". Nothing is
 * padded into a day the source does not give.
 */
export const StatedDate = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year, a month or a day such as "1952", "2023-07" or "2023-07-10"'),
);
export type StatedDate = z.infer<typeof StatedDate>;

/**
 * A notice of withdrawal. Under Article II.6 of the Constitution it takes effect on 31 December
 * of the year after the notice; the state is a member up to and including that day.
 */
export const Withdrawal = z.object({
  /** When the notice was given (or announced), as precisely as the source states it. */
  notice: z.optional(StatedDate),
  /** The last day of membership (a 31 December). */
  effective: z.iso.date({ error: 'must be a date such as "2026-12-31"' }),
  sourceUrl: z.url(),
});
export type Withdrawal = z.infer<typeof Withdrawal>;

/** One stretch of membership: from joining (or re-joining) to a withdrawal, either end open when no source dates it. */
export const MembershipPeriod = z.object({
  /** Joining or re-joining, where a source states it; absent, the period reaches back before any date the data answers for. */
  joined: z.optional(StatedDate),
  sourceUrl: z.optional(z.url()),
  withdrawal: z.optional(Withdrawal),
});
export type MembershipPeriod = z.infer<typeof MembershipPeriod>;

export const Membership = z.object({
  kind: z.enum(MEMBERSHIP_KINDS),
  certainty: Certainty,
  /**
   * Dated periods in chronological order, only where a source dates an event (joining,
   * re-joining, notice of withdrawal). Absent: a member throughout, no date known. Functions
   * in `countries/membership.ts` answer "member on this day?" from these, the day passed in.
   */
  periods: z.optional(z.array(MembershipPeriod).check(z.minLength(1))),
});
export type Membership = z.infer<typeof Membership>;

export const Country = z.object({
  code: CountryCode,
  alpha3: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Short names in UN usage. */
  name: LocalizedText,
  membership: Membership,
  /**
   * UNESCO region for regional activities: a curated value, not derived from the electoral
   * group (Tajikistan and Uzbekistan sit in Group II but work with UNESCO in Asia and the Pacific).
   * It applies while the country is a member; see `countries/membership.ts`.
   */
  region: z.nullable(z.object({ value: UnescoRegion, certainty: Certainty, sourceUrl: z.optional(z.url()) })),
  /** Associate Members sit in no electoral group. */
  electoralGroup: z.nullable(z.object({ value: ElectoralGroup, certainty: Certainty })),
  /** Source of the record: of the electoral group where it is verified, otherwise of membership. */
  sourceUrl: z.optional(z.url()),
});
export type Country = z.infer<typeof Country>;
