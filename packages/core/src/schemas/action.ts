import * as z from 'zod/mini';
import { lineText } from './plain-text.js';
import { CountryCode } from './country.js';
import { FieldOfficeCode } from './field-office.js';
import { AnyLanguageText } from './localized-text.js';
import { OrganizationId, Provenance, WebUrl } from './record-fields.js';
import { DatePeriod, ProgrammeId, SdgNumber } from './programme.js';

export const ActionId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "demo-reading-circles-2025"'),
  z.maxLength(100),
);
export type ActionId = z.infer<typeof ActionId>;

/**
 * Who carried an action out: an organisation of the directory, or a UNESCO field office
 * (paragraph 6 of the working-group paper asks to inform NGOs of the actions of field offices).
 */
export const ActionActor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organization'), organization: OrganizationId }),
  z.object({ kind: z.literal('field-office'), fieldOffice: FieldOfficeCode }),
]);
export type ActionActor = z.infer<typeof ActionActor>;

/** The actor's id, whatever its kind: an organisation id or a field-office code. */
export function actorId(actor: ActionActor): string {
  return actor.kind === 'organization' ? actor.organization : actor.fieldOffice;
}

/**
 * An on-the-ground action within a UNESCO programme, by an organisation or a field office:
 * where, when, what and with what outcomes. This is what paragraph 5 of the working-group
 * paper asks to publish.
 */
export const Action = z.object({
  id: ActionId,
  actor: ActionActor,
  programme: ProgrammeId,
  /** What, in the languages its author wrote it in (at least one). */
  title: AnyLanguageText,
  description: z.optional(AnyLanguageText),
  /** Where: at least one country. */
  countries: z.array(CountryCode).check(z.minLength(1, 'needs at least one country')),
  /** Town or area, as free text. */
  place: z.optional(lineText(160)),
  /** Field offices involved beyond those whose coverage includes `countries`. */
  fieldOffices: z.optional(z.array(FieldOfficeCode)),
  /** When. */
  period: DatePeriod,
  outcomes: z.array(AnyLanguageText),
  /** Public pages about the action (a report, photos, a press release). */
  links: z.optional(z.array(WebUrl).check(z.maxLength(10))),
  sdgs: z.array(SdgNumber),
  provenance: Provenance,
});
export type Action = z.infer<typeof Action>;
