import type { LiaisonCommitteeMandate } from '../schemas/liaison-committee.js';
import type { Page } from '../schemas/page.js';
import { pageByKey } from '../programmes/lists.js';
import { parseFilters, type Filters } from '../programmes/query-params.js';

/*
 * Listing of Liaison Committee mandates, shared by the server and the msw handlers so both
 * answer every query identically. There is one mandate every two years: filtered in memory.
 */

export type MandateQuery = Filters<'member'>;

export function parseMandateQuery(params: URLSearchParams): MandateQuery {
  return parseFilters(params, {
    member: {
      repeatable: true,
      check: (value) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? undefined : 'must be a lower-case organisation id such as "ccivs"'),
    },
  });
}

/** Mandates with any of the given member organisations; the latest term first. */
export function listMandates(mandates: readonly LiaisonCommitteeMandate[], query: MandateQuery): Page<LiaisonCommitteeMandate> {
  const matching = mandates.filter((m) => !query.member || m.members.some((member) => query.member!.includes(member.organization)));
  return pageByKey('mandates', matching, (m) => [m.term.start, m.id], query, [true, false]);
}
