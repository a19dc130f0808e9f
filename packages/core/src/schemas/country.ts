import * as z from 'zod/mini';
import { UNESCO_REGIONS } from './codes.js';

/*
 * Country codes, UNESCO regions and electoral groups: the small vocabulary other schemas refer
 * to. The country record itself (names, dated membership, region, group) is in
 * country-record.ts, so a bundle that only checks a country code does not carry it.
 */

export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "FR"'));
export type CountryCode = z.infer<typeof CountryCode>;

export { UNESCO_REGIONS };
export const UnescoRegion = z.enum(UNESCO_REGIONS);
export type UnescoRegion = z.infer<typeof UnescoRegion>;

/** Executive Board electoral groups. */
export const ELECTORAL_GROUPS = ['I', 'II', 'III', 'IV', 'Va', 'Vb'] as const;
export const ElectoralGroup = z.enum(ELECTORAL_GROUPS);
export type ElectoralGroup = z.infer<typeof ElectoralGroup>;

export type { Country, Membership, MembershipKind, MembershipPeriod, StatedDate, Withdrawal } from './country-record.js';
