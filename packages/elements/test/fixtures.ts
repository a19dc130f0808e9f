import { partnerStanding, type Organization } from '@ngo-liaison/core';

type Overrides = Partial<Omit<Organization, 'provenance'>> & { fictional?: boolean };

/** A valid organisation for tests; every one is flagged fictional unless told otherwise. */
export function makeOrganization(id: string, overrides: Overrides = {}): Organization {
  const { fictional = true, ...rest } = overrides;
  return {
    id,
    kind: 'ngo',
    name: { en: `Test organisation ${id}`, fr: `Organisation de test ${id}` },
    sectors: [],
    fieldsOfInterest: [],
    partnership: [{ category: 'consultative', evidence: [] }],
    contacts: [],
    identifiers: [],
    provenance: { sourceUrls: [], asOf: '2026-11-26', verified: false, fictional },
    ...rest,
  };
}

export const HOSTILE_NAME = '<img src=x onerror="window.__ngoPwned=true">';

/** Three organisations covering translations, fallbacks, links and the details list. */
export const ORGANIZATIONS: Organization[] = [
  makeOrganization('lantern-society', {
    name: {
      en: 'Lantern Literacy Society',
      fr: 'Société Lanterne pour l’alphabétisation',
      ar: 'جمعية الفانوس لمحو الأمية',
    },
    acronym: { en: 'LLS', fr: 'SLA' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['ED', 'CLT'],
    website: 'https://www.lantern.example.org/about',
  }),
  makeOrganization('harbour-network', {
    // No Arabic name: Arabic viewers get English, marked lang="en".
    name: { en: 'Harbour Science Network', fr: 'Réseau scientifique du Port' },
    headquarters: { city: 'Dakar', country: 'SN' },
    sectors: ['SC'],
  }),
  makeOrganization('hostile', {
    name: { en: HOSTILE_NAME, fr: HOSTILE_NAME },
    website: 'https://hostile.example.org',
  }),
];

/** `count` organisations with predictable names, for paging. */
export function manyOrganizations(count: number): Organization[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return makeOrganization(`org-${n}`, { name: { en: `Organisation ${n}`, fr: `Organisation ${n}` } });
  });
}

/** The sample organisations a directory lists when no standing is chosen: the official partners. */
export function listedByDefault<T extends Pick<Organization, 'partnership'>>(organizations: readonly T[]): T[] {
  return organizations.filter((org) => partnerStanding(org) === 'official');
}
