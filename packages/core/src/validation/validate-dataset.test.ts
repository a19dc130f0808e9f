import { describe, expect, it } from 'vitest';
import { SECTORS } from '../reference/sectors.js';
import type { Country } from '../schemas/country.js';
import type { Organization } from '../schemas/organization.js';
import { validateDataset } from './validate-dataset.js';

const france: Country = {
  code: 'FR',
  alpha3: 'FRA',
  name: { en: 'France', fr: 'France' },
  membership: { kind: 'member', certainty: 'verified' },
  region: { value: 'europe-north-america', certainty: 'inferred' },
  electoralGroup: { value: 'I', certainty: 'verified' },
};

const real: Organization = {
  id: 'example-council',
  kind: 'ngo',
  name: { en: 'Example Council', fr: 'Conseil exemple' },
  headquarters: { city: 'Paris', country: 'FR' },
  sectors: ['CLT'],
  fieldsOfInterest: ['museums'],
  partnership: [{ category: 'associate', evidence: [{ source: 'unesco-page', url: 'https://example.org/source', asOf: '2026-11-26' }] }],
  contacts: [],
  identifiers: [],
  provenance: { sourceUrls: ['https://example.org/source'], asOf: '2026-11-26', verified: true, fictional: false },
};

const check = (organizations: unknown[]) => validateDataset({ organizations, countries: [france], sectors: SECTORS });

describe('validateDataset', () => {
  it('accepts a clean data set', () => {
    expect(check([real])).toEqual({ ok: true, problems: [] });
  });

  it('names the record and the field of a schema problem', () => {
    const { ok, problems } = check([{ ...real, website: 'javascript:alert(1)' }]);
    expect(ok).toBe(false);
    expect(problems).toContainEqual({ path: 'organizations[example-council].website', message: 'must be an http(s) URL', code: 'invalid-format' });
  });

  it('accepts a name in one language only, and refuses a name copied into another language without a source', () => {
    expect(check([{ ...real, name: { fr: 'Conseil exemple' } }]).ok).toBe(true);
    expect(check([{ ...real, name: { en: 'Example Council', fr: 'Example Council' } }]).problems).toEqual([
      { path: 'organizations[example-council].name.fr', message: expect.stringMatching(/repeats the en name without a source/) },
    ]);
    const sourced = { ...real, name: { en: 'Example Council', fr: 'Example Council' }, provenance: { ...real.provenance, nameSources: { fr: 'https://example.org/fr' } } };
    expect(check([sourced]).ok).toBe(true);
  });

  it('checks cross-references to countries and sectors', () => {
    const { problems } = check([{ ...real, headquarters: { country: 'ZZ' }, sectors: ['CLT', 'CLT'] }]);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['organizations[example-council].headquarters.country', 'organizations[example-council].sectors']),
    );
  });

  it('checks fields of interest against the controlled vocabulary, naming the field and the reason', () => {
    const { problems } = check([{ ...real, fieldsOfInterest: ['museums', 'cooking', 'museum'] }]);
    expect(problems).toEqual([
      {
        path: 'organizations[example-council].fieldsOfInterest[1]',
        message: 'unknown concept "cooking": fields of interest and themes are ids of the controlled vocabulary',
      },
      {
        path: 'organizations[example-council].fieldsOfInterest[2]',
        message: 'unknown concept "museum": fields of interest and themes are ids of the controlled vocabulary (did you mean "museums"?)',
      },
    ]);
  });

  it('checks countries of presence against the country list, once each', () => {
    const { problems } = check([{ ...real, countriesOfPresence: ['FR', 'ZZ', 'FR'] }]);
    expect(problems).toEqual([
      { path: 'organizations[example-council].countriesOfPresence[1]', message: 'unknown country code "ZZ"' },
      { path: 'organizations[example-council].countriesOfPresence', message: 'lists a country twice' },
    ]);
    expect(check([{ ...real, countriesOfPresence: ['FR'] }]).ok).toBe(true);
  });

  it('refuses contact details on real organisations and sourceless real records', () => {
    const { problems } = check([
      {
        ...real,
        contacts: [{ kind: 'email', value: 'someone@example.org', fictional: true }],
        provenance: { ...real.provenance, sourceUrls: [] },
      },
    ]);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['organizations[example-council].contacts[0]', 'organizations[example-council].provenance.sourceUrls']),
    );
  });

  it('allows demo contacts only on reserved domains', () => {
    const fictional = { ...real, id: 'demo-x', provenance: { ...real.provenance, sourceUrls: [], fictional: true } };
    expect(check([{ ...fictional, contacts: [{ kind: 'email', value: 'hello@demo.example.org', fictional: true }] }]).ok).toBe(true);
    const { problems } = check([{ ...fictional, contacts: [{ kind: 'email', value: 'hello@gmail.com', fictional: true }] }]);
    expect(problems[0]?.path).toBe('organizations[demo-x].contacts[0].value');
  });

  it('reports duplicate ids and non-http websites', () => {
    const { problems } = check([real, { ...real, website: 'javascript:alert(1)' }]);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['organizations[example-council].website']),
    );
    const dup = check([real, real]);
    expect(dup.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('duplicate id'));
  });
});
