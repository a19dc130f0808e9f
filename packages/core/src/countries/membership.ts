import type { PlainDate } from '../calendar/plain-date.js';
import type { Country, MembershipKind, MembershipPeriod, StatedDate, Withdrawal } from '../schemas/country.js';

/*
 * UNESCO membership on a given day, from the dated periods in the reference data. The day is
 * always passed in (the server's request edge or an element's host reads "today"), so a
 * withdrawal takes effect in the data, not in a code change on 1 January.
 *
 * Reading the periods:
 * - a period is in force from its `joined` date to its withdrawal's `effective` date, both
 *   included (Art. II.6: the withdrawal takes effect on 31 December, the state is still a
 *   member that day);
 * - a date stated only to the year or month ("1952", "2023-07") counts from its first day;
 * - without `joined` a period reaches back before any date the data answers for, and
 *   without periods at all a country is a member on every day.
 */

type WithMembership = Pick<Country, 'membership'>;

/** The first day a stated date can mean: "1952" → "1952-01-01", "2023-07" → "2023-07-01". */
function firstDay(date: StatedDate): PlainDate {
  return `${date}-01-01`.slice(0, 10);
}

/**
 * Days are compared as text, so the shape is what matters here (the request edge checks that
 * a day exists); a regular expression rather than isPlainDate keeps this out of widget bundles.
 */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkDay(date: PlainDate): void {
  if (!DAY.test(date)) throw new RangeError(`not a day: "${date}"`);
}

function inForce(period: MembershipPeriod, date: PlainDate): boolean {
  return (period.joined === undefined || firstDay(period.joined) <= date) && (period.withdrawal === undefined || date <= period.withdrawal.effective);
}

/** The kind of membership a country holds on `date` (YYYY-MM-DD), or null when it is not a member that day. */
export function membershipOn(country: WithMembership, date: PlainDate): MembershipKind | null {
  checkDay(date);
  const { kind, periods } = country.membership;
  if (!periods) return kind;
  return periods.some((period) => inForce(period, date)) ? kind : null;
}

/** Whether the country is a Member State (not an Associate Member) on `date`. */
export function isMemberStateOn(country: WithMembership, date: PlainDate): boolean {
  return membershipOn(country, date) === 'member';
}

/** The Member States on `date`: 194 on 2026-12-31, 192 from 2027-01-01 (the USA and Nicaragua withdraw). */
export function memberStatesOn<C extends WithMembership>(countries: readonly C[], date: PlainDate): C[] {
  checkDay(date);
  return countries.filter((country) => isMemberStateOn(country, date));
}

/** Member States and Associate Members on `date`: the countries list of the API for that day. */
export function membersOn<C extends WithMembership>(countries: readonly C[], date: PlainDate): C[] {
  checkDay(date);
  return countries.filter((country) => membershipOn(country, date) !== null);
}

/** A withdrawal notified but not yet in effect on `date` (the state is still a member), if any. */
export function pendingWithdrawalOn(country: WithMembership, date: PlainDate): Withdrawal | undefined {
  checkDay(date);
  return country.membership.periods?.find((period) => inForce(period, date))?.withdrawal;
}

/**
 * The countries as they count on `date` for the region and electoral-group facets: a country
 * that is not a member that day sits in no UNESCO region and no electoral group. Every code is
 * kept, so a withdrawn state still resolves as a headquarters or a country of presence.
 */
export function countryGroupingOn<C extends Pick<Country, 'code' | 'membership' | 'region' | 'electoralGroup'>>(
  countries: readonly C[],
  date: PlainDate,
): Pick<Country, 'code' | 'region' | 'electoralGroup'>[] {
  checkDay(date);
  return countries.map(({ code, membership, region, electoralGroup }) =>
    membershipOn({ membership }, date) === null ? { code, region: null, electoralGroup: null } : { code, region, electoralGroup },
  );
}

/**
 * What changes with the day for grouping purposes, as a short key: the codes of the countries
 * that are not members on `date`. Caches of facet indexes rebuild when it changes, which is
 * only on the few days a membership starts or ends.
 */
export function membershipKey(countries: readonly (Pick<Country, 'code' | 'membership'>)[], date: PlainDate): string {
  checkDay(date);
  return countries
    .filter((country) => membershipOn(country, date) === null)
    .map((country) => country.code)
    .join(',');
}

/** "YYYY-MM-DD" of an instant in UTC: how the request edge turns "now" into the day it passes in. */
export function utcDay(now: Date): PlainDate {
  return now.toISOString().slice(0, 10);
}
