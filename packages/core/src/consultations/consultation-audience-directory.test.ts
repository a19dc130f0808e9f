import { describe, expect, it } from 'vitest';
import { regionIndex } from '../events/event-match.js';
import { memberStatesOn } from '../countries/membership.js';
import { COUNTRIES } from '../reference/countries.js';
import { audienceDirectory, deliveriesOfConsultation, isInAudience, type Consultation } from './index.js';

const DAY = '2026-12-04';
const organizations = [
  { id: 'ngo-nairobi', headquarters: { country: 'KE' } },
  { id: 'ngo-paris', headquarters: { country: 'FR' } },
  { id: 'ngo-lima', headquarters: { country: 'PE' } },
  { id: 'ngo-nowhere' },
];
const directory = audienceDirectory(organizations, DAY, regionIndex(COUNTRIES), memberStatesOn(COUNTRIES, DAY).map((country) => country.code));
const context = { now: new Date(`${DAY}T09:00:00Z`), newId: (() => { let n = 0; return () => `item-${(n += 1)}`; })() };
const consultation = (audience: Consultation['audience']): Consultation => ({
  id: 'cons-test',
  title: { en: 'A test' },
  owner: { kind: 'secretariat' },
  audience,
  opensAt: `${DAY}T00:00:00Z`,
  closesAt: '2027-01-01T00:00:00Z',
  questions: [{ key: 'say', kind: 'free-text', prompt: { en: 'Say' } }],
});

describe('a consultation’s audience, resolved on a day', () => {
  it('places each partner in the UNESCO region of its headquarters’ country; one without a known country in none', () => {
    expect(directory.factsOf('ngo-nairobi')).toEqual({ partner: true, region: 'africa' });
    expect(directory.factsOf('ngo-nowhere')).toEqual({ partner: true });
    expect(directory.partnersIn('africa')).toEqual(['ngo-nairobi']);
    expect(directory.partnersIn('latin-america-caribbean')).toEqual(['ngo-lima']);
    const ngo = (organization: string) => ({ kind: 'organization', organization }) as const;
    expect(isInAudience({ kind: 'region', region: 'africa' }, ngo('ngo-nairobi'), directory.factsOf('ngo-nairobi'))).toBe(true);
    expect(isInAudience({ kind: 'region', region: 'africa' }, ngo('ngo-paris'), directory.factsOf('ngo-paris'))).toBe(false);
    expect(isInAudience({ kind: 'region', region: 'africa' }, ngo('ngo-nowhere'), directory.factsOf('ngo-nowhere'))).toBe(false);
  });

  it('reaches the partners of a regional audience, publicly, with the region as the reason', () => {
    const items = deliveriesOfConsultation(consultation({ kind: 'region', region: 'africa' }), 'consultation.opened', directory, context);
    expect(items.map((item) => [item.addressee, item.public, item.reasons])).toEqual([[{ kind: 'organization', organization: 'ngo-nairobi' }, true, ['region:africa']]]);
  });

  it('reaches each Member State of the day for a Member States’ audience (194 in December 2026), and no organisation', () => {
    const items = deliveriesOfConsultation(consultation({ kind: 'member-states' }), 'consultation.results-published', directory, context);
    expect(items).toHaveLength(194);
    expect(items.every((item) => item.addressee.kind === 'member-state' && item.public && item.kind === 'consultation.results-published')).toBe(true);
    expect(items.map((item) => (item.addressee.kind === 'member-state' ? item.addressee.country : ''))).toContain('KE');
  });

  it('keeps a listed or expert audience private, and reaches every partner for an all-partners one', () => {
    const listed = deliveriesOfConsultation(consultation({ kind: 'organizations', organizations: ['ngo-paris', 'ngo-paris'] }), 'consultation.opened', directory, context);
    expect(listed.map((item) => [item.addressee, item.public])).toEqual([[{ kind: 'organization', organization: 'ngo-paris' }, false]]);
    const experts = deliveriesOfConsultation(consultation({ kind: 'sector-experts', sector: 'ED', frozen: ['ngo-lima'] }), 'consultation.opened', directory, context);
    expect(experts.map((item) => [item.reasons, item.public])).toEqual([[['sector:ED'], false]]);
    expect(deliveriesOfConsultation(consultation({ kind: 'all-partners' }), 'consultation.opened', directory, context)).toHaveLength(4);
  });
});
