import * as z from 'zod/mini';
import { FieldOfficeCode } from './field-office.js';
import { LocalizedText } from './localized-text.js';
import { Contact, Provenance } from './organization.js';
import { ProgrammeId } from './programme.js';
import { SectorCode } from './sector.js';

export const FocalPointId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "demo-ed-ngo-focal-point"'),
  z.maxLength(100),
);
export type FocalPointId = z.infer<typeof FocalPointId>;

/** What a focal point answers for: a sector, a field office or a programme. */
export const FocalPointScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sector'), sector: SectorCode }),
  z.object({ kind: z.literal('field-office'), fieldOffice: FieldOfficeCode }),
  z.object({ kind: z.literal('programme'), programme: ProgrammeId }),
]);
export type FocalPointScope = z.infer<typeof FocalPointScope>;

/**
 * A role, never a named person: "NGO focal point of the Education Sector". Contact details
 * appear only for fictional roles (example.org, flagged fictional) or for public role
 * addresses a cited page publishes.
 */
export const FocalPoint = z.object({
  id: FocalPointId,
  scope: FocalPointScope,
  role: LocalizedText,
  description: z.optional(LocalizedText),
  contacts: z.array(Contact),
  provenance: Provenance,
});
export type FocalPoint = z.infer<typeof FocalPoint>;
