import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_PROGRAMMES } from '../programmes/sample/index.js';
import { REAL_ORGANIZATIONS } from '../sample/real-organizations.js';
import { FICTIONAL_ORGANIZATIONS } from '../sample/fictional-organizations.js';
import { createMatcher } from './matcher.js';

const organizations = [...REAL_ORGANIZATIONS, ...FICTIONAL_ORGANIZATIONS];
const matcher = createMatcher({ organizations, programmes: SAMPLE_PROGRAMMES, actions: SAMPLE_ACTIONS });
const ids = (page: { items: { organization: { id: string } }[] }) => page.items.map((i) => i.organization.id);

describe('matching the sample data', () => {
  it('ranks the ten best NGOs for a programme, each explained in the six languages', () => {
    const page = matcher.rankOrganizations('demo-coastal-literacy-initiative', { limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.total).toBe(organizations.length);
    expect(page.items[0]?.organization.id).toBe('demo-lanternfish-literacy-network');
    expect(page.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const item of page.items) {
      expect(item.criteria.map((c) => c.criterion)).toEqual(['sector', 'themes', 'sdgs', 'geography', 'languages', 'partnership', 'track-record']);
      expect(item.reasons.length).toBeGreaterThanOrEqual(6);
      for (const reason of item.reasons) for (const lang of LANGUAGES) expect(reason.text[lang], `${reason.code} ${lang}`).not.toMatch(/\{|undefined|NaN|^$/);
    }
    const top = page.items[0]!;
    expect(top.reasons.find((r) => r.code === 'themes.match')?.text.fr).toMatch(/alphabétisation/);
    expect(top.reasons.find((r) => r.code === 'track-record.programme')?.params).toEqual({ count: 2 });
  });

  it('re-ranks when weight shifts to geography', () => {
    const before = ids(matcher.rankOrganizations('demo-coastal-literacy-initiative', { limit: 10 }));
    const after = matcher.rankOrganizations('demo-coastal-literacy-initiative', { limit: 10, weights: { geography: 20 } });
    expect(ids(after)).not.toEqual(before);
    expect(after.weights.geography).toBeGreaterThan(0.5);
    // The Kenyan youth assembly is in the programme's region: it climbs.
    expect(ids(after).indexOf('demo-baobab-shade-youth-assembly')).toBeLessThan(before.indexOf('demo-baobab-shade-youth-assembly'));
  });

  it('scores real organisations that have few fields, and one with none at all, with reasons and no NaN', () => {
    for (const org of REAL_ORGANIZATIONS) {
      const match = matcher.explain('demo-archives-at-risk', org.id);
      expect(Number.isFinite(match.score), org.id).toBe(true);
      expect(match.reasons.length, org.id).toBeGreaterThan(0);
    }
    const bare = matcher.explain('demo-coastal-literacy-initiative', 'isapa');
    expect(bare.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['sector.no-data', 'themes.no-data', 'geography.no-data', 'languages.no-data', 'track-record.none']),
    );
  });

  it('matches related concepts: ICOM (heritage) is close to intangible heritage', () => {
    const icom = matcher.explain('demo-living-heritage-communities', 'icom');
    expect(icom.reasons.find((r) => r.code === 'themes.related')?.params.fields).toContain('heritage');
  });

  it('explains geography through a country, its field office, or its region', () => {
    const tidepool = matcher.explain('demo-pacific-ocean-observers', 'demo-tidepool-ocean-observers');
    expect(tidepool.reasons.find((r) => r.code === 'geography.present')?.params.countries).toContain('FJ');
    const programme = { ...SAMPLE_PROGRAMMES[0]!, id: 'demo-nigeria-only', countries: ['NG'], fieldOffices: [] };
    const at = (id: string, country: string) => ({ ...FICTIONAL_ORGANIZATIONS[0]!, id, countriesOfPresence: [country], headquarters: { country } });
    const small = createMatcher({ organizations: [at('in-benin', 'BJ'), at('in-kenya', 'KE'), at('in-peru', 'PE')], programmes: [programme] });
    const geo = (id: string) => small.explain('demo-nigeria-only', id).reasons.find((r) => r.criterion === 'geography')!;
    expect(geo('in-benin')).toMatchObject({ code: 'geography.field-office', params: { countries: ['BJ'], office: 'abuja' } });
    expect(geo('in-benin').text.en).toBe('Present in Benin, covered by the same field office (UNESCO Office in Abuja).');
    expect(geo('in-kenya')).toMatchObject({ code: 'geography.region', params: { region: 'africa' } });
    expect(geo('in-peru')).toMatchObject({ code: 'geography.none', polarity: 'negative' });
  });

  it('works both ways: an organisation gets its programmes ranked', () => {
    const page = matcher.rankProgrammes('demo-tidepool-ocean-observers', { limit: 3 });
    expect(page.items[0]?.programme.id).toBe('demo-pacific-ocean-observers');
    expect(page.total).toBe(SAMPLE_PROGRAMMES.length);
  });

  it('lists a sector\'s experts above the threshold, explained', () => {
    const experts = matcher.proposeExperts('CLT', { limit: 50 });
    expect(ids(experts)).toEqual(expect.arrayContaining(['icom', 'icomos', 'cioff']));
    expect(experts.items.every((i) => i.score >= 0.5)).toBe(true);
    expect(experts.total).toBe(experts.items.length);
    expect(ids(matcher.proposeExperts('ED', { limit: 50 }))).not.toContain('fede'); // lists ED but no field of interest
    expect(matcher.proposeExperts('CLT', { threshold: 0.99 }).items).toEqual([]);
  });

  it("counts no field office's action in an organisation's track record", () => {
    expect(SAMPLE_ACTIONS.some((a) => a.actor.kind === 'field-office')).toBe(true);
    const organisationActionsOnly = createMatcher({
      organizations,
      programmes: SAMPLE_PROGRAMMES,
      actions: SAMPLE_ACTIONS.filter((a) => a.actor.kind === 'organization'),
    });
    for (const p of SAMPLE_PROGRAMMES) {
      expect(matcher.rankOrganizations(p.id, { limit: 100 }), p.id).toEqual(organisationActionsOnly.rankOrganizations(p.id, { limit: 100 }));
    }
  });

  it('throws RangeError for unknown programmes and organisations', () => {
    expect(() => matcher.rankOrganizations('no-such-programme')).toThrow(RangeError);
    expect(() => matcher.rankProgrammes('no-such-ngo')).toThrow(RangeError);
  });

  it('agrees with the score matrix', () => {
    const matrix = matcher.scoreMatrix();
    const page = matcher.rankOrganizations('demo-archives-at-risk', { limit: 100 });
    const row = matrix.programmes.indexOf('demo-archives-at-risk');
    for (const item of page.items) {
      const i = matrix.organizations.indexOf(item.organization.id);
      expect(matrix.scores[row * matrix.organizations.length + i]).toBeCloseTo(item.score, 6);
    }
  });

  it('has focal points for every sector in the sample', () => {
    const sectors = SAMPLE_FOCAL_POINTS.flatMap((f) => (f.scope.kind === 'sector' ? [f.scope.sector] : []));
    expect(new Set(sectors)).toEqual(new Set(['ED', 'SC', 'SHS', 'CLT', 'CI']));
  });
});
