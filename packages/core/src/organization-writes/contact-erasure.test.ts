import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import type { Contact, Organization } from '../schemas/organization.js';
import { decideContactErasure, eraseContactFromJson, holdsContact } from './contact-erasure.js';
import { LANTERNFISH, OTHER_ROLES, SECRETARIAT, testContext, versioned } from './test-writes.js';

const PERSON: Contact = { kind: 'email', value: 'jane.doe@x.example.org', fictional: true };
const ORG: Organization = { ...LANTERNFISH, contacts: [...LANTERNFISH.contacts, PERSON] };

describe('contact erasure', () => {
  it('removes the contact from the profile, one version on, and says so in the audit without the data', () => {
    const outcome = decideContactErasure(SECRETARIAT, ORG.id, versioned(ORG, '2'), { value: PERSON.value }, testContext());
    expect(outcome).toMatchObject({ kind: 'erase', version: '3', changed: true, organization: { contacts: LANTERNFISH.contacts } });
    expect(outcome.kind === 'erase' && JSON.stringify(outcome.audit)).not.toContain(PERSON.value);
  });

  it('keeps the version when only copies hold the contact', () => {
    expect(decideContactErasure(SECRETARIAT, ORG.id, versioned(LANTERNFISH, '2'), { value: PERSON.value }, testContext())).toMatchObject({ version: '2', changed: false });
  });

  it('rewrites copies at any depth: revisions’ patches, audit before/after', () => {
    const copy = { before: ORG, after: { patch: { contacts: [PERSON] }, proposed: ORG }, note: 'x' };
    const erased = eraseContactFromJson(copy, PERSON.value);
    expect(JSON.stringify(erased)).not.toContain(PERSON.value);
    expect(erased.before.contacts).toEqual(LANTERNFISH.contacts);
    expect(holdsContact(copy, PERSON.value)).toBe(true);
    expect(holdsContact(erased, PERSON.value)).toBe(false);
  });

  it('is 401 anonymous, 403 for every role but the Secretariat, 400 without a value', () => {
    const run = (principal = SECRETARIAT, body: unknown = { value: PERSON.value }) => decideContactErasure(principal, ORG.id, versioned(ORG), body, testContext());
    const status = (outcome: ReturnType<typeof run>) => outcome.kind === 'refuse' && outcome.problem.status;
    expect(status(run(ANONYMOUS))).toBe(401);
    for (const [role, principal] of OTHER_ROLES) expect(status(run(principal)), role).toBe(403);
    expect(status(run(SECRETARIAT, {}))).toBe(400);
  });
});
