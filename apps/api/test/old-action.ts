/** An action as stored before migration 0006: its organisation in `organization`, not an `actor`. */
export const OLD_ACTION = {
  id: 'demo-old-action',
  organization: 'demo-lanternfish-literacy-network',
  programme: 'demo-coastal-literacy-initiative',
  title: { en: 'An action stored before actors', fr: 'Une action enregistrée avant les acteurs' },
  countries: ['SN'],
  period: { start: '2024-01-01' },
  outcomes: [],
  sdgs: [4],
  provenance: { sourceUrls: [], asOf: '2026-11-26', verified: false, fictional: true },
};
