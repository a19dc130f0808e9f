import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.js';
import { FORUM_PHASES, FORUM_PHASE_ROLES } from './phase-registration.js';

/*
 * The forum-theme records as the API answers them (the contract's responses, the client's
 * validation). The TypeScript shapes are in forum-theme.ts and phase-registration.ts; these
 * schemas describe the same records.
 */

const Texts = z.partialRecord(z.enum(LANGUAGES), z.string());

export const ForumPartySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member-state'), country: z.string() }),
  z.object({ kind: z.literal('ngo'), organization: z.string() }),
]);

export const ForumThemeSchema = z.object({
  id: z.string(),
  event: z.string(),
  title: Texts,
  description: Texts,
  proposer: ForumPartySchema,
  proposedAt: z.iso.datetime(),
});

export const ForumThemeSupportSchema = z.object({
  theme: z.string(),
  supporter: ForumPartySchema,
  at: z.iso.datetime(),
});

export const ForumThemeChoiceSchema = z.object({
  event: z.string(),
  theme: z.string(),
  reasons: Texts,
  chosenAt: z.iso.datetime(),
});

/** One line of the public standings: the theme and its supports by Member States and by NGOs. */
export const ForumThemeStandingSchema = z.object({
  theme: ForumThemeSchema,
  memberStates: z.int().check(z.gte(0)),
  ngos: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
  chosen: z.boolean(),
});

/** `GET /v1/events/{id}/forum-themes`: the standings, in core's order, and the choice once made. */
export const EventForumThemes = z.object({
  event: z.string(),
  items: z.array(ForumThemeStandingSchema),
  choice: z.nullable(ForumThemeChoiceSchema),
});
export type EventForumThemes = z.infer<typeof EventForumThemes>;

export const PhaseRegistrationSchema = z.object({
  event: z.string(),
  country: z.string(),
  phase: z.enum(FORUM_PHASES),
  role: z.enum(FORUM_PHASE_ROLES),
  registeredAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** `GET /v1/events/{id}/phase-registrations`: phases in lifecycle order, then country. */
export const EventPhaseRegistrations = z.object({
  event: z.string(),
  items: z.array(PhaseRegistrationSchema),
});
export type EventPhaseRegistrations = z.infer<typeof EventPhaseRegistrations>;
