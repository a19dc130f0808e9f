import { describe, expect, it } from 'vitest';
import type { Organization } from '../schemas/organization.js';
import { pageOrganizations } from './organization-order.js';

const org = (id: string, en: string): Organization => ({
  id,
  kind: 'ngo',
  name: { en, fr: en },
  sectors: [],
  fieldsOfInterest: [],
  partnership: [],
  contacts: [],
  identifiers: [],
  provenance: { sourceUrls: [], asOf: '2026-11-26', verified: false, fictional: true },
});

describe('pageOrganizations', () => {
  const all = [org('c', 'Écoles'), org('a', 'zeta'), org('b', 'Alpha'), org('d', 'ecoles')];

  it('orders by folded name then id, and pages with cursors', () => {
    const first = pageOrganizations(all, { limit: 2 });
    expect(first.items.map((o) => o.id)).toEqual(['b', 'c']);
    const second = pageOrganizations(all, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((o) => o.id)).toEqual(['d', 'a']);
    expect(second.nextCursor).toBeNull();
    expect(second.total).toBe(4);
  });
});
