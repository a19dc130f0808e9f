import * as z from 'zod/mini';

/*
 * The keys an event uses to point at a session, in a module of their own: the event schema
 * (in every calendar's first download) imports these without constructing the session schema.
 */

/** Readable ids: `gc-36`, `ex-212`, `ngp-212`; fictional sessions start with `demo-`. */
export const SessionId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "ex-212"'),
  z.maxLength(60),
);
export type SessionId = z.infer<typeof SessionId>;

/** An item as the session's agenda numbers it ("9.2", "18", "5.II"). */
export const AgendaItemNumber = z.string().check(
  z.regex(/^[0-9A-Za-z]+(?:[.\- ][0-9A-Za-z]+)*$/, 'must be an agenda item number such as "9.2" or "18"'),
  z.maxLength(20),
);
