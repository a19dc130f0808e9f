import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import type { FollowUpStatus, Recommendation } from './recommendation.js';
import { filterRecommendations, parseRecommendationQuery } from './recommendation-query.js';

const at = '2026-12-03T10:00:00.000Z';
const followUps = (...statuses: FollowUpStatus[]) => statuses.map((status) => ({ status, public: true, at }));
const recommendation = (id: string, overrides: Partial<Recommendation>): Recommendation => ({
  id,
  event: 'icngo-2024',
  text: { en: id },
  themes: [],
  sectors: [],
  countries: [],
  recordedAt: at,
  proposal: [],
  addressees: [],
  ...overrides,
});

const ALL = [
  recommendation('r1', { sectors: ['ED'], addressees: [{ addressee: { kind: 'member-state', country: 'NG' }, reasons: [], followUps: followUps('received', 'in-progress') }] }),
  recommendation('r2', { event: 'icngo-2022', countries: ['KE'], addressees: [{ addressee: { kind: 'sector', sector: 'SHS' }, reasons: [], followUps: followUps('received') }] }),
  recommendation('r3', { addressees: [{ addressee: { kind: 'field-office', fieldOffice: 'nairobi' }, reasons: [], followUps: [] }] }),
];
const ids = (query: Parameters<typeof filterRecommendations>[1]) => filterRecommendations(ALL, query).map((r) => r.id);

describe('filterRecommendations', () => {
  it('selects by event, sector (named or addressed), country (named or its Member State addressed), addressee and latest status', () => {
    expect(ids({})).toEqual(['r1', 'r2', 'r3']);
    expect(ids({ event: 'icngo-2022' })).toEqual(['r2']);
    expect(ids({ sector: 'ED' })).toEqual(['r1']);
    expect(ids({ sector: 'SHS' })).toEqual(['r2']);
    expect(ids({ country: 'KE' })).toEqual(['r2']);
    expect(ids({ country: 'NG' })).toEqual(['r1']);
    expect(ids({ addressee: 'field-office:nairobi' })).toEqual(['r3']);
    expect(ids({ status: 'in-progress' })).toEqual(['r1']);
    // The latest status counts, not an earlier one.
    expect(ids({ status: 'received' })).toEqual(['r2']);
  });
});

describe('parseRecommendationQuery', () => {
  it('reads the filters and paging', () => {
    expect(parseRecommendationQuery(new URLSearchParams('event=icngo-2024&sector=CLT&country=KE&addressee=member-state:KE&status=implemented&limit=10&cursor=c'))).toEqual({
      event: 'icngo-2024',
      sector: 'CLT',
      country: 'KE',
      addressee: 'member-state:KE',
      status: 'implemented',
      limit: 10,
      cursor: 'c',
    });
  });

  it('names each bad parameter', () => {
    let issues: string[] = [];
    try {
      parseRecommendationQuery(new URLSearchParams('sector=XX&country=Kenya&addressee=nobody:1&status=done&event=a&event=b'));
    } catch (error) {
      issues = (error as ValidationError).issues.map((issue) => issue.path);
    }
    expect(issues.sort()).toEqual(['addressee', 'country', 'event', 'sector', 'status']);
  });
});
