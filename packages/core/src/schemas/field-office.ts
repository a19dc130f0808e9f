import * as z from 'zod/mini';
import { lineText, withoutControlCharacters } from './plain-text.js';
import { Certainty } from './certainty.js';
import { CountryCode } from './country.js';
import { LocalizedText } from './localized-text.js';

/**
 * Kinds of UNESCO field office. Since the reform the Executive Board approved at its 215th
 * session (autumn 2022; in place in 2023) the network has two tiers, multisectoral regional
 * offices and national offices, plus liaison offices; regional bureaux,
 * cluster offices, desks and antennas are the older vocabulary, kept for historical records.
 */
export const FIELD_OFFICE_TYPES = [
  'multisectoral-regional',
  'regional-bureau',
  'cluster',
  'national',
  'liaison',
  'desk',
  'antenna',
] as const;
export const FieldOfficeType = z.enum(FIELD_OFFICE_TYPES);
export type FieldOfficeType = z.infer<typeof FieldOfficeType>;

/** Readable office codes: the city as a lower-case slug ("abuja", "new-delhi"). */
export const FieldOfficeCode = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "abuja" or "new-delhi"'),
  z.maxLength(60),
);
export type FieldOfficeCode = z.infer<typeof FieldOfficeCode>;

export const FieldOffice = z.object({
  code: FieldOfficeCode,
  /** A descriptive name ("UNESCO Office in Abuja"), not necessarily the office's official title. */
  name: LocalizedText,
  type: FieldOfficeType,
  /** The office's type in the source's own words, e.g. "Regional Bureau for Education, Arab States + cluster". */
  publishedType: lineText(200),
  /** City in English; the localized form is part of `name`. */
  city: lineText(80),
  hostCountry: CountryCode,
  /**
   * Countries the office covers (ISO alpha-2). Empty for liaison offices, which cover no
   * country, and where no source lists the coverage. See `certainty.coverage`.
   */
  coverage: z.array(CountryCode),
  /** The regional or cluster office a national office reports to, where a source says so. */
  parentOffice: z.optional(FieldOfficeCode),
  certainty: z.object({ type: Certainty, coverage: Certainty }),
  /** Dates (YYYY-MM-DD) between which the record holds, only where a source states them. */
  validFrom: z.optional(z.iso.date()),
  validTo: z.optional(z.iso.date()),
  sourceUrl: z.optional(z.url()),
  /** Caveats a reader needs (coverage incomplete, legacy structure, ...). */
  note: z.optional(z.string().check(z.maxLength(500), withoutControlCharacters())),
});
export type FieldOffice = z.infer<typeof FieldOffice>;
