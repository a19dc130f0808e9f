import * as z from 'zod/mini';
import { Certainty } from './certainty.js';
import { UNESCO_REGIONS } from './codes.js';
import { LocalizedText } from './localized-text.js';

export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "FR"'));
export type CountryCode = z.infer<typeof CountryCode>;

export { UNESCO_REGIONS };
export const UnescoRegion = z.enum(UNESCO_REGIONS);
export type UnescoRegion = z.infer<typeof UnescoRegion>;

/** Executive Board electoral groups. */
export const ELECTORAL_GROUPS = ['I', 'II', 'III', 'IV', 'Va', 'Vb'] as const;
export const ElectoralGroup = z.enum(ELECTORAL_GROUPS);
export type ElectoralGroup = z.infer<typeof ElectoralGroup>;

export const Country = z.object({
  code: CountryCode,
  alpha3: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Short names in UN usage. */
  name: LocalizedText,
  membership: z.object({
    kind: z.enum(['member', 'associate-member']),
    /** Year of joining, where a source states it. */
    since: z.optional(z.int().check(z.gte(1945), z.lte(2100))),
    certainty: Certainty,
  }),
  region: z.nullable(z.object({ value: UnescoRegion, certainty: Certainty })),
  /** Associate Members sit in no electoral group. */
  electoralGroup: z.nullable(z.object({ value: ElectoralGroup, certainty: Certainty })),
  sourceUrl: z.optional(z.url()),
});
export type Country = z.infer<typeof Country>;
