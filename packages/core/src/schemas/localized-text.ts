import * as z from 'zod/mini';
import { withoutControlCharacters } from './plain-text.js';

// Names and descriptions alike: paragraphs allowed (see plain-text.ts).
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(2000), withoutControlCharacters());

/**
 * Text in the six UN languages. English and French are required: they are UNESCO's
 * working languages, so every record can be shown in both.
 */
export const LocalizedText = z.object({
  ar: z.optional(text),
  en: text,
  es: z.optional(text),
  fr: text,
  ru: z.optional(text),
  zh: z.optional(text),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Text where any subset of the six languages may be present (acronyms, former names). */
export const PartialLocalizedText = z.partial(LocalizedText);
export type PartialLocalizedText = z.infer<typeof PartialLocalizedText>;

/** LocalizedText with all six languages present (reference data such as sector names). */
export const CompleteLocalizedText = z.required(LocalizedText);
export type CompleteLocalizedText = z.infer<typeof CompleteLocalizedText>;
