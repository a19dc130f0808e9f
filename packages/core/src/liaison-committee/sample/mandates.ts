import type { LiaisonCommitteeMandate } from '../../schemas/liaison-committee.js';

const LIAISON_COMMITTEE_PAGE = 'https://en.unesco.org/partnerships/icngo-liaison-committee';
const CHAIR_UPDATE_APRIL_2021 = 'http://www.ngo-unesco.net/updates_and_minutes.html';

/**
 * The 2021–2022 Committee, as far as the sources state it. UNESCO's page names three of its
 * ten members and where each is based; the chairperson's update of 21 April 2021 says the
 * Committee was implementing the recommendations adopted by the 2020 International Conference
 * of NGOs. Not stated, so absent: the other seven members, each member's seat (associate or
 * consultative) and the region it counts for, FAPE's country ("based in Congo": which Congo is
 * not said), the conference that elected the Committee, the recommendations' text and the
 * planned work.
 */
const LC_2021_2022: LiaisonCommitteeMandate = {
  id: 'lc-2021-2022',
  term: { start: '2021', end: '2022' },
  membership: 'partial',
  members: [
    { organization: 'acww', basedIn: 'GB' },
    { organization: 'ccivs', basedIn: 'FR' },
    { organization: 'fape' },
  ],
  basis: [
    {
      id: 'icngo-2020-recommendations',
      conferenceYear: 2020,
      kind: 'recommendations',
      // Our description of the output (its own title is not in the sources), hence in two languages.
      title: {
        en: 'Recommendations adopted by the 2020 International Conference of NGOs',
        fr: 'Recommandations adoptées par la Conférence internationale des ONG de 2020',
      },
      url: CHAIR_UPDATE_APRIL_2021,
    },
  ],
  provenance: {
    sourceUrls: [LIAISON_COMMITTEE_PAGE, CHAIR_UPDATE_APRIL_2021],
    asOf: '2026-11-26',
    verified: true,
    fictional: false,
    note: 'Members and term from UNESCO\'s page on the ICNGO and the Liaison Committee; the basis from the ICNGO chairperson\'s update of 21 April 2021.',
  },
};

/**
 * A fictional Committee, complete, to show the Directives' composition (four associate and six
 * consultative seats, every region) and a work plan diffused at the start of the mandate.
 * Every member is a fictional organisation; the conference outputs are fictional too.
 */
const DEMO_LC_2027_2028: LiaisonCommitteeMandate = {
  id: 'demo-lc-2027-2028',
  term: { start: '2027', end: '2028' },
  electedBy: { conferenceYear: 2026 },
  membership: 'complete',
  members: [
    { organization: 'demo-lanternfish-literacy-network', seat: 'associate', basedIn: 'SN', region: 'africa' },
    { organization: 'demo-weathervane-museums-alliance', seat: 'associate', basedIn: 'CA', region: 'europe-north-america' },
    { organization: 'demo-tidepool-ocean-observers', seat: 'associate', basedIn: 'FJ', region: 'asia-pacific' },
    { organization: 'demo-birch-signal-media-guild', seat: 'associate', basedIn: 'RU', region: 'europe-north-america' },
    { organization: 'demo-quiet-orbit-science-circle', seat: 'consultative', basedIn: 'CN', region: 'asia-pacific' },
    { organization: 'demo-hummingbird-ethics-forum', seat: 'consultative', basedIn: 'CL', region: 'latin-america-caribbean' },
    { organization: 'demo-baobab-shade-youth-assembly', seat: 'consultative', basedIn: 'KE', region: 'africa' },
    { organization: 'demo-saltmarsh-heritage-collective', seat: 'consultative', basedIn: 'PT', region: 'europe-north-america' },
    { organization: 'demo-moonwell-storytelling-circle', seat: 'consultative', basedIn: 'VN', region: 'asia-pacific' },
    { organization: 'demo-dune-dew-water-laboratory', seat: 'consultative', basedIn: 'MA', region: 'arab-states' },
  ],
  basis: [
    {
      id: 'demo-icngo-2026-recommendations',
      conferenceYear: 2026,
      kind: 'recommendations',
      title: { en: 'Final recommendations of the conference (fictional)', fr: 'Recommandations finales de la conférence (fictif)' },
    },
    {
      id: 'demo-icngo-2026-contribution-c5',
      conferenceYear: 2026,
      kind: 'collective-contribution',
      title: { en: 'Collective contribution to the draft Programme and Budget (fictional)', fr: 'Contribution collective au projet de programme et de budget (fictif)' },
    },
  ],
  workPlan: {
    diffusedOn: '2027-02-15',
    diffusedTo: { sectors: ['ED', 'SC', 'SHS', 'CLT', 'CI'], memberStates: 'all' },
    items: [
      {
        title: { en: 'Two thematic NGO forums with the sectors concerned', fr: 'Deux forums thématiques des ONG avec les secteurs concernés' },
        sectors: ['ED', 'SC'],
        basedOn: ['demo-icngo-2026-recommendations'],
      },
      {
        title: { en: 'A yearly list of NGOs by field of action for the sectors and Member States', fr: "Une liste annuelle des ONG par domaine d'action pour les secteurs et les États membres" },
        sectors: ['ED', 'SC', 'SHS', 'CLT', 'CI'],
        basedOn: ['demo-icngo-2026-recommendations'],
      },
      {
        title: { en: "Follow-up of the NGOs' contribution to the Programme and Budget", fr: 'Suivi de la contribution des ONG au programme et budget' },
        sectors: ['CLT', 'CI'],
        basedOn: ['demo-icngo-2026-contribution-c5', 'demo-icngo-2026-recommendations'],
      },
    ],
  },
  provenance: {
    sourceUrls: [],
    asOf: '2026-11-26',
    verified: false,
    fictional: true,
    note: 'Fictional mandate for demonstrations: its members, conference outputs and work plan do not exist.',
  },
};

export const SAMPLE_MANDATES: readonly LiaisonCommitteeMandate[] = [LC_2021_2022, DEMO_LC_2027_2028];
