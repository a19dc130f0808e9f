import { describe, expect, it } from 'vitest';
import { addresseeKey } from '../inbox/addressee.js';
import { COVERAGE, PROGRAMMES } from '../inbox/test-inbox.js';
import type { RecommendationSubject, RoutingReason } from './recommendation.js';
import { proposeAddressees } from './routing-proposal.js';

type Subject = Pick<RecommendationSubject, 'themes' | 'sectors' | 'countries'>;
const themeOf = (theme: string): RoutingReason => ({ code: 'theme-of-sector', theme });
const programmeTheme = (theme: string, programme: string): RoutingReason => ({ code: 'programme-theme', theme, programme });
const named = (country: string): RoutingReason => ({ code: 'named-country', country });
const covers = (country: string): RoutingReason => ({ code: 'covers-country', country });

/*
 * Recommendations whose addressees are known from the sample programmes, the field offices'
 * coverage and the vocabulary's sectors: each row is [what it is about, subject, expected
 * addressees (by key, in order) with their reasons].
 */
const TABLE: [string, Subject, [string, RoutingReason[]][]][] = [
  [
    'literacy in Nigeria',
    { themes: ['literacy'], sectors: [], countries: ['NG'] },
    [
      ['sector:ED', [themeOf('literacy'), programmeTheme('literacy', 'demo-coastal-literacy-initiative')]],
      ['member-state:NG', [named('NG')]],
      ['field-office:abuja', [covers('NG')]],
    ],
  ],
  [
    'living heritage, naming its sector',
    { themes: ['intangible-heritage'], sectors: ['CLT'], countries: [] },
    [['sector:CLT', [{ code: 'named-sector' }, themeOf('intangible-heritage'), programmeTheme('intangible-heritage', 'demo-living-heritage-communities')]]],
  ],
  [
    'youth in Kenya: a theme of SHS that a CI programme shares too',
    { themes: ['youth'], sectors: [], countries: ['KE'] },
    [
      ['sector:SHS', [themeOf('youth'), programmeTheme('youth', 'demo-youth-peace-assemblies')]],
      ['sector:CI', [programmeTheme('youth', 'demo-media-literacy-for-youth')]],
      ['member-state:KE', [named('KE')]],
      ['field-office:nairobi', [covers('KE')]],
    ],
  ],
  [
    'media literacy: a concept of two sectors',
    { themes: ['media-literacy'], sectors: [], countries: [] },
    [
      ['sector:ED', [themeOf('media-literacy')]],
      ['sector:CI', [themeOf('media-literacy'), programmeTheme('media-literacy', 'demo-media-literacy-for-youth')]],
    ],
  ],
  [
    'science in Nepal and France: the national office before the regional one; no office for France',
    { themes: [], sectors: ['SC'], countries: ['NP', 'FR'] },
    [
      ['sector:SC', [{ code: 'named-sector' }]],
      ['member-state:NP', [named('NP')]],
      ['member-state:FR', [named('FR')]],
      ['field-office:kathmandu', [covers('NP')]],
    ],
  ],
  [
    'museums: a sector’s concept no programme holds',
    { themes: ['museums'], sectors: [], countries: [] },
    [['sector:CLT', [themeOf('museums')]]],
  ],
  [
    'ocean and climate in Fiji, Nigeria and Ghana: reasons merged per addressee',
    { themes: ['biodiversity', 'climate-change'], sectors: [], countries: ['FJ', 'NG', 'GH'] },
    [
      [
        'sector:SC',
        [
          themeOf('biodiversity'),
          themeOf('climate-change'),
          programmeTheme('biodiversity', 'demo-pacific-ocean-observers'),
          programmeTheme('biodiversity', 'man-and-the-biosphere'),
          programmeTheme('climate-change', 'demo-pacific-ocean-observers'),
        ],
      ],
      ['member-state:FJ', [named('FJ')]],
      ['member-state:NG', [named('NG')]],
      ['member-state:GH', [named('GH')]],
      ['field-office:apia', [covers('FJ')]],
      ['field-office:abuja', [covers('NG'), covers('GH')]],
    ],
  ],
  ['nothing to route by', { themes: [], sectors: [], countries: [] }, []],
];

describe('proposeAddressees', () => {
  it.each(TABLE)('routes %s', (_about, subject, expected) => {
    const proposal = proposeAddressees(subject, { programmes: PROGRAMMES, coverage: COVERAGE });
    expect(proposal.map(({ addressee, reasons }) => [addresseeKey(addressee), reasons])).toEqual(expected);
  });

  it('uses the vocabulary it is given', () => {
    const themes = { keyOf: (tag: string) => `c:${tag}`, sectorsOf: (key: string) => (key === 'c:puppetry' ? (['CLT'] as const) : []) } as never;
    expect(proposeAddressees({ themes: ['puppetry'], sectors: [], countries: [] }, { programmes: [], coverage: COVERAGE, themes })).toEqual([
      { addressee: { kind: 'sector', sector: 'CLT' }, reasons: [themeOf('puppetry')] },
    ]);
  });
});
