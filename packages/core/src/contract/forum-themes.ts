import * as z from 'zod/mini';
import { ForumEventId } from '../events/forum-event.js';
import { ForumThemeChoiceInput, ForumThemeProposalInput, ForumThemeSupportInput, PhaseRegistrationInput } from '../forum-themes/forum-theme-inputs.js';
import {
  EventForumThemes,
  EventPhaseRegistrations,
  ForumThemeChoiceSchema,
  ForumThemeSchema,
  ForumThemeStandingSchema,
  ForumThemeSupportSchema,
  PhaseRegistrationSchema,
} from '../forum-themes/forum-theme-schemas.js';
import { FORUM_PHASES } from '../forum-themes/phase-registration.js';
import { CountryCode } from '../schemas/country.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

const event = { id: ForumEventId };
const theme = { id: z.string() };

/**
 * Forums and the ICNGO prepared with Member States (paragraphs 9–12 of the working-group paper):
 * themes proposed and supported by Member States and NGOs, the Secretariat's choice, and the
 * Member States' participation in each phase of the event.
 */
export const forumThemeOperations = {
  listForumThemes: {
    method: 'get',
    path: PATHS.listForumThemes,
    summary: "An event's proposed themes with their public standings",
    description: 'Supports counted by Member States and by NGOs; most supported first (then most Member State supports, then the earlier proposal). `choice` is the chosen theme and its reasons, once chosen.',
    tags: ['forum-themes', 'events'],
    pathParams: event,
    response: EventForumThemes,
    errors: [400, 404, 409, 429],
  },
  proposeForumTheme: {
    method: 'post',
    path: PATHS.proposeForumTheme,
    summary: 'Propose a theme for an ICNGO, International NGO Forum or GC NGO-space session (a Member State or an NGO editor)',
    description: 'Until the event begins and its theme is chosen (then 409). `organization` names the NGO proposing, `country` the Member State, for a person acting for several.',
    tags: ['forum-themes', 'writes'],
    security: 'signed-in',
    pathParams: event,
    headers: {
      'Idempotency-Key': { description: 'Any unique string (a UUID): a replay within 24 hours returns the first result.' },
    },
    requestBody: { schema: ForumThemeProposalInput },
    responses: { 201: { description: 'Proposed; Location names it', schema: ForumThemeSchema } },
    errors: [400, 401, 403, 404, 409, 413, 415, 422, 429],
  },
  getForumTheme: {
    method: 'get',
    path: PATHS.getForumTheme,
    summary: 'One proposed theme with its standing',
    tags: ['forum-themes'],
    pathParams: theme,
    response: ForumThemeStandingSchema,
    errors: [404, 429],
  },
  supportForumTheme: {
    method: 'post',
    path: PATHS.supportForumTheme,
    summary: 'Support a theme (one support per Member State or NGO)',
    description: 'A second support from the same Member State or NGO, a support once the theme is chosen or the event has begun: 409.',
    tags: ['forum-themes', 'writes'],
    security: 'signed-in',
    pathParams: theme,
    requestBody: { schema: ForumThemeSupportInput },
    responses: { 201: { description: 'Supported', schema: ForumThemeSupportSchema } },
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  withdrawForumThemeSupport: {
    method: 'post',
    path: PATHS.withdrawForumThemeSupport,
    summary: 'Withdraw your support of a theme',
    description: 'Until the theme of the event is chosen (then 409); 404 when the Member State or NGO does not support it.',
    tags: ['forum-themes', 'writes'],
    security: 'signed-in',
    pathParams: theme,
    requestBody: { schema: ForumThemeSupportInput },
    response: ForumThemeStandingSchema,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  chooseForumTheme: {
    method: 'post',
    path: PATHS.chooseForumTheme,
    summary: "Record an event's chosen theme with its reasons (the Secretariat)",
    description: "Once per event; it closes proposals and supports. The proposers of the event's themes find the choice in their inbox.",
    tags: ['forum-themes', 'writes'],
    security: 'signed-in',
    pathParams: event,
    requestBody: { schema: ForumThemeChoiceInput },
    responses: { 201: { description: 'Chosen', schema: ForumThemeChoiceSchema } },
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  listPhaseRegistrations: {
    method: 'get',
    path: PATHS.listPhaseRegistrations,
    summary: "Member States' participation in each phase of an event",
    description: 'Phases in lifecycle order (preparation, financing, conduct, evaluation, follow-up), then country.',
    tags: ['forum-themes', 'events'],
    pathParams: event,
    response: EventPhaseRegistrations,
    errors: [400, 404, 409, 429],
  },
  registerPhase: {
    method: 'post',
    path: PATHS.registerPhase,
    summary: "Register a Member State's participation in a phase with a role (the Member State)",
    description: 'One registration per Member State and phase: registering again changes the role (200); a new one answers 201.',
    tags: ['forum-themes', 'writes'],
    security: 'signed-in',
    pathParams: event,
    requestBody: { schema: PhaseRegistrationInput },
    response: PhaseRegistrationSchema,
    responses: { 201: { description: 'Registered', schema: PhaseRegistrationSchema } },
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  withdrawPhaseRegistration: {
    method: 'delete',
    path: PATHS.withdrawPhaseRegistration,
    summary: "Withdraw a Member State's participation in a phase (the Member State)",
    tags: ['forum-themes', 'writes'],
    security: 'signed-in',
    pathParams: { id: ForumEventId, country: CountryCode, phase: z.enum(FORUM_PHASES) },
    responses: { 204: { description: 'Withdrawn.' } },
    errors: [400, 401, 403, 404, 409, 429],
  },
} as const satisfies Record<string, Operation>;
