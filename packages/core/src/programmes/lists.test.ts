import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { InvalidCursorError } from '../pagination/cursor.js';
import { COUNTRIES } from '../reference/countries.js';
import { FIELD_OFFICES } from '../reference/field-offices.js';
import { createCoverage } from './field-office-coverage.js';
import {
  listActions,
  listFieldOffices,
  listFocalPoints,
  listProgrammes,
  parseActionQuery,
  parseFieldOfficeQuery,
  parseFocalPointQuery,
  parseProgrammeQuery,
} from './lists.js';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_PROGRAMMES } from './sample/index.js';

const coverage = createCoverage({ countries: COUNTRIES, fieldOffices: FIELD_OFFICES });
const programmeIds = SAMPLE_PROGRAMMES.map((p) => p.id);
const q = (s: string) => new URLSearchParams(s);
const programmes = (s: string) => listProgrammes(SAMPLE_PROGRAMMES, parseProgrammeQuery(q(s), coverage), coverage);
const actions = (s: string) => listActions(SAMPLE_ACTIONS, parseActionQuery(q(s), coverage, programmeIds), coverage);
const issuePaths = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => i.path).sort();
    throw error;
  }
  return [];
};

describe('programme lists', () => {
  it('filter by sector (OR when repeated), country and field office', () => {
    expect(programmes('sector=SC').items.map((p) => p.sector)).toEqual(['SC', 'SC', 'SC', 'SC']);
    expect(programmes('sector=SC&sector=CI').total).toBe(7);
    expect(programmes('country=GH').items.map((p) => p.id)).toEqual(['demo-coastal-literacy-initiative']);
    // A programme working through the Apia office concerns the countries Apia covers.
    expect(programmes('country=TO').items.map((p) => p.id)).toEqual(['demo-pacific-ocean-observers']);
    expect(programmes('fieldOffice=kathmandu').items).toEqual([]);
    expect(programmes('fieldOffice=abuja').items.map((p) => p.id)).toEqual(['demo-coastal-literacy-initiative']);
    // Beirut covers Jordan, one of the Living Heritage countries.
    expect(programmes('fieldOffice=beirut').items.map((p) => p.id)).toEqual(['demo-living-heritage-communities', 'demo-school-libraries-arab-states']);
  });

  it('page in title order with cursors', () => {
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = programmes(`limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((p) => p.title.en));
      cursor = page.nextCursor ?? '';
    } while (cursor);
    expect(seen).toHaveLength(SAMPLE_PROGRAMMES.length);
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('reject unknown parameters and values, each by name', () => {
    expect(issuePaths(() => programmes('sector=XX&country=ZZ&fieldOffice=atlantis&colour=red&limit=0'))).toEqual(['colour', 'country', 'fieldOffice', 'limit', 'sector']);
    expect(() => programmes('cursor=WyJhIl0')).toThrow(InvalidCursorError);
  });
});

describe('action lists', () => {
  it('filter by programme, organisation, country and field office', () => {
    expect(actions('programme=demo-coastal-literacy-initiative').total).toBe(3);
    expect(actions('organization=demo-tidepool-ocean-observers').items.map((a) => a.id)).toEqual(['demo-tide-volunteers-samoa', 'demo-reef-transects-fiji']);
    expect(actions('country=KE').items.map((a) => a.id)).toEqual(['demo-youth-assembly-kisumu']);
    // Fiji, Samoa and Tonga are covered by the Apia office (the Tonga workshop is its own).
    expect(actions('fieldOffice=apia').items.map((a) => a.id)).toEqual([
      'demo-office-tide-gauge-teachers-tonga',
      'demo-tide-volunteers-samoa',
      'demo-reef-transects-fiji',
    ]);
    expect(actions('fieldOffice=nairobi').items.map((a) => a.id)).toEqual(['demo-youth-assembly-kisumu']);
  });

  it('find a field office by the actions it carried out, and keep them out of organisation filters', () => {
    const abroad = { ...SAMPLE_ACTIONS.find((a) => a.actor.kind === 'field-office')!, id: 'demo-office-abroad', countries: ['FR'] };
    const list = (s: string) => listActions([...SAMPLE_ACTIONS, abroad], parseActionQuery(q(s), coverage, programmeIds), coverage);
    // Apia covers no French territory: the action is found because the office carried it out.
    expect(list('fieldOffice=apia&country=FR').items.map((a) => a.id)).toEqual(['demo-office-abroad']);
    const byOrganisations = list('organization=demo-tidepool-ocean-observers&organization=demo-lanternfish-literacy-network');
    expect(byOrganisations.items.every((a) => a.actor.kind === 'organization')).toBe(true);
    expect(byOrganisations.total).toBe(4);
  });

  it('keep actions overlapping the date range, newest first', () => {
    const page = actions('from=2025-10-01&to=2025-12-31');
    expect(page.items.every((a) => a.period.start <= '2025-12-31' && (a.period.end ?? '9999') >= '2025-10-01')).toBe(true);
    const starts = page.items.map((a) => a.period.start);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('reject bad dates, a range that ends before it starts, and unknown programmes', () => {
    expect(issuePaths(() => actions('from=2025-13-01'))).toEqual(['from']);
    expect(issuePaths(() => actions('from=2025-02-30'))).toEqual(['from']);
    expect(issuePaths(() => actions('from=2025-06-01&to=2025-01-01'))).toEqual(['to']);
    expect(issuePaths(() => actions('programme=nope&organization=Not_A_Slug&from=2025-01-01&from=2025-02-01'))).toEqual(['from', 'organization', 'programme']);
  });
});

describe('focal points and field offices', () => {
  it('list focal points for a sector, an office or a programme, sectors first', () => {
    const ed = listFocalPoints(SAMPLE_FOCAL_POINTS, parseFocalPointQuery(q('sector=ED'), coverage, programmeIds));
    expect(ed.items.map((f) => f.id)).toEqual(['demo-ed-ngo-focal-point']);
    const mixed = listFocalPoints(SAMPLE_FOCAL_POINTS, parseFocalPointQuery(q('sector=SC&fieldOffice=apia&programme=demo-pacific-ocean-observers'), coverage, programmeIds));
    expect(mixed.items.map((f) => f.scope.kind)).toEqual(['sector', 'field-office', 'programme']);
    expect(listFocalPoints(SAMPLE_FOCAL_POINTS, parseFocalPointQuery(q(''), coverage, programmeIds)).total).toBe(SAMPLE_FOCAL_POINTS.length);
    expect(issuePaths(() => parseFocalPointQuery(q('sector=ART'), coverage, programmeIds))).toEqual(['sector']);
  });

  it('list field offices by type and by a country they cover', () => {
    expect(listFieldOffices(coverage, parseFieldOfficeQuery(q('type=liaison'), coverage)).items.map((o) => o.code)).toEqual(['addis-ababa', 'brussels', 'geneva', 'new-york']);
    expect(listFieldOffices(coverage, parseFieldOfficeQuery(q('country=NP'), coverage)).items.map((o) => o.code)).toEqual(['kathmandu', 'new-delhi']);
    expect(listFieldOffices(coverage, parseFieldOfficeQuery(q('limit=100'), coverage)).total).toBe(FIELD_OFFICES.length);
    expect(issuePaths(() => parseFieldOfficeQuery(q('type=embassy'), coverage))).toEqual(['type']);
  });
});
