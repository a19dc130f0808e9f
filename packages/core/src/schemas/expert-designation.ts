import * as z from 'zod/mini';
import { lineText } from './plain-text.js';
import { ThemeTag } from './programme.js';
import { OrganizationId, Provenance, WebUrl } from './record-fields.js';
import { SectorCode } from './sector.js';

export const ExpertDesignationId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "demo-sc-ocean-observers"'),
  z.maxLength(100),
);
export type ExpertDesignationId = z.infer<typeof ExpertDesignationId>;

/**
 * A programme sector's designation of an NGO as an expert in its field (paragraph 6 of the
 * working-group paper: "for the sectors, making available the list of expert NGOs in their
 * field"). A decision of the sector, with its reference; the matching engine's computed list
 * is a proposal beside it, never part of it.
 */
export const ExpertDesignation = z.object({
  id: ExpertDesignationId,
  sector: SectorCode,
  organization: OrganizationId,
  /** What the organisation is an expert in, in the sector's words. */
  topics: z.array(ThemeTag).check(z.minLength(1, 'a designation names at least one topic')),
  /** The day the sector designated it (YYYY-MM-DD). */
  designatedOn: z.iso.date(),
  /** The decision or document that designates it. */
  decision: z.object({
    reference: lineText(200),
    url: z.optional(WebUrl),
  }),
  provenance: Provenance,
});
export type ExpertDesignation = z.infer<typeof ExpertDesignation>;
