import * as z from 'zod/mini';
import { lineText } from './plain-text.js';
import { Certainty } from './certainty.js';
import { CountryCode } from './country.js';
import { PartialLocalizedText } from './localized-text.js';
import { WebUrl } from './record-fields.js';

/**
 * A National Commission for UNESCO (Constitution, Art. VII): one per Member State or
 * Associate Member. Only what a source states: its name in the languages the source
 * gives, never the names or e-mail addresses of its officers.
 */
export const NationalCommission = z.object({
  country: CountryCode,
  /** Name in the languages a source states (absent when no source was found). */
  name: z.optional(PartialLocalizedText),
  /** Name in the country's own language when that is not one of the six (e.g. German). */
  nativeName: z.optional(
    z.object({
      lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
      text: lineText(200),
    }),
  ),
  /** Year of establishment, where a source states it. */
  established: z.optional(z.int().check(z.gte(1945), z.lte(2100))),
  website: z.optional(WebUrl),
  /** `verified` when a cited source states the name; `unverified` = only expected under Art. VII. */
  certainty: Certainty,
  sourceUrls: z.array(WebUrl),
});
export type NationalCommission = z.infer<typeof NationalCommission>;
