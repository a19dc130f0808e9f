import type { ExpertDesignation } from '../../schemas/expert-designation.js';

/*
 * Fictional expert designations, each of a fictional (`demo-*`) organisation by a sector, with
 * a fictional decision reference. No real organisation gets one here: a designation of a real
 * organisation needs the sector's published decision.
 */

const provenance = {
  sourceUrls: [],
  asOf: '2026-11-26',
  verified: false,
  fictional: true,
  note: 'Fictional designation for demonstrations.',
};

export const SAMPLE_EXPERT_DESIGNATIONS: readonly ExpertDesignation[] = [
  {
    id: 'demo-ed-lanternfish-literacy',
    sector: 'ED',
    organization: 'demo-lanternfish-literacy-network',
    topics: ['literacy', 'adult-learning', 'volunteering'],
    designatedOn: '2026-02-09',
    decision: { reference: 'ED/NGO/2026/01 (fictional)' },
    provenance,
  },
  {
    id: 'demo-sc-tidepool-ocean',
    sector: 'SC',
    organization: 'demo-tidepool-ocean-observers',
    topics: ['ocean-science', 'citizen-science'],
    designatedOn: '2026-03-02',
    decision: { reference: 'SC/NGO/2026/02 (fictional)' },
    provenance,
  },
  {
    id: 'demo-sc-dune-dew-water',
    sector: 'SC',
    organization: 'demo-dune-dew-water-laboratory',
    topics: ['water', 'drylands'],
    designatedOn: '2025-11-17',
    decision: { reference: 'SC/NGO/2025/07 (fictional)' },
    provenance,
  },
  {
    id: 'demo-clt-saltmarsh-heritage',
    sector: 'CLT',
    organization: 'demo-saltmarsh-heritage-collective',
    topics: ['intangible-heritage', 'oral-history'],
    designatedOn: '2026-05-18',
    decision: { reference: 'CLT/NGO/2026/03 (fictional)' },
    provenance,
  },
  {
    id: 'demo-ci-kite-compass-archives',
    sector: 'CI',
    organization: 'demo-kite-and-compass-archives',
    topics: ['documentary-heritage', 'archives'],
    designatedOn: '2026-06-22',
    decision: { reference: 'CI/NGO/2026/04 (fictional)' },
    provenance,
  },
];
