import * as z from 'zod/mini';
import { withoutControlCharacters } from './plain-text.js';

/*
 * Fields that several record types share (organisations, events, actions, programmes).
 * In a module of their own so that an event schema does not construct the Organization
 * schema as a side effect of importing an id (a widget's bundle would carry it).
 */

/** Readable, stable ids: lower-case words joined by single hyphens ("icom", "wan-ifra"). */
export const OrganizationId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "icom" or "wan-ifra"'),
  z.maxLength(80),
);
export type OrganizationId = z.infer<typeof OrganizationId>;

/** Only http(s) links are ever shown or stored: no javascript:, data: or mailto: here. */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const Provenance = z.object({
  /** Public pages that state the facts in this record. Required for real organisations. */
  sourceUrls: z.array(WebUrl),
  /** Date the sources were read (YYYY-MM-DD). */
  asOf: z.iso.date(),
  /** True when every fact was checked against the sources. */
  verified: z.boolean(),
  /** True for demo organisations that do not exist. */
  fictional: z.boolean(),
  note: z.optional(z.string().check(z.maxLength(500), withoutControlCharacters())),
});
export type Provenance = z.infer<typeof Provenance>;
