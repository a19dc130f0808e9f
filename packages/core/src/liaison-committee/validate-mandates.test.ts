import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../reference/countries.js';
import { FICTIONAL_ORGANIZATIONS } from '../sample/fictional-organizations.js';
import { REAL_ORGANIZATIONS } from '../sample/real-organizations.js';
import type { LiaisonCommitteeMandate } from '../schemas/liaison-committee.js';
import { SAMPLE_MANDATES } from './sample/mandates.js';
import { validateMandates } from './validate-mandates.js';
import { listMandates, parseMandateQuery } from './mandate-list.js';

const organizations = [...REAL_ORGANIZATIONS, ...FICTIONAL_ORGANIZATIONS];
const check = (...mandates: unknown[]) => validateMandates({ mandates, organizations, countries: COUNTRIES });
const problems = (...mandates: unknown[]) => check(...mandates).problems.map((p) => `${p.path}: ${p.message}`);

const real = SAMPLE_MANDATES.find((m) => !m.provenance.fictional)!;
const demo = SAMPLE_MANDATES.find((m) => m.provenance.fictional)!;
const at = `mandates[${demo.id}]`;
const withMembers = (members: LiaisonCommitteeMandate['members']) => ({ ...demo, members });

describe('sample mandates', () => {
  it('pass validation', () => {
    expect(check(...SAMPLE_MANDATES).problems).toEqual([]);
  });

  it('state of the 2021–2022 Committee only what the sources say', () => {
    expect(real.id).toBe('lc-2021-2022');
    expect(real.term).toEqual({ start: '2021', end: '2022' });
    expect(real.membership).toBe('partial');
    expect(real.members).toEqual([
      { organization: 'acww', basedIn: 'GB' },
      { organization: 'ccivs', basedIn: 'FR' },
      { organization: 'fape' },
    ]);
    expect(real.electedBy).toBeUndefined();
    expect(real.workPlan).toBeUndefined();
    expect(real.provenance.sourceUrls).toContain('https://en.unesco.org/partnerships/icngo-liaison-committee');
    for (const output of real.basis) expect(real.provenance.sourceUrls, output.id).toContain(output.url);
  });

  it('name only fictional organisations in the fictional mandate', () => {
    const fictional = new Set(FICTIONAL_ORGANIZATIONS.map((o) => o.id));
    expect(demo.members.every((m) => fictional.has(m.organization))).toBe(true);
  });
});

describe('validateMandates: the Directives (10 NGOs, 4 associate + 6 consultative, every region)', () => {
  it('refuses more than ten members', () => {
    const eleventh = { organization: 'demo-cedar-lantern-foundation', seat: 'consultative' as const, region: 'arab-states' as const };
    expect(problems(withMembers([...demo.members, eleventh]))).toContain(`${at}.members: the Directives set 10 NGOs on the Committee; 11 are listed`);
  });

  it('refuses a fifth associate seat', () => {
    const members = demo.members.map((m, i) => (i === 4 ? { ...m, seat: 'associate' as const } : m));
    expect(problems(withMembers(members))).toEqual([`${at}.members: the Directives give 4 seats to associate partners; 5 are listed`]);
  });

  it('refuses a seventh consultative seat, even in a partial membership', () => {
    const members = demo.members.map((m, i) => (i === 0 ? { ...m, seat: 'consultative' as const } : m));
    expect(problems({ ...withMembers(members), membership: 'partial' })).toEqual([
      `${at}.members: the Directives give 6 seats to consultative partners; 7 are listed`,
    ]);
  });

  it('refuses a complete membership of fewer than ten', () => {
    expect(problems(withMembers(demo.members.slice(1)))).toEqual([`${at}.membership: complete means the 10 members the Directives set; 9 are listed`]);
  });

  it('refuses a complete membership without a region', () => {
    const members = demo.members.map((m) => (m.region === 'arab-states' ? { ...m, region: 'africa' as const, basedIn: 'KE' } : m));
    expect(problems(withMembers(members))).toEqual([`${at}.members: the Directives ask for at least one member per region; none from arab-states`]);
  });

  it("refuses a complete membership with a member's seat or region unknown", () => {
    const { seat: _seat, ...noSeat } = demo.members[0]!;
    const { region: _region, ...noRegion } = demo.members[1]!;
    expect(problems(withMembers([noSeat, noRegion, ...demo.members.slice(2)]))).toEqual([
      `${at}.members[0].seat: a complete membership states every seat (associate or consultative)`,
      `${at}.members[1].region: a complete membership states every region`,
    ]);
  });

  it('accepts a partial membership that leaves seats, countries and regions unknown', () => {
    expect(problems({ ...demo, membership: 'partial', members: [{ organization: 'demo-lanternfish-literacy-network' }] })).toEqual([]);
  });
});

describe('validateMandates: members, term, conference and work plan', () => {
  it('refuses a member listed twice', () => {
    const members = [...demo.members.slice(0, 9), demo.members[0]!];
    expect(problems({ ...withMembers(members), membership: 'partial' })).toContain(
      `${at}.members[9].organization: "demo-lanternfish-literacy-network" is listed twice`,
    );
  });

  it('refuses a member that is not in the directory', () => {
    expect(problems({ ...demo, membership: 'partial', members: [{ organization: 'ghost-ngo' }] })).toEqual([`${at}.members[0].organization: unknown organisation "ghost-ngo"`]);
  });

  it('refuses a region that is not the region of the country the member is based in', () => {
    const members = demo.members.map((m, i) => (i === 0 ? { ...m, basedIn: 'FR' } : m));
    expect(problems(withMembers(members))).toEqual([`${at}.members[0].region: FR is in the region europe-north-america, not africa`]);
  });

  it('refuses an unknown country', () => {
    expect(problems({ ...demo, membership: 'partial', members: [{ organization: 'demo-lanternfish-literacy-network', basedIn: 'ZZ' }] })).toEqual([
      `${at}.members[0].basedIn: unknown country code "ZZ"`,
    ]);
  });

  it('refuses a term that ends before it starts, at the precision given', () => {
    expect(problems({ ...demo, term: { start: '2027-06', end: '2026' } })).toContain(`${at}.term.end: ends before the term starts (2027-06)`);
    expect(problems({ ...demo, term: { start: '2027-06', end: '2027' }, workPlan: undefined })).toEqual([]);
  });

  it('refuses a date that is not a year, a month or a day', () => {
    expect(problems({ ...demo, term: { start: '2027-13', end: '2028' } })).toEqual([
      `${at}.term.start: must be a year, a month or a day: "2021", "2021-03" or "2021-03-15"`,
    ]);
  });

  it('refuses an electing conference after the term has started', () => {
    expect(problems({ ...demo, electedBy: { conferenceYear: 2028 } })).toEqual([
      `${at}.electedBy.conferenceYear: the electing conference (2028) must precede the term, which starts 2027`,
    ]);
  });

  it('refuses a work plan diffused outside the term', () => {
    expect(problems({ ...demo, workPlan: { ...demo.workPlan!, diffusedOn: '2026-12-20' } })).toEqual([
      `${at}.workPlan.diffusedOn: the planned work is diffused at the start of the mandate: 2026-12-20 is outside the term 2027 – 2028`,
    ]);
  });

  it('refuses planned work that rests on no conference output, or on one not in basis', () => {
    const [first, ...rest] = demo.workPlan!.items;
    expect(problems({ ...demo, workPlan: { ...demo.workPlan!, items: [{ ...first!, basedOn: [] }, ...rest] } })).toEqual([
      `${at}.workPlan.items[0].basedOn: work is planned according to the conference's recommendations: name at least one`,
    ]);
    expect(problems({ ...demo, workPlan: { ...demo.workPlan!, items: [{ ...first!, basedOn: ['icngo-1999-roadmap'] }, ...rest] } })).toEqual([
      `${at}.workPlan.items[0].basedOn[0]: "icngo-1999-roadmap" is not one of the conference outputs in basis`,
    ]);
  });

  it('refuses a work plan diffused to no sector', () => {
    expect(problems({ ...demo, workPlan: { ...demo.workPlan!, diffusedTo: { sectors: [], memberStates: 'all' } } })).toEqual([
      `${at}.workPlan.diffusedTo.sectors: paragraph 5 diffuses the planned work to the sectors: name at least one`,
    ]);
  });

  it('refuses a fictional mandate on a real organisation, and a real one on a fictional organisation', () => {
    expect(problems({ ...demo, membership: 'partial', members: [{ organization: 'ccivs' }] })).toEqual([
      `${at}.members[0].organization: a fictional mandate may only name fictional organisations`,
    ]);
    expect(problems({ ...real, members: [{ organization: 'demo-lanternfish-literacy-network' }] })).toEqual([
      `mandates[${real.id}].members[0].organization: a real mandate may only name real organisations`,
    ]);
  });

  it('refuses a real mandate without a source', () => {
    expect(problems({ ...real, provenance: { ...real.provenance, sourceUrls: [] } })).toEqual([
      `mandates[${real.id}].provenance.sourceUrls: a real mandate needs the URL of a page that states it`,
    ]);
  });

  it('refuses duplicate ids, and reports schema problems by path', () => {
    expect(problems(real, real)).toContain(`mandates[${real.id}]: duplicate id "${real.id}" in mandates`);
    expect(problems({ ...real, membership: 'most' })[0]).toMatch(/^mandates\[lc-2021-2022\]\.membership: /);
  });
});

describe('listMandates', () => {
  const list = (s: string) => listMandates(SAMPLE_MANDATES, parseMandateQuery(new URLSearchParams(s)));

  it('lists the latest term first, and filters by member', () => {
    expect(list('').items.map((m) => m.id)).toEqual(['demo-lc-2027-2028', 'lc-2021-2022']);
    expect(list('member=ccivs').items.map((m) => m.id)).toEqual(['lc-2021-2022']);
    expect(list('member=ccivs&member=demo-tidepool-ocean-observers').total).toBe(2);
  });

  it('names a bad member id or an unknown parameter', () => {
    expect(() => list('member=Not_An_Id')).toThrow(/member: must be a lower-case organisation id/);
    expect(() => list('chair=someone')).toThrow(/chair: unknown query parameter/);
  });
});
