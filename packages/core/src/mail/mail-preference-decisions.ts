import type { Principal } from '../access/principal.js';
import { roleKey } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { issuesOf } from '../errors/issues-of.js';
import { invalidRequestProblem } from '../errors/problems.js';
import { safeParse } from '../errors/safe-parse.js';
import { actorOf, refuse, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { signedIn } from '../organization-writes/write-permissions.js';
import { MailPreferences } from './mail-preferences.js';

export interface MailPreferencesDecision {
  kind: 'set';
  personId: string;
  preferences: MailPreferences;
  audit: AuditEntry;
}

/**
 * PUT /v1/me/mail-preferences: every signed-in person sets their own, and only their own
 * (the path names no one else). 401 anonymous; 400 naming the field for a bad value.
 */
export function decideSetMailPreferences(principal: Principal, body: unknown, before: MailPreferences, context: WriteContext): MailPreferencesDecision | Refusal {
  const person = signedIn(principal);
  if (person.kind === 'refuse') return person;
  const parsed = safeParse(MailPreferences, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const audit: AuditEntry = {
    id: context.newId(),
    at: context.now.toISOString(),
    actor: actorOf(person),
    // A person acts for themself here, whatever roles they hold.
    role: person.roles[0] ? roleKey(person.roles[0]) : 'person',
    action: 'mail-preferences.set',
    entity: { type: 'person', id: person.personId },
    before,
    after: parsed.data,
  };
  return { kind: 'set', personId: person.personId, preferences: parsed.data, audit };
}
