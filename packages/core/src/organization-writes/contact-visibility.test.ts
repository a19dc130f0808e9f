import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import type { Contact, Organization } from '../schemas/organization.js';
import { organizationForReader, readerView, readerViewOf } from './contact-visibility.js';
import { LANTERNFISH, OTHER_ROLES, SECRETARIAT, editorOf, person } from './test-writes.js';

const PUBLIC: Contact = { kind: 'email', value: 'info@x.example.org', fictional: true, public: true };
const PARTNERS: Contact = { kind: 'phone', value: '+33 0 00 00 00 00', fictional: true };
const ORG: Organization = { ...LANTERNFISH, contacts: [PUBLIC, PARTNERS] };

describe('contact visibility', () => {
  it('shows partners-only contacts to the readers the paper names', () => {
    for (const [role, principal] of [['secretariat', SECRETARIAT] as const, ...OTHER_ROLES.slice(0, 4)]) {
      expect(organizationForReader(ORG, principal).contacts, role).toEqual([PUBLIC, PARTNERS]);
    }
  });

  it('shows them to the organisation’s own editors, never to anonymous readers or other NGOs’ editors', () => {
    expect(organizationForReader(ORG, editorOf(ORG.id)).contacts).toEqual([PUBLIC, PARTNERS]);
    expect(organizationForReader(ORG, ANONYMOUS).contacts).toEqual([PUBLIC]);
    expect(organizationForReader(ORG, editorOf('icom')).contacts).toEqual([PUBLIC]);
  });

  it('treats a contact without public: true as partners-only, whatever else it says', () => {
    expect(organizationForReader({ ...ORG, contacts: [{ ...PUBLIC, public: false }, { ...PUBLIC, public: undefined }] }, ANONYMOUS).contacts).toEqual([]);
  });

  it('names the view each reader gets, for caches and ETags', () => {
    expect(readerView(ANONYMOUS)).toBe('public');
    expect(readerView(SECRETARIAT)).toBe('partners');
    expect(readerView(person({ role: 'ngo-editor', organization: 'b' }, { role: 'ngo-editor', organization: 'a' }))).toBe('own:a,b');
    expect(readerViewOf(editorOf(ORG.id), ORG.id)).toBe('partners');
    expect(readerViewOf(editorOf('icom'), ORG.id)).toBe('public');
  });
});
