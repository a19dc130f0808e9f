import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import { ValidationError } from '../errors/validation-error.js';
import { decideMeetingCounterparts, parseMeetingCounterpartQuery, type MeetingCandidate } from './meeting-counterparts.js';

const person = (personId: string, roles: RoleGrant[]): Principal => ({ kind: 'person', personId, displayName: personId, roles, credential: { kind: 'token', id: `t-${personId}` } });
const candidate = (personId: string, roles: RoleGrant[], disabled = false): MeetingCandidate => ({ personId, displayName: personId.toUpperCase(), roles, disabled });
const editor = (organization: string): RoleGrant => ({ role: 'ngo-editor', organization });
const natcom = (country: string): RoleGrant => ({ role: 'member-state', country, via: 'national-commission' });
const candidates = [
  candidate('ana', [editor('demo-ngo')]),
  candidate('bob', [editor('demo-ngo'), editor('other-ngo')]),
  candidate('gone', [editor('gone-ngo')]),
  candidate('luc', [natcom('FR')]),
  candidate('kim', [natcom('KE')]),
  candidate('off', [natcom('FR')], true),
  candidate('del', [{ role: 'member-state', country: 'FR', via: 'delegation' }]),
];
const names = {
  organization: (id: string) => (id === 'gone-ngo' ? undefined : { en: `Org ${id}` }),
  country: (code: string) => ({ en: `Country ${code}` }),
};
const query = (text: string) => parseMeetingCounterpartQuery(new URLSearchParams(text));
const who = (principal: Principal, text = '') => {
  const out = decideMeetingCounterparts(principal, query(text), candidates, names);
  return Array.isArray(out) ? out.map((c) => `${c.personId}@${c.scope}`) : out.problem.status;
};

describe('meeting counterparts', () => {
  it('an NGO editor lists the enabled National Commission members, with their country', () => {
    expect(who(person('ana', [editor('demo-ngo')]))).toEqual(['luc@FR', 'kim@KE']);
    expect(who(person('ana', [editor('demo-ngo')]), 'country=fr')).toEqual(['luc@FR']);
    const [first] = decideMeetingCounterparts(person('ana', [editor('demo-ngo')]), {}, candidates, names) as unknown[];
    expect(first).toEqual({ personId: 'luc', displayName: 'LUC', side: 'national-commission', scope: 'FR', scopeName: { en: 'Country FR' } });
  });

  it('a National Commission member lists the NGO editors per organisation, not those of a vanished one, and not themselves', () => {
    expect(who(person('luc', [natcom('FR')]))).toEqual(['ana@demo-ngo', 'bob@demo-ngo', 'bob@other-ngo']);
    expect(who(person('luc', [natcom('FR')]), 'organization=other-ngo')).toEqual(['bob@other-ngo']);
    expect(who(person('bob', [editor('demo-ngo'), natcom('FR')]), 'side=ngo')).toEqual(['ana@demo-ngo']);
  });

  it('401 anonymous, 403 for anyone acting for neither side or asking for their own side', () => {
    expect(who({ kind: 'anonymous' } as Principal)).toBe(401);
    expect(who(person('del', [{ role: 'member-state', country: 'FR', via: 'delegation' }]))).toBe(403);
    expect(who(person('ana', [editor('demo-ngo')]), 'side=ngo')).toBe(403);
  });

  it('parses the query strictly', () => {
    for (const bad of ['side=state', 'x=1', 'country=FR&organization=a', 'side=ngo&country=FR', 'side=national-commission&organization=a', 'country=FR&country=KE']) {
      expect(() => query(bad), bad).toThrow(ValidationError);
    }
  });
});
