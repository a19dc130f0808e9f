import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.js';
import { withoutControlCharacters } from '../schemas/plain-text.js';
import { CountryCode } from '../schemas/country.js';
import { FORUM_PHASES, FORUM_PHASE_ROLES } from './phase-registration.js';

/*
 * Request bodies for the forum-theme routes (the API and msw parse with these; the contract,
 * once written, reuses them so OpenAPI and validation cannot drift).
 */

const titleText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200), withoutControlCharacters());
const longText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(2000), withoutControlCharacters());

/** Body of a theme proposal: title and description in the languages the proposer writes in. */
export const ForumThemeProposalInput = z.strictObject({
  title: z.partialRecord(z.enum(LANGUAGES), titleText),
  description: z.partialRecord(z.enum(LANGUAGES), longText),
  /** Set when an NGO editor proposes for its organisation; a Member State proposes for its own state. */
  organization: z.optional(z.string()),
  /** The Member State proposing, for a person acting for several (ISO 3166-1 alpha-2). */
  country: z.optional(CountryCode),
});
export type ForumThemeProposalInput = z.infer<typeof ForumThemeProposalInput>;

/** Body of the Secretariat's choice: the theme and its reasons. */
export const ForumThemeChoiceInput = z.strictObject({
  theme: z.string().check(z.minLength(1)),
  reasons: z.partialRecord(z.enum(LANGUAGES), longText),
});
export type ForumThemeChoiceInput = z.infer<typeof ForumThemeChoiceInput>;

/** Body of a Member State's phase registration (PUT: registering again edits the role). */
export const PhaseRegistrationInput = z.strictObject({
  phase: z.enum(FORUM_PHASES),
  role: z.enum(FORUM_PHASE_ROLES),
  /** The Member State registering, for a person acting for several (ISO 3166-1 alpha-2). */
  country: z.optional(CountryCode),
});
export type PhaseRegistrationInput = z.infer<typeof PhaseRegistrationInput>;

/** Body of a support or its withdrawal: whom the person acts for, when they act for several. */
export const ForumThemeSupportInput = z.strictObject({
  organization: z.optional(z.string()),
  country: z.optional(CountryCode),
});
export type ForumThemeSupportInput = z.infer<typeof ForumThemeSupportInput>;
