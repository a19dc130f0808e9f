import {
  EventForumThemes,
  EventPhaseRegistrations,
  ForumThemeChoiceInput,
  ForumThemeChoiceSchema,
  ForumThemeProposalInput,
  ForumThemeSchema,
  ForumThemeStandingSchema,
  ForumThemeSupportInput,
  ForumThemeSupportSchema,
  PATHS,
  PhaseRegistrationInput,
  PhaseRegistrationSchema,
  buildPath,
  type ForumPhase,
  type ForumTheme,
  type ForumThemeChoice,
  type ForumThemeStanding,
  type ForumThemeSupport,
  type PhaseRegistration,
} from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';

type Signal = { signal?: AbortSignal };

/**
 * Forums and the ICNGO prepared with Member States (paragraphs 9–12 of the working-group paper):
 * themes proposed and supported by Member States and NGOs, public standings, the Secretariat's
 * choice, and Member States' participation in each phase of the event.
 */
export interface ForumThemesResource {
  /** An event's themes, most supported first, with supports counted by Member States and by NGOs; `choice` once chosen. */
  list(event: string, options?: Signal): Promise<EventForumThemes>;
  /** One theme and its standing. */
  get(id: string, options?: Signal): Promise<ForumThemeStanding>;
  /** A Member State or an NGO editor proposes (`organization` or `country` when acting for several); ConflictError (409) once chosen or begun. */
  propose(event: string, input: ForumThemeProposalInput, options?: Signal): Promise<ForumTheme>;
  /** One support per Member State or NGO: ConflictError (409) for a second one, or once chosen. */
  support(id: string, input?: ForumThemeSupportInput, options?: Signal): Promise<ForumThemeSupport>;
  /** Withdraws the party's support (NotFoundError when there is none); answers the theme's standing after. */
  withdrawSupport(id: string, input?: ForumThemeSupportInput, options?: Signal): Promise<ForumThemeStanding>;
  /** The Secretariat records the chosen theme and its reasons, once per event; the proposers find it in their inbox. */
  choose(event: string, input: ForumThemeChoiceInput, options?: Signal): Promise<ForumThemeChoice>;
  /** Member States' registrations: phases in lifecycle order, then country. */
  registrations(event: string, options?: Signal): Promise<PhaseRegistration[]>;
  /** A Member State registers for a phase with a role; registering again changes the role. */
  register(event: string, input: PhaseRegistrationInput, options?: Signal): Promise<PhaseRegistration>;
  /** A Member State withdraws its participation in a phase. */
  withdrawRegistration(event: string, country: string, phase: ForumPhase, options?: Signal): Promise<void>;
}

export function forumThemesResource(transport: WriteTransport): ForumThemesResource {
  return {
    list(event, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.listForumThemes, { id: event })), EventForumThemes, { signal });
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getForumTheme, { id })), ForumThemeStandingSchema, { signal }) as Promise<ForumThemeStanding>;
    },
    async propose(event, input, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.proposeForumTheme, { id: event }));
      assertValidBody(transport, path, ForumThemeProposalInput, input);
      return (await transport.send(path, ForumThemeSchema, { method: 'post', json: input, signal })).data as ForumTheme;
    },
    async support(id, input = {}, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.supportForumTheme, { id }));
      assertValidBody(transport, path, ForumThemeSupportInput, input);
      return (await transport.send(path, ForumThemeSupportSchema, { method: 'post', json: input, signal })).data as ForumThemeSupport;
    },
    async withdrawSupport(id, input = {}, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.withdrawForumThemeSupport, { id }));
      assertValidBody(transport, path, ForumThemeSupportInput, input);
      return (await transport.send(path, ForumThemeStandingSchema, { method: 'post', json: input, signal })).data as ForumThemeStanding;
    },
    async choose(event, input, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.chooseForumTheme, { id: event }));
      assertValidBody(transport, path, ForumThemeChoiceInput, input);
      return (await transport.send(path, ForumThemeChoiceSchema, { method: 'post', json: input, signal })).data as ForumThemeChoice;
    },
    async registrations(event, { signal } = {}) {
      return (await transport.get(relativePath(buildPath(PATHS.listPhaseRegistrations, { id: event })), EventPhaseRegistrations, { signal })).items;
    },
    async register(event, input, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.registerPhase, { id: event }));
      assertValidBody(transport, path, PhaseRegistrationInput, input);
      return (await transport.send(path, PhaseRegistrationSchema, { method: 'post', json: input, signal })).data;
    },
    async withdrawRegistration(event, country, phase, { signal } = {}) {
      await transport.send(relativePath(buildPath(PATHS.withdrawPhaseRegistration, { id: event, country, phase })), null, { method: 'delete', signal });
    },
  };
}
