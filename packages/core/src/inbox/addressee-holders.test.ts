import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { addresseesOf, decideInboxAddressees, holdsAddressee } from './addressee-holders.js';
import { ABUJA, COMMITTEE, ED, KENYA, NGO, NGO_EDITOR, SECRETARIAT, someone, statusOf } from './test-inbox.js';

describe('the inboxes a person reads', () => {
  it('gives one inbox per addressee the person acts for; the Secretariat has none of its own', () => {
    expect(addresseesOf(ED)).toEqual([{ kind: 'sector', sector: 'ED' }]);
    expect(addresseesOf(COMMITTEE)).toEqual([{ kind: 'liaison-committee' }]);
    expect(addresseesOf(SECRETARIAT)).toEqual([]);
    expect(addresseesOf(ANONYMOUS)).toEqual([]);
    const both = someone({ role: 'member-state', country: 'KE', via: 'delegation' }, { role: 'member-state', country: 'KE', via: 'national-commission' }, { role: 'ngo-editor', organization: NGO }, { role: 'field-office', fieldOffice: 'abuja' });
    expect(addresseesOf(both)).toEqual([
      { kind: 'member-state', country: 'KE' },
      { kind: 'organization', organization: NGO },
      { kind: 'field-office', fieldOffice: 'abuja' },
    ]);
  });

  it('finds the grant that acts for an addressee, and none for another one or for the Secretariat', () => {
    expect(holdsAddressee(KENYA, { kind: 'member-state', country: 'KE' })).toEqual({ role: 'member-state', country: 'KE', via: 'delegation' });
    expect(holdsAddressee(KENYA, { kind: 'member-state', country: 'NG' })).toBeUndefined();
    expect(holdsAddressee(ABUJA, { kind: 'field-office', fieldOffice: 'abuja' })).toEqual({ role: 'field-office', fieldOffice: 'abuja' });
    expect(holdsAddressee(NGO_EDITOR, { kind: 'organization', organization: 'icom' })).toBeUndefined();
    expect(holdsAddressee(SECRETARIAT, { kind: 'sector', sector: 'ED' })).toBeUndefined();
    expect(holdsAddressee(ANONYMOUS, { kind: 'liaison-committee' })).toBeUndefined();
  });
});

describe('choosing inboxes to read', () => {
  it('reads all of one’s own without a key, and the named ones of one’s own', () => {
    expect(decideInboxAddressees(KENYA, [])).toEqual([{ kind: 'member-state', country: 'KE' }]);
    expect(decideInboxAddressees(ED, ['sector:ED', 'sector:ED'])).toEqual([{ kind: 'sector', sector: 'ED' }]);
  });

  it('is 401 anonymous, 400 for a malformed key (field addressee), 403 for another’s inbox', () => {
    expect(statusOf(decideInboxAddressees(ANONYMOUS, []))).toBe(401);
    for (const key of ['sector:XX', 'member-state:kenya', 'liaison-committee:x', 'nobody']) {
      const outcome = decideInboxAddressees(ED, [key]);
      expect(outcome).toMatchObject({ kind: 'refuse', problem: { status: 400, errors: [{ path: 'addressee', code: 'invalid-value' }] } });
    }
    expect(statusOf(decideInboxAddressees(KENYA, ['member-state:KE', 'member-state:NG']))).toBe(403);
    expect(statusOf(decideInboxAddressees(ED, ['liaison-committee']))).toBe(403);
  });

  it('lets the Secretariat read any inbox it names, and asks it to name one', () => {
    expect(decideInboxAddressees(SECRETARIAT, ['member-state:NG', 'liaison-committee'])).toEqual([{ kind: 'member-state', country: 'NG' }, { kind: 'liaison-committee' }]);
    expect(decideInboxAddressees(SECRETARIAT, [])).toMatchObject({ kind: 'refuse', problem: { status: 400, errors: [{ path: 'addressee', code: 'required' }] } });
  });
});
