import type { MembershipPeriod } from '../schemas/country.js';

/*
 * Dated UNESCO membership of Member States, where a source dates an event: joining, a notice of
 * withdrawal and the day it takes effect, re-joining. Every other Member State is a member with
 * no date known (see countries/membership.ts for how the periods are read).
 */

/** CRS report RL30985: the USA, an original member (1946), withdrew in 1984 and returned to full membership on 1 October 2003. */
const CRS_US_2003 = 'https://www.everycrsreport.com/reports/RL30985.html';
/** The USA announced its withdrawal on 12 October 2017, effective at the end of 2018 (with Israel). */
const US_NOTICE_2017 = 'https://amp.sicnoticias.pt/mundo/2017-10-12-Estados-Unidos-anunciam-decisao-de-sair-da-UNESCO';
/** UNESCO press release "The United States becomes the 194th Member State of UNESCO": Constitution accepted on 10 July 2023. */
const US_RETURN_2023 = 'https://indiaeducationdiary.in/the-united-states-becomes-the-194th-member-state-of-unesco';
/** WAM, 22 July 2025: the USA formally notified the Director-General of its withdrawal, effective 31 December 2026 (Art. II.6). */
const US_NOTICE_2025 = 'https://www.wam.ae/en/article/bkt889w-officially-withdraw-from-unesco-31st-december';
/**
 * Trend, 4 May 2025: Nicaragua's withdrawal, by a letter from its Foreign Minister to the
 * Director-General. The sources give the day of the announcement (4 May 2025; Divergentes,
 * https://www.divergentes.com/unesco-warns-nicaraguas-withdrawal-will-limit-its-access-to-international-cooperation-in-education-and-culture,
 * says the same), not the letter's own date.
 */
const NICARAGUA_NOTICE_2025 = 'https://en.trend.az/world/4039567.html';
/** GZH (AFP), May 2025: Nicaragua, a member since 1952, leaves with effect from 31 December 2026. */
const NICARAGUA_SINCE_1952 =
  'https://gauchazh.clicrbs.com.br/mundo/noticia/2025/05/unesco-anuncia-retirada-da-nicaragua-apos-jornal-de-oposicao-vencer-premio-cma9pzma102f2014omtijukof.html';

/** Dated membership, where sources date it (every other country: a member, no date known). */
export const MEMBERSHIP_PERIODS: Readonly<Record<string, MembershipPeriod[]>> = {
  US: [
    // Out in 1984 (Art. II.6 puts the effect on 31 December); no source here dates the notice.
    { joined: '1946', sourceUrl: CRS_US_2003, withdrawal: { effective: '1984-12-31', sourceUrl: CRS_US_2003 } },
    { joined: '2003-10-01', sourceUrl: CRS_US_2003, withdrawal: { notice: '2017-10-12', effective: '2018-12-31', sourceUrl: US_NOTICE_2017 } },
    { joined: '2023-07-10', sourceUrl: US_RETURN_2023, withdrawal: { notice: '2025-07-22', effective: '2026-12-31', sourceUrl: US_NOTICE_2025 } },
  ],
  NI: [{ joined: '1952', sourceUrl: NICARAGUA_SINCE_1952, withdrawal: { notice: '2025-05-04', effective: '2026-12-31', sourceUrl: NICARAGUA_NOTICE_2025 } }],
};
