import * as z from 'zod/mini';
import { withoutControlCharacters } from './plain-text.js';

// Names and descriptions alike: paragraphs allowed (see plain-text.ts).
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(2000), withoutControlCharacters());

/**
 * Text in the six UN languages, English required (the language every record is written in
 * first). Other languages are present only where the text exists in them: a name in French
 * only where a source gives it, never a copy of another language's text; display falls back
 * (pickText) where one is missing.
 */
export const LocalizedText = z.object({
  ar: z.optional(text),
  en: text,
  es: z.optional(text),
  fr: z.optional(text),
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

/**
 * Text written by a partner, in the languages it has: any of the six, at least one. An NGO
 * reports an action or answers in its own working language; nothing is copied across languages
 * to fill a gap, and display falls back (pickText) to a language that is present.
 */
export const AnyLanguageText = z.partial(LocalizedText).check(
  z.refine((value) => Object.values(value).some((text) => typeof text === 'string' && text.length > 0), 'needs the text in at least one of ar, en, es, fr, ru, zh'),
);
export type AnyLanguageText = z.infer<typeof AnyLanguageText>;
