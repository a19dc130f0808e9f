import { describe, expect, it } from 'vitest';
import { ORGANIZATION_CSV_HEADERS, organizationsToCsv, toCsv, type Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { planOrganizationImport } from '../src/cli/organization-import-plan.js';

const fictional = SAMPLE_ORGANIZATIONS.find((org) => org.provenance.fictional)!;
/** A name a spreadsheet would run as a formula: the export writes it with a leading apostrophe. */
const formulaLike: Organization = { ...fictional, id: 'demo-formula', name: { en: '=Equals Society', fr: '-Moins' } };
const stored = new Map([...SAMPLE_ORGANIZATIONS, formulaLike].map((org) => [org.id, org]));
const header = [...ORGANIZATION_CSV_HEADERS];
const at = (column: string) => header.indexOf(column);
const rowOf = (org: Organization) => organizationsToCsv([org], { bom: false }).split('\r\n')[1]!;

describe('planOrganizationImport', () => {
  it('finds nothing to write in an export of the stored records, formula-like names included', () => {
    const plan = planOrganizationImport(organizationsToCsv([...stored.values()]), stored);
    expect(plan.problems).toEqual([]);
    expect(plan).toMatchObject({ rows: stored.size, inserts: [], updates: [], unchanged: stored.size });
    expect(rowOf(formulaLike)).toContain(`'=Equals Society`);
  });

  it('reads a changed cell back as the value the export guarded, and keeps what the CSV does not carry', () => {
    const csv = organizationsToCsv([{ ...formulaLike, name: { en: '=Plus Society', fr: '-Moins' } }]);
    const plan = planOrganizationImport(csv, stored);
    expect(plan.problems).toEqual([]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]).toEqual({ ...formulaLike, name: { en: '=Plus Society', fr: '-Moins' } });
  });

  it('builds a new organisation from the editable cells: lists, numbers, identifiers', () => {
    const row = header.map(() => '');
    Object.assign(row, {
      [at('id')]: 'demo-new-one',
      [at('name_en')]: 'New One',
      [at('kind')]: 'foundation',
      [at('hq_country')]: 'FR',
      [at('founded')]: '1990',
      [at('sectors')]: 'ED; SC',
      [at('sdgs')]: '4; 13',
      [at('fields_of_interest')]: 'museums',
      [at('identifiers')]: 'org-id:XM-DAC-1:2',
      [at('as_of')]: '2026-12-01',
      [at('verified')]: 'false',
      [at('fictional')]: 'true',
    });
    const plan = planOrganizationImport(toCsv([header, row]), stored);
    expect(plan.problems).toEqual([]);
    expect(plan.inserts).toEqual([
      {
        id: 'demo-new-one',
        kind: 'foundation',
        name: { en: 'New One' },
        headquarters: { country: 'FR' },
        founded: 1990,
        sectors: ['ED', 'SC'],
        sdgs: [4, 13],
        fieldsOfInterest: ['museums'],
        partnership: [],
        contacts: [],
        identifiers: [{ scheme: 'org-id', value: 'XM-DAC-1:2' }],
        provenance: { sourceUrls: [], asOf: '2026-12-01', verified: false, fictional: true },
      },
    ]);
  });

  it('names both rows of a repeated id, and a boolean that is not one', () => {
    const first = rowOf(fictional);
    const broken = first.replace(/,false,true$/, ',maybe,true');
    const plan = planOrganizationImport([header.join(','), first, broken, ''].join('\r\n'), stored);
    expect(plan.problems).toContainEqual({ row: 3, column: 'id', message: `"${fictional.id}" is also on row 2` });
    const other = planOrganizationImport([header.join(','), broken, ''].join('\r\n'), stored);
    expect(other.problems).toEqual([{ row: 2, column: 'verified', message: 'must be true or false, got "maybe"' }]);
    expect(other.updates).toEqual([]);
    // A blank line is skipped but still counts: rows are numbered as the file's lines are.
    const blank = planOrganizationImport([header.join(','), '', broken, ''].join('\r\n'), stored);
    expect(blank.rows).toBe(1);
    expect(blank.problems).toEqual([{ row: 3, column: 'verified', message: 'must be true or false, got "maybe"' }]);
  });
});
