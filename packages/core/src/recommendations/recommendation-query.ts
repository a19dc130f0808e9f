import { ValidationError } from '../errors/validation-error.js';
import { addresseeKey, addresseeOfKey } from '../inbox/addressee.js';
import { parseListQuery, singleParams } from '../query/list-query.js';
import { SECTOR_CODES } from '../schemas/codes.js';
import type { FieldIssue } from '../schemas/problem.js';
import { FOLLOW_UP_STATUSES, type FollowUpStatus, type Recommendation } from './recommendation.js';
import { latestStatus } from './recommendation-decisions.js';

export interface RecommendationQuery {
  event?: string | undefined;
  sector?: string | undefined;
  country?: string | undefined;
  /** An addressee key ("member-state:KE"). */
  addressee?: string | undefined;
  status?: FollowUpStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** `GET /v1/recommendations?event=&sector=&country=&addressee=&status=&limit=&cursor=`: anything else is a 400. */
export function parseRecommendationQuery(params: URLSearchParams): RecommendationQuery {
  const names = ['event', 'sector', 'country', 'addressee', 'status'] as const;
  const { limit, cursor } = parseListQuery(params, names);
  const issues: FieldIssue[] = [];
  const values = singleParams(params, names, issues);
  if (values.sector !== undefined && !(SECTOR_CODES as readonly string[]).includes(values.sector)) {
    issues.push({ path: 'sector', message: `must be one of ${SECTOR_CODES.join(', ')}`, code: 'invalid-value' });
  }
  if (values.country !== undefined && !/^[A-Z]{2}$/.test(values.country)) issues.push({ path: 'country', message: 'must be an ISO 3166-1 alpha-2 code such as KE', code: 'invalid-format' });
  if (values.addressee !== undefined && !addresseeOfKey(values.addressee)) {
    issues.push({ path: 'addressee', message: 'must be an addressee key such as sector:CLT, member-state:KE or field-office:nairobi', code: 'invalid-value' });
  }
  if (values.status !== undefined && !(FOLLOW_UP_STATUSES as readonly string[]).includes(values.status)) {
    issues.push({ path: 'status', message: `must be one of ${FOLLOW_UP_STATUSES.join(', ')}`, code: 'invalid-value' });
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { ...values, status: values.status as FollowUpStatus | undefined, limit, cursor };
}

/**
 * The recommendations a query selects, in their order. Filter what the caller reads (after
 * recommendationView), so a status filter never reveals a follow-up the caller may not see:
 * - sector: named by the recommendation or one of its addressees;
 * - country: named, or its Member State an addressee;
 * - addressee: one of its addressees; status: some addressee's latest status.
 */
export function filterRecommendations(recommendations: readonly Recommendation[], query: Omit<RecommendationQuery, 'limit' | 'cursor'>): Recommendation[] {
  return recommendations.filter((r) => {
    const keys = r.addressees.map((entry) => addresseeKey(entry.addressee));
    if (query.event !== undefined && r.event !== query.event) return false;
    if (query.sector !== undefined && !r.sectors.includes(query.sector as Recommendation['sectors'][number]) && !keys.includes(`sector:${query.sector}`)) return false;
    if (query.country !== undefined && !r.countries.includes(query.country) && !keys.includes(`member-state:${query.country}`)) return false;
    if (query.addressee !== undefined && !keys.includes(query.addressee)) return false;
    if (query.status !== undefined && !r.addressees.some((entry) => latestStatus(entry) === query.status)) return false;
    return true;
  });
}
